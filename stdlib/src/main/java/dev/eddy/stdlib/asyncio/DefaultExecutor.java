package dev.eddy.stdlib.asyncio;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loop's default executor (concurrent.futures.ThreadPoolExecutor with
 * thread_name_prefix='asyncio'): a real pool of daemon threads, min(32, cpus + 4) of them.
 * Python code on a worker runs under the interpreter lock ({@link dev.eddy.runtime.Gil}).
 */
public final class DefaultExecutor extends PyObject {
    public static final PyType TYPE = PyType.builtin("ThreadPoolExecutor", PyType.OBJECT, (cls, a, kw) -> {
        PyObject[] p = Args.bind("ThreadPoolExecutor", a, kw, new String[] {"max_workers", "thread_name_prefix"}, 0);
        Integer n = p[0] == null || p[0] == PyNone.NONE ? null : dev.eddy.runtime.Ops.toInt(p[0]);
        if (n != null && n <= 0) {
            throw Errors.valueError("max_workers must be greater than 0");
        }
        return new DefaultExecutor(n);
    });

    private static final AtomicInteger POOLS = new AtomicInteger();
    private final ThreadPoolExecutor pool;
    private volatile boolean shutdown;

    DefaultExecutor(Integer maxWorkers) {
        int n = maxWorkers != null ? maxWorkers : Math.min(32, Runtime.getRuntime().availableProcessors() + 4);
        int id = POOLS.getAndIncrement();
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(n, n, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new dev.eddy.runtime.PythonThread(r, "asyncio_" + (id == 0 ? "" : id + "_") + count.getAndIncrement(), 256L << 20);
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Runs func(*args) on a worker; the returned asyncio future gets the outcome on the loop's thread. */
    PyFuture submitForLoop(EventLoop loop, PyObject func, PyObject[] args) {
        if (shutdown) {
            throw Errors.runtimeError("cannot schedule new futures after shutdown");
        }
        dev.eddy.runtime.InterpreterState interp = dev.eddy.runtime.InterpreterState.current();
        interp.gil.activate();
        PyFuture fut = new PyFuture(loop);
        pool.execute(() -> {
            if (fut.state != PyFuture.PENDING) {
                return;
            }
            PyObject result = null;
            PyBaseException exc = null;
            interp.gil.attach();
            try {
                result = func.call(args, null);
            } catch (PyException e) {
                exc = e.value;
            } catch (StackOverflowError e) {
                exc = Exceptions.make(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded");
            } finally {
                interp.gil.detach();
            }
            deliver(loop, fut, result, exc);
        });
        return fut;
    }

    private static void deliver(EventLoop loop, PyFuture fut, PyObject result, PyBaseException exc) {
        if (loop.isClosed()) {
            return;
        }
        try {
            loop.callSoonThreadsafe(new CopyState(fut, result, exc), Args.EMPTY, false);
        } catch (PyException e) {
            // the loop closed meanwhile: nobody is waiting
        }
    }

    /** _copy_future_state, run on the loop's thread. */
    private static final class CopyState extends PyObject implements Handle.LoopCallback {
        final PyFuture fut;
        final PyObject result;
        final PyBaseException exc;

        CopyState(PyFuture fut, PyObject result, PyBaseException exc) {
            this.fut = fut;
            this.result = result;
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }

        @Override
        public void invoke(PyObject[] args) {
            if (fut.done()) {
                return;
            }
            if (exc != null) {
                fut.setExceptionUnchecked(exc);
            } else {
                fut.setResult(result);
            }
        }

        @Override
        public PyObject lookupAttr(String name) {
            if (name.equals("__qualname__")) {
                return new dev.eddy.runtime.PyStr("_chain_future.<locals>._set_state");
            }
            return super.lookupAttr(name);
        }
    }

    /** executor.submit(fn, *args, **kwargs) from Python: a concurrent future. */
    ConcurrentFuture submit(PyObject func, PyObject[] args, String[] kwnames) {
        if (shutdown) {
            throw Errors.runtimeError("cannot schedule new futures after shutdown");
        }
        dev.eddy.runtime.InterpreterState interp = dev.eddy.runtime.InterpreterState.current();
        interp.gil.activate();
        ConcurrentFuture cf = new ConcurrentFuture();
        pool.execute(() -> {
            interp.gil.attach();
            try {
                if (!cf.setRunningOrNotifyCancel()) {
                    return;
                }
                try {
                    cf.setResult(func.call(args, kwnames));
                } catch (PyException e) {
                    cf.setException(e.value);
                } catch (StackOverflowError e) {
                    cf.setException(Exceptions.make(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded"));
                }
            } finally {
                interp.gil.detach();
            }
        });
        return cf;
    }

    void shutdown() {
        shutdown = true;
        pool.shutdown();
    }

    /** Shuts down and runs {@code then} on another thread once every submitted job has finished. */
    void shutdownThen(Runnable then) {
        shutdown();
        Thread t = new Thread(() -> {
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    // keep waiting: shutdown(wait=True)
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            then.run();
        }, "asyncio-shutdown");
        t.setDaemon(true);
        t.start();
    }

    static {
        TYPE.module = "concurrent.futures.thread";
        TYPE.def("submit", (a, kw) -> {
            if (Kw.npos(a, kw) < 2) {
                throw Errors.typeError("submit expected at least 1 argument, got 0");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 2, a.length);
            return SelfCheck.of(a[0], DefaultExecutor.class, "ThreadPoolExecutor").submit(a[1], rest, kw);
        });
        TYPE.def("shutdown", (a, kw) -> {
            PyObject[] p = Args.bind("shutdown", java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"wait", "cancel_futures"}, 0);
            DefaultExecutor ex = (DefaultExecutor) a[0];
            ex.shutdown();
            if (p[0] == null || p[0].isTrue()) {
                boolean released = dev.eddy.runtime.InterpreterState.current().gil.release();
                try {
                    while (!ex.pool.awaitTermination(1, TimeUnit.SECONDS)) {
                        // wait=True
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    dev.eddy.runtime.InterpreterState.current().gil.reacquire(released);
                }
            }
            return PyNone.NONE;
        });
        TYPE.def("__enter__", (a, kw) -> a[0]);
        TYPE.def("__exit__", (a, kw) -> {
            DefaultExecutor ex = (DefaultExecutor) a[0];
            ex.shutdown();
            return dev.eddy.runtime.PyBool.FALSE;
        });
    }
}
