package org.socialsim.base.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns untrusted bytes or text into a YAML node tree, or into located problems, without ever
 * constructing Java objects from tags and within fixed limits: files come from tutors' uploads and
 * departments' repositories, so a hostile or broken file must cost little and explain itself.
 *
 * <p>Limits: {@value #MAX_BYTES} bytes, {@value #MAX_ALIASES} aliases, {@value #MAX_DEPTH} levels of
 * nesting and {@value #MAX_VALUES} values once aliases are expanded. They are checked on the event
 * stream before any tree is built, so an alias bomb ("billion laughs") or a deeply nested file is
 * refused in milliseconds.
 */
public final class SafeYaml {

    /** The largest file read, in bytes (UTF-8). The biggest shipped scenario is a few dozen kB. */
    public static final int MAX_BYTES = 1_000_000;

    /** The most aliases ({@code *name}) a file may use; course files hardly need any. */
    public static final int MAX_ALIASES = 20;

    /** The deepest nesting of mappings and lists; the formats need about six. */
    public static final int MAX_DEPTH = 20;

    /** The most values a file may expand to through its aliases. */
    public static final int MAX_VALUES = 100_000;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_BYTES + 1)
            .setUseMarks(true)
            .setParseComments(false)
            .build();

    private SafeYaml() {}

    /**
     * Decodes a file's bytes as UTF-8, refusing oversize files and bytes that are not UTF-8 (with the
     * line and column of the first bad byte). A leading byte-order mark is dropped.
     */
    public static ReadResult<String> decode(String file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return tooLarge(file, bytes.length);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return new ReadResult.Valid<>(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            int bad = firstUndecodable(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // Everything before the first bad byte decodes, so the column counts characters, not bytes.
            String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            int column = before.codePointCount(0, before.length()) + 1;
            return invalid(new Problem(
                    file,
                    line,
                    column,
                    "",
                    "found byte 0x%02X, which is not UTF-8 text; expected a YAML text file saved as UTF-8 (is this a binary or a file in another encoding?)"
                            .formatted(bytes[bad] & 0xFF)));
        }
    }

    /** Parses text into one YAML node tree within the limits, or every problem that stops it. */
    public static ReadResult<Node> parse(String file, String text) {
        if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return tooLarge(file, text.getBytes(StandardCharsets.UTF_8).length);
        }
        try {
            Problem limit = checkLimits(file, text);
            if (limit != null) {
                return invalid(limit);
            }
            Optional<Node> root = new Compose(SETTINGS).composeString(text);
            if (root.isEmpty()) {
                return invalid(new Problem(
                        file, 0, 0, "", "the file is empty; expected a YAML mapping that starts with `id:`"));
            }
            return new ReadResult.Valid<>(root.get());
        } catch (MarkedYamlEngineException e) {
            return invalid(syntaxError(file, e));
        } catch (ReaderException e) {
            return invalid(characterError(file, text, e));
        } catch (YamlEngineException e) {
            return invalid(new Problem(file, 0, 0, "", "the YAML cannot be read: " + e.getMessage()));
        }
    }

    /** The 1-based line of a node's start, or 0 when the node has no mark. */
    public static int line(Optional<Mark> mark) {
        return mark.map(m -> m.getLine() + 1).orElse(0);
    }

    /** The 1-based column of a node's start, or 0 when the node has no mark. */
    public static int column(Optional<Mark> mark) {
        return mark.map(m -> m.getColumn() + 1).orElse(0);
    }

    /**
     * Walks the event stream once, counting nesting, aliases and the values aliases expand to, so
     * the tree is only built for a file that stays within the limits.
     */
    private static @Nullable Problem checkLimits(String file, String text) {
        Deque<OpenCollection> open = new ArrayDeque<>();
        Map<Anchor, Long> sizes = new HashMap<>();
        int aliases = 0;
        long expanded = 0;
        for (Event event : new Parse(SETTINGS).parseString(text)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (open.size() >= MAX_DEPTH) {
                        return at(
                                file,
                                event.getStartMark(),
                                "found mappings and lists nested more than %d levels deep, expected at most %d (the formats need about six)"
                                        .formatted(MAX_DEPTH, MAX_DEPTH));
                    }
                    open.push(new OpenCollection(((NodeEvent) event).getAnchor().orElse(null)));
                    expanded++;
                }
                case MappingEnd, SequenceEnd -> {
                    OpenCollection closed = open.pop();
                    long size = closed.values + 1;
                    if (closed.anchor != null) {
                        sizes.put(closed.anchor, size);
                    }
                    if (!open.isEmpty()) {
                        open.peek().values += size;
                    }
                }
                case Scalar -> {
                    ((ScalarEvent) event).getAnchor().ifPresent(anchor -> sizes.put(anchor, 1L));
                    if (!open.isEmpty()) {
                        open.peek().values++;
                    }
                    expanded++;
                }
                case Alias -> {
                    aliases++;
                    Anchor anchor = ((AliasEvent) event).getAlias();
                    if (aliases > MAX_ALIASES) {
                        return at(
                                file,
                                event.getStartMark(),
                                "found more than %d aliases (`*%s` is alias %d); expected at most %d: a file with this many aliases is likely an alias bomb (\"billion laughs\") and is refused unread"
                                        .formatted(MAX_ALIASES, anchor.getValue(), aliases, MAX_ALIASES));
                    }
                    if (open.stream().anyMatch(collection -> anchor.equals(collection.anchor))) {
                        return at(
                                file,
                                event.getStartMark(),
                                "alias `*%s` refers to a value that contains it; expected an alias to a finished value, a file cannot contain itself"
                                        .formatted(anchor.getValue()));
                    }
                    long size = sizes.getOrDefault(anchor, 1L);
                    expanded += size;
                    if (!open.isEmpty()) {
                        open.peek().values += size;
                    }
                    if (expanded > MAX_VALUES) {
                        return at(
                                file,
                                event.getStartMark(),
                                "alias `*%s` makes the file expand to more than %,d values; expected a file of plain values: this looks like an alias bomb (\"billion laughs\") and is refused unread"
                                        .formatted(anchor.getValue(), MAX_VALUES));
                    }
                }
                default -> {}
            }
        }
        return null;
    }

    private static final class OpenCollection {
        private final @Nullable Anchor anchor;
        private long values;

        OpenCollection(@Nullable Anchor anchor) {
            this.anchor = anchor;
        }
    }

    private static Problem syntaxError(String file, MarkedYamlEngineException e) {
        Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
        if (e.getProblem().contains("\\t(TAB)")) {
            return new Problem(
                    file,
                    line(mark),
                    column(mark),
                    "",
                    "YAML syntax error: found a tab, expected spaces: YAML indents with spaces only");
        }
        // snakeyaml adds "(Do not use @ for indentation)" to any character that cannot start a token; only the tab case
        // means it.
        String problem = e.getProblem().replaceFirst("\\. \\(Do not use .* for indentation\\)$", "");
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(problem);
        if (e.getContext() != null) {
            message.append(" (").append(e.getContext());
            e.getContextMark()
                    .ifPresent(m -> message.append(" started at line ").append(m.getLine() + 1));
            message.append(")");
        }
        message.append("; check the indentation, colons and quotes on this line and the lines above it");
        return new Problem(file, line(mark), column(mark), "", message.toString());
    }

    private static Problem characterError(String file, String text, ReaderException e) {
        int position = Math.min(e.getPosition(), text.codePointCount(0, text.length()));
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < position && index < text.length(); i++) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Problem(
                file,
                line,
                column,
                "",
                "found the control character U+%04X, which YAML does not allow; expected plain text (is this a binary file?)"
                        .formatted(e.getCodePoint()));
    }

    private static Problem at(String file, Optional<Mark> mark, String message) {
        return new Problem(file, line(mark), column(mark), "", message);
    }

    private static <T> ReadResult<T> tooLarge(String file, long bytes) {
        return invalid(tooLarge(file, bytes, MAX_BYTES));
    }

    /**
     * The problem of a file over the size limit, for callers that check a file's size before reading
     * it (the command line does, so a stray multi-gigabyte file is never loaded).
     */
    public static Problem tooLarge(String file, long bytes, long limit) {
        return new Problem(
                file,
                0,
                0,
                "",
                "the file has %,d bytes; expected at most %,d: a course file is a few dozen kB, is this the right file?"
                        .formatted(bytes, limit));
    }

    private static <T> ReadResult<T> invalid(Problem problem) {
        return new ReadResult.Invalid<>(List.of(problem));
    }

    private static int firstUndecodable(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        return result.isError() ? input.position() : bytes.length - 1;
    }
}
