package org.socialsim.cli;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of {@code simulate}, checked before anything is read.
 *
 * @param scenario a scenario file's path or a shipped scenario's id
 * @param plan the plan file's path (YAML, or JSON when it ends in {@code .json})
 * @param seed the run's seed
 * @param replications how many seeded runs to summarise; 1 means a single run
 * @param format how to print the result
 * @param weeks how many weeks to run; {@code null} for all of the scenario's weeks
 */
record SimulateOptions(
        String scenario,
        String plan,
        long seed,
        int replications,
        Format format,
        @Nullable Integer weeks) {

    /** Most replications a command-line run accepts; 10,000 take seconds. */
    static final int MAX_REPLICATIONS = 10_000;

    enum Format {
        TABLE,
        JSON
    }

    /** Thrown for arguments that do not make a valid call; its message says what to change. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static SimulateOptions parse(List<String> arguments) throws UsageException {
        String scenario = null;
        String plan = null;
        Long seed = null;
        int replications = 1;
        Format format = Format.TABLE;
        Integer weeks = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String name = argument;
            String value;
            int equals = argument.indexOf('=');
            if (argument.startsWith("--") && equals > 0) {
                name = argument.substring(0, equals);
                value = argument.substring(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.get(++i);
            } else {
                value = null;
            }
            if (!List.of("--scenario", "--plan", "--seed", "--replications", "--format", "--weeks")
                    .contains(name)) {
                throw new UsageException("unknown option '" + argument + "'");
            }
            if (value == null) {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--scenario" -> scenario = value;
                case "--plan" -> plan = value;
                case "--seed" -> seed = parseLong(name, value);
                case "--replications" -> replications = parseInt(name, value, 1, MAX_REPLICATIONS);
                case "--format" -> format = parseFormat(value);
                default -> weeks = parseInt(name, value, 1, 52);
            }
        }
        if (scenario == null || plan == null || seed == null) {
            throw new UsageException("--scenario, --plan and --seed are required");
        }
        return new SimulateOptions(scenario, plan, seed, replications, format, weeks);
    }

    private static long parseLong(String name, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static int parseInt(String name, String value, int min, int max) throws UsageException {
        long number = parseLong(name, value);
        if (number < min || number > max) {
            throw new UsageException(name + " must be between " + min + " and " + max + ", not " + value);
        }
        return (int) number;
    }

    private static Format parseFormat(String value) throws UsageException {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "table" -> Format.TABLE;
            case "json" -> Format.JSON;
            default -> throw new UsageException("--format must be table or json, not '" + value + "'");
        };
    }
}
