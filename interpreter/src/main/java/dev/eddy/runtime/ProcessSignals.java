package dev.eddy.runtime;

import java.util.HashMap;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The process's own signals (Ctrl-C, kill from outside) as the JVM receives them, handed to
 * the interpreter that owns them: the one the command line runs. Process-wide by nature,
 * since a process has one set of signal dispositions; interpreters embedded elsewhere get
 * signals only from their own os.kill / raise_signal.
 *
 * <p>A JVM handler is installed only while the owner's disposition is not the default, so a
 * signal left at SIG_DFL keeps the JVM's default action (SIGTERM ends the process with status
 * 143, as CPython's does). SIGQUIT and the signals the JVM itself uses cannot be caught.
 */
public final class ProcessSignals {
    private ProcessSignals() {
    }

    /** Names the JVM knows signals by, indexed by Linux signal number. */
    private static final String[] NAMES = new String[Signals.NSIG];

    static {
        String[] names = {null, "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV",
            "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU",
            "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS"};
        System.arraycopy(names, 0, NAMES, 0, names.length);
    }

    private static InterpreterState owner;
    /** The JVM's handlers replaced by ours, to put back when a signal returns to its default. */
    private static final Map<Integer, SignalHandler> ORIGINAL = new HashMap<>();

    /** Makes {@code interp} receive the process's signals. */
    public static synchronized void own(InterpreterState interp) {
        owner = interp;
        interp.signals.onChange = ProcessSignals::update;
        for (int sig = 1; sig < Signals.NSIG; sig++) {
            if (interp.signals.disposition(sig) != Signals.Disposition.DEFAULT) {
                update(sig);
            }
        }
    }

    /** The owner's disposition of {@code sig} changed: (un)install the JVM handler. */
    static synchronized void update(int sig) {
        InterpreterState o = owner;
        String name = sig < NAMES.length ? NAMES[sig] : null;
        if (o == null || name == null || sig == Signals.SIGPIPE) {
            return; // the JVM ignores SIGPIPE already
        }
        Signals.Disposition d = o.signals.disposition(sig);
        try {
            Signal s = new Signal(name);
            SignalHandler previous;
            if (d == Signals.Disposition.DEFAULT) {
                SignalHandler original = ORIGINAL.remove(sig);
                if (original != null) {
                    Signal.handle(s, original);
                }
                return;
            } else if (d == Signals.Disposition.IGNORE) {
                previous = Signal.handle(s, SignalHandler.SIG_IGN);
            } else {
                previous = Signal.handle(s, x -> deliver(sig));
            }
            ORIGINAL.putIfAbsent(sig, previous);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // a signal the JVM keeps for itself: it stays with the JVM
        }
    }

    private static void deliver(int sig) {
        InterpreterState o = owner;
        if (o != null) {
            o.signals.deliver(sig);
        }
    }
}
