package org.socialsim.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Picks the command a jar invocation names, if any; otherwise the web app starts. */
public final class CommandLine {

    private static final List<Command> COMMANDS = List.of(new ValidateCommand(), new SimulateCommand());

    private CommandLine() {}

    /** The exit code of the named command, or empty when the arguments do not name one. */
    public static Optional<Integer> run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return Optional.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return COMMANDS.stream()
                .filter(command -> command.name().equals(args[0]))
                .findFirst()
                .map(command -> command.run(rest, out, err));
    }

    /** One usage line per command, for help texts. */
    public static List<String> usage() {
        return COMMANDS.stream().map(Command::usage).toList();
    }
}
