package org.socialsim.cli;

import java.io.PrintStream;
import java.util.List;

/** A command-line tool packaged in the app jar. */
interface Command {

    /** The word that selects it: {@code java -jar socialsim.jar <name> …}. */
    String name();

    /** One line for the usage message. */
    String usage();

    /** Runs it and returns the process exit code. */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
