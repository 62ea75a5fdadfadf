package dev.eddy.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * python3's --long options, parsed by picocli. The short options and their clustering
 * ({@code -OObbv}, {@code -c} ending the options) follow rules of python3's own that the hand
 * parser in {@link CommandLineParser} keeps; it hands a word starting with "--" here. Loaded
 * only then, so an ordinary run pays nothing for picocli's start-up.
 */
@Command(name = "eddy")
final class LongOptions {
    @Option(names = "--help")
    boolean help;
    @Option(names = "--version")
    boolean version;
    @Option(names = "--help-env")
    boolean helpEnv;
    @Option(names = "--help-xoptions")
    boolean helpXoptions;
    @Option(names = "--help-all")
    boolean helpAll;
    @Option(names = "--check-hash-based-pycs")
    String checkHashBasedPycs;

    private LongOptions() {
    }

    /** Parses the long option at argv[i] (with its value, if it takes one) into inv; returns the index of the next word. */
    static int parse(Invocation inv, String[] argv, int i) throws UsageException {
        String arg = argv[i];
        LongOptions o = new LongOptions();
        CommandLine cl = new CommandLine(o);
        CommandLine.Model.OptionSpec spec = cl.getCommandSpec().findOption(arg);
        if (spec == null) {
            throw new UsageException("unknown option " + arg);
        }
        boolean takesValue = spec.arity().max() > 0;
        if (takesValue && i + 1 >= argv.length) {
            throw new UsageException("Argument expected for the " + arg + " options"); // sic: python3 says "options" for long ones
        }
        String[] words = takesValue ? new String[] {arg, argv[i + 1]} : new String[] {arg};
        try {
            cl.parseArgs(words);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException("unknown option " + arg);
        }
        if (o.help) {
            inv.help = Invocation.Help.USAGE;
        } else if (o.version) {
            inv.versionCount++;
        } else if (o.helpEnv) {
            inv.help = Invocation.Help.ENV;
        } else if (o.helpXoptions) {
            inv.help = Invocation.Help.XOPTIONS;
        } else if (o.helpAll) {
            inv.help = Invocation.Help.ALL;
        } else if (o.checkHashBasedPycs != null) {
            String value = o.checkHashBasedPycs;
            if (!value.equals("always") && !value.equals("never") && !value.equals("default")) {
                throw new UsageException("--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
            }
            // Eddy reads no .pyc files: accepted, as python3 accepts it
        }
        return takesValue ? i + 2 : i + 1;
    }
}
