package dev.eddy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Stack;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParseResult;

/**
 * The full {@code eddy} option parser, built on picocli, for every command line that
 * {@link CommandLineParser}'s fast path hands over (anything with options other than a leading
 * {@code -c}), and the {@code -h} text.
 *
 * <p>python3's rules, which picocli is configured to follow: options come before the program;
 * the first positional (the script, or "-") and the {@code -c} text end option parsing, and
 * everything after them belongs to the script untouched, even "--" or what looks like an option
 * (picocli's stopAtPositional, and a parameter consumer for {@code -c} that takes the rest);
 * short options cluster ({@code -uc code}, {@code -Xdev}); "--" ends the options.
 */
final class OptionParser {

    private OptionParser() {
    }

    /** Options python3 accepts that change nothing in Eddy; listed in -h for what they do there. */
    private static final String[][] NO_OP_FLAGS = {
        {"-b", "accepted for compatibility; no effect"},
        {"-B", "accepted for compatibility (Eddy writes no bytecode files)"},
        {"-d", "accepted for compatibility; no effect"},
        {"-E", "accepted for compatibility; no effect"},
        {"-I", "accepted for compatibility; no effect"},
        {"-O", "accepted for compatibility; no effect (asserts still run)"},
        {"-P", "accepted for compatibility; no effect"},
        {"-s", "accepted for compatibility; no effect"},
        {"-S", "accepted for compatibility; no effect"},
        {"-v", "accepted for compatibility; no effect"},
    };

    /** Takes the option's argument and then every remaining argument: "-c cmd" ends the option list. */
    private static final class TakeTheRest implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            if (args.isEmpty()) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(),
                        "Argument expected for the " + ((OptionSpec) argSpec).shortestName() + " option");
            }
            List<String> rest = new ArrayList<>();
            while (!args.isEmpty()) {
                rest.add(args.pop());
            }
            argSpec.setValue(rest);
        }
    }

    static CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("eddy");
        spec.parser()
                .stopAtPositional(true)
                .posixClusteredShortOptionsAllowed(true)
                .overwrittenOptionsAllowed(true)
                .abbreviatedOptionsAllowed(false)
                .unmatchedOptionsArePositionalParams(false)
                .separator(" "); // python3 knows no "-X=dev": that is -X with the value "=dev"
        UsageMessageSpec usage = spec.usageMessage();
        usage.synopsisHeading("").customSynopsis("usage: eddy [option] ... [-c cmd | file | -] [arg] ...")
                .header("Eddy " + Main.VERSION + ", a Python 3.11 compatible interpreter for the JVM.")
                .optionListHeading("Options:%n")
                .parameterListHeading("Arguments:%n")
                .footer("", "The script and every argument after it reach the program as sys.argv.",
                        "Eddy-specific: EDDY_JAVA_TRACE=1 adds the Java stack trace to an"
                                + " 'Eddy internal error' report.");
        usage.sortOptions(false);
        CommandLine.IParameterConsumer rest = new TakeTheRest();
        spec.addOption(OptionSpec.builder("-c").paramLabel("cmd").type(List.class).auxiliaryTypes(String.class)
                .parameterConsumer(rest)
                .description("program passed in as string (terminates option list)").build());
        spec.addOption(OptionSpec.builder("-m").paramLabel("mod").type(List.class).auxiliaryTypes(String.class)
                .parameterConsumer(rest)
                .description("run library module as a script: not supported by Eddy").build());
        spec.addOption(OptionSpec.builder("-X").paramLabel("opt").type(List.class).auxiliaryTypes(String.class)
                .arity("1").description("set implementation-specific option: -X dev (asyncio debug mode,"
                        + " as in CPython), -X name=value; the script sees them in sys._xoptions").build());
        spec.addOption(OptionSpec.builder("-u").arity("0").description(
                "force the stdout and stderr streams to be unbuffered (as PYTHONUNBUFFERED=x)").build());
        spec.addOption(OptionSpec.builder("-q").arity("0").description(
                "don't print the version banner on interactive start-up").build());
        spec.addOption(OptionSpec.builder("-W").paramLabel("arg").type(List.class).auxiliaryTypes(String.class)
                .arity("1").description("warning control: accepted for compatibility; no effect").build());
        spec.addOption(OptionSpec.builder("-h", "-?", "--help").arity("0").usageHelp(true)
                .description("print this help message and exit").build());
        spec.addOption(OptionSpec.builder("-V", "--version").arity("0").versionHelp(true)
                .description("print the Eddy version number and exit").build());
        for (String[] flag : NO_OP_FLAGS) {
            spec.addOption(OptionSpec.builder(flag[0]).arity("0").description(flag[1]).build());
        }
        spec.addPositional(PositionalParamSpec.builder().paramLabel("file | -").arity("0..*")
                .type(List.class).auxiliaryTypes(String.class)
                .description("program read from script file, or from stdin with '-' (the default"
                        + " when stdin is not a terminal); then the arguments passed to it").build());
        return spec;
    }

    /** Parses a python3-style command line. */
    static Invocation parse(String[] argv) throws UsageException {
        CommandSpec spec = spec();
        CommandLine commandLine = new CommandLine(spec);
        ParseResult result;
        try {
            result = commandLine.parseArgs(argv);
        } catch (CommandLine.UnmatchedArgumentException e) {
            String arg = e.getUnmatched().isEmpty() ? "?" : e.getUnmatched().get(0);
            throw new UsageException(arg.startsWith("--") ? "unknown option " + arg
                    : "Unknown option: " + arg);
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(pythonWording(e));
        }
        if (result.isUsageHelpRequested()) {
            return new Invocation(Invocation.Mode.HELP, null, List.of(), List.of(), false, false);
        }
        if (result.isVersionHelpRequested()) {
            return new Invocation(Invocation.Mode.VERSION, null, List.of(), List.of(), false, false);
        }
        // -c and -m take their values through a parameter consumer, which ParseResult does not
        // record: their values are read from the option specs.
        if (spec.findOption("-m").getValue() != null) {
            throw new UsageException("eddy: -m is not supported: run the module's file instead");
        }
        List<String> x = List.copyOf(result.matchedOptionValue("-X", List.of()));
        boolean unbuffered = result.hasMatchedOption("-u");
        boolean quiet = result.hasMatchedOption("-q");
        List<String> command = spec.findOption("-c").getValue();
        if (command != null) {
            return new Invocation(Invocation.Mode.COMMAND, command.get(0),
                    List.copyOf(command.subList(1, command.size())), x, unbuffered, quiet);
        }
        List<String> positional = result.matchedPositionalValue(0, List.of());
        if (positional.isEmpty()) {
            return new Invocation(Invocation.Mode.REPL, null, List.of(), x, unbuffered, quiet);
        }
        String program = positional.get(0);
        return new Invocation(program.equals("-") ? Invocation.Mode.STDIN : Invocation.Mode.FILE, program,
                List.copyOf(positional.subList(1, positional.size())), x, unbuffered, quiet);
    }

    private static final java.util.regex.Pattern MISSING_ARGUMENT = java.util.regex.Pattern.compile(
            "(?:Missing required parameter|Expected parameter) for option '([^']+)'.*", java.util.regex.Pattern.DOTALL);

    /** CPython's wording for a missing option argument; picocli's own message otherwise. */
    private static String pythonWording(CommandLine.ParameterException e) {
        String message = e.getMessage() == null ? "invalid command line" : e.getMessage();
        java.util.regex.Matcher m = MISSING_ARGUMENT.matcher(message);
        return m.matches() ? "Argument expected for the " + m.group(1) + " option" : message;
    }

    /** The -h text. */
    static String help() {
        return new CommandLine(spec()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }
}
