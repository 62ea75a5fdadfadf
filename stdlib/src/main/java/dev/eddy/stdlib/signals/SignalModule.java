package dev.eddy.stdlib.signals;

import dev.eddy.builtins.Functions;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.Signals;
import dev.eddy.runtime.Signals.Disposition;
import dev.eddy.runtime.SourceModules;
import dev.eddy.runtime.ThreadState;

/**
 * The signal module's Java half: signal/getsignal over the interpreter's dispositions,
 * raise_signal, strsignal, valid_signals, alarm and the ITIMER_REAL timer. Handlers run on
 * the main thread between statements and out of blocking calls.
 */
public final class SignalModule implements ModuleProvider {
    /** strsignal texts (glibc's), by signal number. */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed",
        "User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock",
        "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
        "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
        "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
        "I/O possible", "Power failure", "Bad system call"};
    private static final int SIGALRM = 14;

    /** The interval timer (alarm, setitimer(ITIMER_REAL)) of one interpreter. */
    private static final class Alarm {
        java.util.Timer timer;
        java.util.TimerTask task;
        long deadlineNanos;
        long intervalNanos;
    }

    @Override
    public String name() {
        return "signal";
    }

    static int signum(PyObject o) {
        int sig = Ops.toInt(o);
        if (sig < 1 || sig >= Signals.NSIG) {
            throw Errors.valueError("signal number out of range");
        }
        return sig;
    }

    private static PyBuiltinFunction def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        m.set(name, f);
        return f;
    }

    /** What getsignal shows for a disposition: SIG_DFL, SIG_IGN, default_int_handler or the handler. */
    private static PyObject shown(PyModule m, Signals signals, int sig) {
        return switch (signals.disposition(sig)) {
            case DEFAULT -> m.get("SIG_DFL");
            case IGNORE -> m.get("SIG_IGN");
            case INTERRUPT -> m.get("default_int_handler");
            case PYTHON, JAVA -> signals.handler(sig);
        };
    }

    private static PyException osError(int errno, String text) {
        return new PyException((PyBaseException) Exceptions.OS_ERROR.call(PyInt.of(errno), new PyStr(text)));
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("signal");
        PyBuiltinFunction defaultInt = def(m, "default_int_handler", (a, kw) -> {
            throw new PyException(Exceptions.make(Exceptions.KEYBOARD_INTERRUPT, null));
        });
        def(m, "signal", (a, kw) -> {
            Args.check("signal", a, kw, 2, 2);
            int sig = signum(a[0]);
            PyObject h = a[1];
            ThreadState ts = ThreadState.current();
            if (!ts.isMain()) {
                throw Errors.valueError("signal only works in main thread of the main interpreter");
            }
            Disposition d;
            if (h instanceof PyInt && Ops.eq(h, PyInt.of(1))) {
                d = Disposition.IGNORE;
            } else if (h instanceof PyInt && Ops.eq(h, PyInt.of(0))) {
                d = Disposition.DEFAULT;
            } else if (h == defaultInt) {
                d = Disposition.INTERRUPT;
            } else if (Functions.callable(h)) {
                d = Disposition.PYTHON;
            } else {
                throw Errors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            if (sig == Signals.SIGKILL || sig == Signals.SIGSTOP) {
                throw osError(22, "Invalid argument");
            }
            Signals signals = ts.interp.signals;
            PyObject old = shown(m, signals, sig);
            signals.set(sig, d, h);
            return old;
        });
        def(m, "getsignal", (a, kw) -> {
            Args.check("getsignal", a, kw, 1, 1);
            return shown(m, InterpreterState.current().signals, signum(a[0]));
        });
        def(m, "raise_signal", (a, kw) -> {
            Args.check("raise_signal", a, kw, 1, 1);
            raise(signum(a[0]));
            return PyNone.NONE;
        });
        def(m, "strsignal", (a, kw) -> {
            Args.check("strsignal", a, kw, 1, 1);
            int sig = signum(a[0]);
            if (sig < DESCRIPTIONS.length) {
                return new PyStr(DESCRIPTIONS[sig]);
            }
            return new PyStr("Real-time signal " + (sig - 34));
        });
        def(m, "valid_signals", (a, kw) -> {
            Args.check("valid_signals", a, kw, 0, 0);
            PySet s = new PySet(false);
            for (int sig = 1; sig < Signals.NSIG; sig++) {
                if (sig != 32 && sig != 33) { // kept by the C library for its threads
                    s.add(PyInt.of(sig));
                }
            }
            return s;
        });
        def(m, "alarm", (a, kw) -> {
            Args.check("alarm", a, kw, 1, 1);
            long seconds = Ops.toInt(a[0]);
            double[] old = setTimer(seconds * 1_000_000_000L, 0);
            return PyInt.of((long) Math.ceil(old[0]));
        });
        def(m, "setitimer", (a, kw) -> {
            Args.check("setitimer", a, kw, 2, 3);
            requireReal(a[0]);
            double value = seconds(a[1]);
            double interval = a.length > 2 ? seconds(a[2]) : 0;
            double[] old = setTimer((long) (value * 1e9), (long) (interval * 1e9));
            return new PyTuple(new PyObject[] {new PyFloat(old[0]), new PyFloat(old[1])});
        });
        def(m, "getitimer", (a, kw) -> {
            Args.check("getitimer", a, kw, 1, 1);
            requireReal(a[0]);
            double[] now = timerState(alarm());
            return new PyTuple(new PyObject[] {new PyFloat(now[0]), new PyFloat(now[1])});
        });
        def(m, "pause", (a, kw) -> {
            Args.check("pause", a, kw, 0, 0);
            // sleeps until a signal's handler has run
            dev.eddy.runtime.Blocking.sleep(Long.MAX_VALUE);
            return PyNone.NONE;
        });
        m.set("NSIG", PyInt.of(Signals.NSIG));
        m.set("ITIMER_REAL", PyInt.of(0));
        m.set("ITIMER_VIRTUAL", PyInt.of(1));
        m.set("ITIMER_PROF", PyInt.of(2));
        m.set("ItimerError", Exceptions.OS_ERROR);
        SourceModules.execResource(SignalModule.class, "signal.py", m);
        return m;
    }

    /** raise_signal and os.kill of the program's own process: the signal arrives now. */
    public static void raise(int sig) {
        ThreadState ts = ThreadState.current();
        ts.interp.signals.deliver(sig);
        if (ts.isMain()) {
            ts.interp.runSignalHandlers(ts); // as CPython, the handler has run when the call returns
        }
    }

    /**
     * os.kill: a signal to the program's own process is delivered to this interpreter at once
     * (so embedded interpreters and the test runner work too); others go through kill(1).
     */
    public static void kill(long pid, int sig) {
        if (sig < 0 || sig >= Signals.NSIG) {
            throw osError(22, "Invalid argument");
        }
        if (pid == ProcessHandle.current().pid()) {
            if (sig != 0) {
                raise(sig);
            }
            return;
        }
        if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
            throw osError(3, "No such process");
        }
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw osError(1, "Operation not permitted");
            }
        } catch (java.io.IOException e) {
            throw osError(1, "Operation not permitted");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void requireReal(PyObject which) {
        if (Ops.toInt(which) != 0) {
            throw Errors.notImplemented("only ITIMER_REAL is supported by Eddy");
        }
    }

    private static double seconds(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        return Ops.toInt(o);
    }

    private static Alarm alarm() {
        return InterpreterState.current().extension(Alarm.class, Alarm::new);
    }

    private static double[] timerState(Alarm al) {
        synchronized (al) {
            if (al.task == null) {
                return new double[] {0, 0};
            }
            long left = Math.max(0, al.deadlineNanos - System.nanoTime());
            return new double[] {left / 1e9, al.intervalNanos / 1e9};
        }
    }

    /** Arms (or with 0 disarms) the interpreter's real-time timer; returns what was left and the interval. */
    private static double[] setTimer(long delayNanos, long intervalNanos) {
        Alarm al = alarm();
        Signals signals = InterpreterState.current().signals;
        synchronized (al) {
            double[] old = timerState(al);
            if (al.task != null) {
                al.task.cancel();
                al.task = null;
            }
            if (delayNanos > 0) {
                if (al.timer == null) {
                    al.timer = new java.util.Timer("signal-alarm", true);
                }
                al.deadlineNanos = System.nanoTime() + delayNanos;
                al.intervalNanos = intervalNanos;
                al.task = new java.util.TimerTask() {
                    @Override
                    public void run() {
                        synchronized (al) {
                            if (al.intervalNanos > 0) {
                                al.deadlineNanos = System.nanoTime() + al.intervalNanos;
                            } else {
                                al.task = null;
                            }
                        }
                        signals.deliver(SIGALRM);
                    }
                };
                long ms = Math.max(1, delayNanos / 1_000_000);
                if (intervalNanos > 0) {
                    al.timer.scheduleAtFixedRate(al.task, ms, Math.max(1, intervalNanos / 1_000_000));
                } else {
                    al.timer.schedule(al.task, ms);
                }
            }
            return old;
        }
    }
}
