package dev.eddy.stdlib.threads;

import dev.eddy.interpreter.Tracebacks;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PythonThread;
import dev.eddy.runtime.Signals;
import dev.eddy.runtime.ThreadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The _thread module: Python threads are JVM threads ({@link PythonThread}) that take the
 * interpreter lock ({@link dev.eddy.runtime.Gil}) to run Python code; locks, RLocks and
 * thread-local data. {@code threading} is built on it.
 */
public final class ThreadModule implements ModuleProvider {
    /** CPython's on Linux: the largest timeout a lock accepts, in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;
    /** Stack reserved for a thread (address space, committed only as used). */
    private static final long STACK_BYTES = 256L << 20;

    /** Threads started by _thread that are still running, per interpreter. */
    private static final class Counts {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger started = new AtomicInteger();
    }

    private static Counts counts() {
        return InterpreterState.current().extension(Counts.class, Counts::new);
    }

    @Override
    public String name() {
        return "_thread";
    }

    /** The calling thread's ident (unique among the live threads of the process). */
    @SuppressWarnings("deprecation")
    static long ident() {
        return Thread.currentThread().getId();
    }

    /** The kernel's thread id of the calling thread, as /proc/thread-self names it. */
    static long nativeId() {
        try {
            Path p = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Long.parseLong(p.getFileName().toString());
        } catch (java.io.IOException | RuntimeException e) {
            return ident();
        }
    }

    static double seconds(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt i) {
            return i.isBig() ? Double.POSITIVE_INFINITY * i.signum() : i.value;
        }
        throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer or float");
    }

    /**
     * Starts {@code body} on a new thread running this interpreter's code; returns its ident.
     * {@code onError} reports an exception that escapes the body.
     */
    static long start(PyObject function, PyObject[] args, String[] kwnames, String name) {
        InterpreterState interp = InterpreterState.current();
        Counts counts = counts();
        interp.gil.activate();
        long[] ident = {0};
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        PythonThread t = new PythonThread(() -> {
            ident[0] = ident();
            started.countDown();
            interp.gil.attach();
            try {
                function.call(args, kwnames);
            } catch (PyException e) {
                if (!e.matches(Exceptions.SYSTEM_EXIT)) {
                    report(function, e.value);
                }
            } catch (StackOverflowError e) {
                report(function, Exceptions.make(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded"));
            } catch (Signals.ProcessKilled e) {
                // only the main thread runs signal handlers
            } finally {
                counts.running.decrementAndGet();
                interp.gil.detach();
            }
        }, name == null ? "Thread-" + counts.started.incrementAndGet() : name, STACK_BYTES);
        t.setDaemon(true); // the interpreter joins non-daemon Python threads itself (threading._shutdown)
        counts.running.incrementAndGet();
        t.start();
        boolean released = interp.gil.release();
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            interp.gil.reacquire(released);
        }
        return ident[0];
    }

    /** CPython's report of an exception that ends a thread started with start_new_thread. */
    private static void report(PyObject function, PyBaseException e) {
        String text = "Exception ignored in thread started by: " + function.repr().value + "\n" + Tracebacks.format(e);
        try {
            PyObject err = dev.eddy.builtins.StdStreams.stderr();
            Ops.callMethod(err, "write", new PyStr(text));
            dev.eddy.builtins.StdStreams.flushQuietly(err);
        } catch (RuntimeException x) {
            System.err.print(text);
        }
    }

    private static PyBuiltinFunction def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        m.set(name, f);
        return f;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_thread");
        m.set("LockType", PyLock.TYPE);
        m.set("lock", PyLock.TYPE);
        m.set("RLock", PyRLock.TYPE);
        m.set("_local", PyThreadLocal.TYPE);
        m.set("error", Exceptions.RUNTIME_ERROR);
        m.set("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
        def(m, "allocate_lock", (a, kw) -> {
            Args.check("allocate_lock", a, kw, 0, 0);
            return new PyLock();
        });
        m.set("allocate", m.get("allocate_lock"));
        def(m, "start_new_thread", (a, kw) -> {
            Args.check("start_new_thread", a, kw, 2, 3);
            if (!(a[1] instanceof PyTuple t)) {
                throw Errors.typeError("2nd arg must be a tuple");
            }
            PyObject[] args = t.items;
            String[] kwnames = null;
            if (a.length > 2 && a[2] != PyNone.NONE) {
                if (!(a[2] instanceof PyDict d)) {
                    throw Errors.typeError("optional 3rd arg must be a dictionary");
                }
                kwnames = new String[d.map.size()];
                PyObject[] all = java.util.Arrays.copyOf(args, args.length + kwnames.length);
                int i = 0;
                for (var e : d.map.entrySet()) {
                    kwnames[i] = e.getKey().toString();
                    all[args.length + i++] = e.getValue();
                }
                args = all;
            }
            if (!dev.eddy.builtins.Functions.callable(a[0])) {
                throw Errors.typeError("first arg must be callable");
            }
            return PyInt.of(start(a[0], args, kwnames, null));
        });
        m.set("start_new", m.get("start_new_thread"));
        def(m, "_start_named_thread", (a, kw) -> PyInt.of(start(a[0], Args.EMPTY, null, a[1].toString())));
        def(m, "get_ident", (a, kw) -> PyInt.of(ident()));
        def(m, "get_native_id", (a, kw) -> PyInt.of(nativeId()));
        def(m, "_count", (a, kw) -> PyInt.of(counts().running.get()));
        def(m, "daemon_threads_allowed", (a, kw) -> PyBool.TRUE);
        def(m, "stack_size", (a, kw) -> {
            Args.check("stack_size", a, kw, 0, 1);
            return PyInt.of(0);
        });
        def(m, "_is_main_thread", (a, kw) -> PyBool.of(ThreadState.current().isMain()));
        def(m, "interrupt_main", (a, kw) -> {
            PyObject[] p = Args.bind("interrupt_main", a, kw, new String[] {"signum"}, 0);
            int sig = p[0] == null ? Signals.SIGINT : Ops.toInt(p[0]);
            if (sig < 1 || sig >= Signals.NSIG) {
                throw Errors.valueError("signal number out of range");
            }
            InterpreterState.current().signals.trip(sig);
            return PyNone.NONE;
        });
        def(m, "_format_exception", (a, kw) -> new PyStr(Tracebacks.format((PyBaseException) a[0])));
        return m;
    }
}
