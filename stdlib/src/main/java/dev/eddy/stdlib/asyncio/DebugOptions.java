package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Sys;
import java.util.Locale;

/**
 * The command-line switches of asyncio's debugging aids, read when a loop is made:
 * {@code -X asyncio-clock=virtual} (or {@code EDDY_ASYNCIO_CLOCK=virtual}),
 * {@code -X asyncio-seed=N}, {@code -X asyncio-deadlock=report|off} and
 * {@code -X asyncio-dump-on-signal[=SIGNAL]}. All off, a loop runs as CPython's does.
 *
 * @param virtualClock time jumps to the next timer when the loop has nothing else to do
 * @param seed the seed of the interleaving, or null for none (a seed implies a virtual clock)
 * @param deadlock "report", "off", or null for the default (reports in debug mode only)
 * @param dumpSignal the signal number that prints the task tree, or 0
 */
record DebugOptions(boolean virtualClock, Long seed, String deadlock, int dumpSignal) {
    static final DebugOptions NONE = new DebugOptions(false, null, null, 0);

    /** SIGUSR1: the JVM keeps SIGQUIT (Ctrl-\\) for its own thread dump, so the task tree takes this one by default. */
    static final int DEFAULT_DUMP_SIGNAL = 10;

    /** The options of this interpreter's command line and environment. */
    static DebugOptions current() {
        Sys sys = Sys.get();
        boolean virtual = "virtual".equals(sys.env.get("EDDY_ASYNCIO_CLOCK"));
        Long seed = null;
        String deadlock = null;
        int dumpSignal = 0;
        boolean any = virtual;
        for (String x : sys.xOptions) {
            if (!x.startsWith("asyncio-")) {
                continue;
            }
            any = true;
            int eq = x.indexOf('=');
            String key = eq < 0 ? x : x.substring(0, eq);
            String value = eq < 0 ? null : x.substring(eq + 1);
            switch (key) {
                case "asyncio-clock" -> {
                    if (!"virtual".equals(value) && !"real".equals(value)) {
                        throw invalid(x, "virtual or real");
                    }
                    virtual = value.equals("virtual");
                }
                case "asyncio-seed" -> {
                    try {
                        seed = Long.parseLong(value == null ? "" : value.strip());
                    } catch (NumberFormatException e) {
                        throw invalid(x, "an integer");
                    }
                }
                case "asyncio-deadlock" -> {
                    if (!"report".equals(value) && !"off".equals(value)) {
                        throw invalid(x, "report or off");
                    }
                    deadlock = value;
                }
                case "asyncio-dump-on-signal" -> dumpSignal = value == null ? DEFAULT_DUMP_SIGNAL : signalNumber(x, value);
                default -> {
                }
            }
        }
        return any ? new DebugOptions(virtual, seed, deadlock, dumpSignal) : NONE;
    }

    private static RuntimeException invalid(String option, String expected) {
        return Errors.valueError("-X " + option + ": expected " + expected);
    }

    private static final String[] SIGNAL_NAMES = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL",
        "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG",
        "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};

    /** A signal given by number, or by name with or without "SIG" (USR2, SIGUSR2, 12). */
    static int signalNumber(String option, String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.startsWith("SIG")) {
            v = v.substring(3);
        }
        for (int i = 1; i < SIGNAL_NAMES.length; i++) {
            if (v.equals(SIGNAL_NAMES[i])) {
                return i;
            }
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0 && n < SIGNAL_NAMES.length) {
                return n;
            }
        } catch (NumberFormatException e) {
            // not a number either
        }
        throw invalid(option, "a signal name or number");
    }

    /** Whether a loop in debug mode {@code debug} reports deadlocks. */
    boolean reportsDeadlocks(boolean debug) {
        return deadlock == null ? debug : deadlock.equals("report");
    }
}
