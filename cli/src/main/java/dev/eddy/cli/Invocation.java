package dev.eddy.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What one {@code eddy} command line asks for, once its options are read: what to run (a file,
 * {@code -c} text, {@code -m} module, stdin, the REPL, or a help or version text), the
 * arguments that follow it, and the option settings, still apart from the PYTHON* environment
 * variables (see {@link Settings}).
 */
final class Invocation {

    enum Mode { FILE, COMMAND, MODULE, STDIN, REPL, HELP, VERSION }

    /** The help texts -h and its long relatives ask for. */
    enum Help { USAGE, ENV, XOPTIONS, ALL }

    Mode mode = Mode.REPL;
    /** The script path exactly as given (FILE), the -c text (COMMAND), the module (MODULE), "-" or "" (STDIN). */
    String program;
    /** Everything after the script name, the -c text or the -m module, untouched. */
    List<String> scriptArgs = List.of();
    /** The -X options in order ("dev", "name=value"). */
    final List<String> xOptions = new ArrayList<>();
    /** The -W options in order. */
    final List<String> warnOptions = new ArrayList<>();
    Help help;
    int versionCount;
    boolean unbuffered;
    boolean quiet;
    boolean inspect;
    boolean skipFirstLine;
    boolean dontWriteBytecode;
    boolean ignoreEnvironment;
    boolean isolated;
    boolean noUserSite;
    boolean noSite;
    boolean safePath;
    int optimize;
    int bytesWarning;
    int verbose;
    int debug;

    /** The sys.argv CPython would build: the script name (or "-c", "-m", "-", "") then its arguments. */
    List<String> sysArgv() {
        String first = switch (mode) {
            case FILE, STDIN -> program;
            case COMMAND -> "-c";
            case MODULE -> "-m";    // replaced by the module's full path once it is found
            default -> "";
        };
        List<String> argv = new ArrayList<>(scriptArgs.size() + 1);
        argv.add(first);
        argv.addAll(scriptArgs);
        return List.copyOf(argv);
    }

    /** With no program named, CPython reads stdin: as a REPL on a terminal (or with -i), else as a script. */
    void decideNoProgram(boolean stdinIsTerminal) {
        if (mode == Mode.REPL && !stdinIsTerminal && !inspect) {
            mode = Mode.STDIN;
            program = "";
        }
    }
}
