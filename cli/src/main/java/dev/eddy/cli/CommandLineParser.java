package dev.eddy.cli;

import java.util.Arrays;
import java.util.List;

/**
 * Reads an {@code eddy} command line the way python3 reads its own: short options that
 * cluster ({@code -uc code}, {@code -OO}, {@code -Xdev}), an option argument attached or in the
 * next word, {@code -c} and {@code -m} ending the option list, the first word that is not an
 * option (the script, or "-") ending it too, and "--" ending it explicitly. Everything after
 * the program belongs to the program, untouched. Errors carry CPython's wording.
 *
 * <p>Written by hand: an option library costs ~100 ms of start-up on every run (measured with
 * picocli), and python3's rules are short. picocli parses only the rare --long options
 * ({@link LongOptions}), and is loaded only when one is given.
 */
final class CommandLineParser {

    private CommandLineParser() {
    }

    /** The short options that take an argument. */
    private static final String WITH_ARGUMENT = "cmWX";
    /** The short options without one. */
    private static final String FLAGS = "bBdEhiIOPqsSuvVx?";

    static Invocation parse(String[] argv) throws UsageException {
        Invocation inv = new Invocation();
        int i = 0;
        while (i < argv.length) {
            String arg = argv[i];
            if (arg.equals("-") || !arg.startsWith("-")) {
                inv.mode = arg.equals("-") ? Invocation.Mode.STDIN : Invocation.Mode.FILE;
                inv.program = arg;
                inv.scriptArgs = rest(argv, i + 1);
                return finish(inv);
            }
            if (arg.equals("--")) {
                if (i + 1 < argv.length) {
                    String program = argv[i + 1];
                    inv.mode = program.equals("-") ? Invocation.Mode.STDIN : Invocation.Mode.FILE;
                    inv.program = program;
                    inv.scriptArgs = rest(argv, i + 2);
                }
                return finish(inv);
            }
            if (arg.startsWith("--")) {
                i = longOption(inv, argv, i);
                continue;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (WITH_ARGUMENT.indexOf(c) >= 0) {
                    String value;
                    if (j + 1 < arg.length()) {
                        value = arg.substring(j + 1);
                    } else if (i + 1 < argv.length) {
                        value = argv[++i];
                    } else {
                        throw new UsageException("Argument expected for the -" + c + " option");
                    }
                    switch (c) {
                        case 'c', 'm' -> {
                            inv.mode = c == 'c' ? Invocation.Mode.COMMAND : Invocation.Mode.MODULE;
                            inv.program = value;
                            inv.scriptArgs = rest(argv, i + 1);
                            return finish(inv);
                        }
                        case 'W' -> inv.warnOptions.add(value);
                        default -> inv.xOptions.add(value);
                    }
                    break;
                }
                if (FLAGS.indexOf(c) < 0) {
                    throw new UsageException("Unknown option: -" + c);
                }
                flag(inv, c);
            }
            i++;
        }
        return finish(inv);
    }

    private static void flag(Invocation inv, char c) {
        switch (c) {
            case 'b' -> inv.bytesWarning++;
            case 'B' -> inv.dontWriteBytecode = true;
            case 'd' -> inv.debug++;
            case 'E' -> inv.ignoreEnvironment = true;
            case 'h', '?' -> inv.help = Invocation.Help.USAGE;
            case 'i' -> inv.inspect = true;
            case 'I' -> inv.isolated = true;
            case 'O' -> inv.optimize++;
            case 'P' -> inv.safePath = true;
            case 'q' -> inv.quiet = true;
            case 's' -> inv.noUserSite = true;
            case 'S' -> inv.noSite = true;
            case 'u' -> inv.unbuffered = true;
            case 'v' -> inv.verbose++;
            case 'V' -> inv.versionCount++;
            case 'x' -> inv.skipFirstLine = true;
            default -> throw new IllegalArgumentException(String.valueOf(c));
        }
    }

    /** One --long option at argv[i] (picocli parses those); returns the index of the next word. */
    private static int longOption(Invocation inv, String[] argv, int i) throws UsageException {
        return LongOptions.parse(inv, argv, i);
    }

    /** Help and version win over any program, as in python3. */
    private static Invocation finish(Invocation inv) {
        if (inv.help != null) {
            inv.mode = Invocation.Mode.HELP;
        } else if (inv.versionCount > 0) {
            inv.mode = Invocation.Mode.VERSION;
        }
        return inv;
    }

    private static List<String> rest(String[] argv, int from) {
        return List.of(Arrays.copyOfRange(argv, Math.min(from, argv.length), argv.length));
    }
}
