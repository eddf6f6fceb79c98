package org.socialsim.gradebook.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.socialsim.base.UserFacingException;

/**
 * Reads CSV as RFC 4180 describes it (quoted fields, doubled quotes, line breaks inside quotes), in UTF-8 with or
 * without a byte-order mark, separated by commas, semicolons (what Excel writes in many European locales) or tabs:
 * whichever the header line uses most.
 */
final class CsvSheetReader {

    private static final char BOM = '\uFEFF';

    List<SheetRow> read(byte[] content, int maxRows) {
        String text = strictUtf8(content);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        char separator = separatorOf(text);
        List<SheetRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int quoteOpenedAt = 0;
        int nonBlank = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteOpenedAt = line;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                SheetRow row = new SheetRow(rowStart, cells);
                rows.add(row);
                if (!row.isBlank() && ++nonBlank > maxRows + 1) {
                    throw UserFacingException.because("roster.file.too-many-rows", maxRows);
                }
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw UserFacingException.because("roster.file.csv-quote-open", quoteOpenedAt);
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SheetRow(rowStart, cells));
        }
        return rows;
    }

    private static String strictUtf8(byte[] content) {
        if (content.length >= 2
                && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                        || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            throw UserFacingException.because("roster.file.not-utf8");
        }
        // Text never holds a NUL byte; an image, archive or program does (and would otherwise read as bad UTF-8).
        for (byte b : content) {
            if (b == 0) {
                throw UserFacingException.because("roster.file.not-a-spreadsheet");
            }
        }
        try {
            CharBuffer decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return decoded.toString();
        } catch (CharacterCodingException notUtf8) {
            throw UserFacingException.because("roster.file.not-utf8");
        }
    }

    /** The separator the first line uses most, outside quotes; a comma when it uses none. */
    private static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
