package org.socialsim.base.io;

import java.util.List;

/** What reading a file gives: the definition, or every problem found in it (never just the first). */
public sealed interface ReadResult<T> {

    record Valid<T>(T definition) implements ReadResult<T> {}

    record Invalid<T>(List<Problem> problems) implements ReadResult<T> {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid file has at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }

    default List<Problem> problems() {
        return this instanceof Invalid<T> invalid ? invalid.problems() : List.of();
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }
}
