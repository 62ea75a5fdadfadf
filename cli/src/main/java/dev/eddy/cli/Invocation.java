package dev.eddy.cli;

import java.util.List;

/**
 * What one {@code eddy} command line asks for, once its options are parsed: the mode, the program
 * (a file path as given, or the {@code -c} text), the arguments that follow it, and the options
 * that reach the interpreter.
 *
 * @param mode        what to run
 * @param program     the script path exactly as given (FILE), the command text (COMMAND),
 *                    "-" or "" (STDIN), null otherwise
 * @param scriptArgs  everything after the script name or the {@code -c} text, untouched
 * @param xOptions    the {@code -X} options in order ("dev", "name=value")
 * @param unbuffered  {@code -u}: stdout and stderr unbuffered
 * @param quiet       {@code -q}: no banner in the REPL
 */
record Invocation(Mode mode, String program, List<String> scriptArgs, List<String> xOptions,
                  boolean unbuffered, boolean quiet) {

    enum Mode { FILE, COMMAND, STDIN, REPL, HELP, VERSION }

    /** The sys.argv CPython would build: the script name (or "-c", "-", "") then its arguments. */
    List<String> sysArgv() {
        String first = switch (mode) {
            case FILE, STDIN -> program;
            case COMMAND -> "-c";
            default -> "";
        };
        String[] argv = new String[scriptArgs.size() + 1];
        argv[0] = first;
        for (int i = 0; i < scriptArgs.size(); i++) {
            argv[i + 1] = scriptArgs.get(i);
        }
        return List.of(argv);
    }

    /** REPL or STDIN when no program was named: CPython reads stdin, interactively on a terminal. */
    Invocation withNoProgram(boolean stdinIsTerminal) {
        return new Invocation(stdinIsTerminal ? Mode.REPL : Mode.STDIN, stdinIsTerminal ? null : "",
                scriptArgs, xOptions, unbuffered, quiet);
    }
}
