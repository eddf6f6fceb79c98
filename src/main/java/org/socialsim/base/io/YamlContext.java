package org.socialsim.base.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One read of one file: where problems go. A reader reports every problem it finds and goes on, so
 * an author sees the whole list at once rather than fixing one error per run. Not thread-safe; a
 * reader makes a new one per read.
 */
public final class YamlContext {

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public YamlContext(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Records a problem at the start of a node. */
    public void report(Node at, String path, String message) {
        problems.add(
                new Problem(file, SafeYaml.line(at.getStartMark()), SafeYaml.column(at.getStartMark()), path, message));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every problem found, in file order (line, then column), so the list reads top to bottom. */
    public List<Problem> problems() {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    /** The definition when nothing was reported, else every problem. */
    public <T> ReadResult<T> result(@Nullable T definition) {
        if (hasProblems() || definition == null) {
            if (!hasProblems()) {
                throw new IllegalStateException("a reader returned no definition but reported no problem");
            }
            return new ReadResult.Invalid<>(problems());
        }
        return new ReadResult.Valid<>(definition);
    }
}
