package dev.eddy.cli;

/**
 * The texts of {@code -h}, {@code --help-env}, {@code --help-xoptions} and {@code --help-all},
 * laid out as python3's and saying what each option does in Eddy.
 */
final class HelpText {

    private HelpText() {
    }

    static final String USAGE_LINE = "usage: eddy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    static final String OPTIONS = USAGE_LINE + """

            Options (and corresponding environment variables):
            -b     : issue warnings about str(bytes_instance), str(bytearray_instance)
                     and comparing bytes/bytearray with str. (-bb: issue errors)
            -B     : don't write .pyc files on import (Eddy writes none); also PYTHONDONTWRITEBYTECODE=x
            -c cmd : program passed in as string (terminates option list)
            -d     : parser debugging output: accepted, no effect in Eddy; also PYTHONDEBUG=x
            -E     : ignore PYTHON* environment variables (such as PYTHONPATH)
            -h     : print this help message and exit (also -? or --help)
            -i     : inspect interactively after running script; forces a prompt even
                     if stdin does not appear to be a terminal; also PYTHONINSPECT=x
            -I     : isolate Eddy from the user's environment (implies -E, -P and -s)
            -m mod : run library module as a script (terminates option list)
            -O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x
            -OO    : do -O changes and also discard docstrings
            -P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
            -q     : don't print version and copyright messages on interactive startup
            -s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
            -S     : don't imply 'import site' on initialization
            -u     : force the stdout and stderr streams to be unbuffered;
                     this option has no effect on stdin; also PYTHONUNBUFFERED=x
            -v     : verbose (trace import statements): accepted, sets sys.flags.verbose;
                     also PYTHONVERBOSE=x
            -V     : print the Eddy version number and exit (also --version)
                     when given twice, print more information about the build
            -W arg : warning control; arg is action:message:category:module:lineno
                     also PYTHONWARNINGS=arg
            -x     : skip first line of source, allowing use of non-Unix forms of #!cmd
            -X opt : set implementation-specific option (see --help-xoptions)
            --check-hash-based-pycs always|default|never:
                     accepted; Eddy reads no .pyc files
            --help-env      : print help about Eddy environment variables and exit
            --help-xoptions : print help about implementation-specific -X options and exit
            --help-all      : print complete help information and exit
            Arguments:
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]
            """;

    static final String ENV = """
            Environment variables that change behavior:
            PYTHONSTARTUP: file executed on interactive startup (no default)
            PYTHONPATH   : ':'-separated list of directories prefixed to the
                           default module search path.  The result is sys.path.
            PYTHONUTF8: if set to 1, enable the UTF-8 mode (Eddy's text is always UTF-8).
            PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
            PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
               when converting from a string and when converting an int back to a str.
               A value of 0 disables the limit.
            PYTHONDEVMODE: enable the development mode.
            PYTHONASYNCIODEBUG: enable asyncio's debug mode.
            These variables have equivalent command-line parameters (see --help for details):
            PYTHONDEBUG             : enable parser debug mode (-d)
            PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
            PYTHONINSPECT           : inspect interactively after running script (-i)
            PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                                      (-X int_max_str_digits=number)
            PYTHONNOUSERSITE        : disable user site directory (-s)
            PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
            PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)
            PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
            PYTHONVERBOSE           : trace import statements (-v)
            PYTHONWARNINGS=arg      : warning control (-W arg)
            Eddy's own:
            EDDY_JAVA_TRACE=1       : add the Java stack trace to an 'Eddy internal error' report
            EDDY_JAVA_OPTS          : options for the Java virtual machine (the eddy launcher)
            """;

    static final String XOPTIONS = """
            The following implementation-specific options are available:

            -X importtime: show how long each import takes. It shows module name,
                cumulative time (including nested imports) and self time (excluding
                nested imports), on stderr.

            -X dev: enable the "development mode": adds the default warning filter
                (as -W default), enables asyncio debug mode and sets the dev_mode
                attribute of sys.flags to True

            -X utf8: enable UTF-8 mode (sys.flags.utf8_mode); -X utf8=0 disables it

            -X int_max_str_digits=number: limit the size of int<->str conversions.
                0 disables.

            -X asyncio-deadlock=report|off: report an asyncio deadlock (the wait-for
                graph on stderr, RuntimeError in the main task) instead of hanging;
                on by default in asyncio debug mode

            -X asyncio-clock=virtual: asyncio's loop time jumps to the next timer when
                nothing else can happen (also EDDY_ASYNCIO_CLOCK=virtual)

            -X asyncio-seed=N: a reproducible, seeded timing of asyncio's loop

            -X asyncio-dump-on-signal[=SIGNAL]: the signal (SIGUSR1 by default) prints
                the running loop's task tree on stderr

            Any other -X name or name=value is accepted and shown in sys._xoptions.
            """;

    static String of(Invocation.Help help) {
        return switch (help) {
            case USAGE -> OPTIONS;
            case ENV -> ENV;
            case XOPTIONS -> XOPTIONS;
            case ALL -> OPTIONS + "\n\n" + ENV + "\n\n" + XOPTIONS;
        };
    }
}
