package dev.eddy.cli;

import java.util.Arrays;
import java.util.List;

/**
 * Reads an {@code eddy} command line the way python3 reads its own.
 *
 * <p>The common shapes ({@code eddy file.py args...}, {@code eddy -c code args...},
 * {@code eddy - args...}, plain {@code eddy}, {@code eddy -V}) are recognised by hand; every other command line
 * goes to the picocli-based {@link OptionParser}. Why: picocli adds about 100 ms to every
 * start-up (measured on {@code eddy -c pass}: 93 ms without it, 192 ms with it, both with the
 * launcher's class-data-sharing archive; 2 cores, JDK 17). Its classes are Java 5 class files,
 * which CDS cannot archive, so they are loaded, verified and initialised from scratch on every
 * run. A script named first can have no options to parse anyway: everything after the script
 * name belongs to the script.
 */
final class CommandLineParser {

    private CommandLineParser() {
    }

    static Invocation parse(String[] argv) throws UsageException {
        if (argv.length == 0) {
            return new Invocation(Invocation.Mode.REPL, null, List.of(), List.of(), false, false);
        }
        String first = argv[0];
        if (first.equals("-") || !first.startsWith("-")) {
            return new Invocation(first.equals("-") ? Invocation.Mode.STDIN : Invocation.Mode.FILE, first,
                    rest(argv, 1), List.of(), false, false);
        }
        if (argv.length == 1 && (first.equals("-V") || first.equals("--version"))) {
            return new Invocation(Invocation.Mode.VERSION, null, List.of(), List.of(), false, false);
        }
        if (first.equals("-c") && argv.length >= 2) {
            return new Invocation(Invocation.Mode.COMMAND, argv[1], rest(argv, 2), List.of(), false, false);
        }
        return OptionParser.parse(argv);
    }

    private static List<String> rest(String[] argv, int from) {
        return List.of(Arrays.copyOfRange(argv, from, argv.length));
    }
}
