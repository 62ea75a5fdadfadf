package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import java.util.IdentityHashMap;

/**
 * asyncio.gather's outer future (tasks._GatheringFuture) and its per-child done callback.
 * Cancelling it cancels the children; a cancelled child makes it fail with CancelledError
 * without being cancelled itself; results come back in argument order.
 */
final class GatheringFuture extends PyFuture {
    static final PyType TYPE = PyType.builtin("_GatheringFuture", PyFuture.TYPE, null);

    static {
        TYPE.module = "asyncio.tasks";
    }

    private final PyObject[] children;
    private final boolean returnExceptions;
    private boolean cancelRequested;
    private int nfinished;
    private final int nfuts;

    private GatheringFuture(EventLoop loop, PyObject[] children, int nfuts, boolean returnExceptions) {
        super(TYPE);
        init(loop);
        this.children = children;
        this.nfuts = nfuts;
        this.returnExceptions = returnExceptions;
    }

    /** asyncio.gather(*aws, return_exceptions=...). */
    static PyObject gather(PyObject[] args, boolean returnExceptions) {
        if (args.length == 0) {
            EventLoop loop = AsyncioModule.getEventLoop();
            PyFuture outer = new PyFuture(loop);
            outer.setResult(new PyList());
            return outer;
        }
        PyObject[] children = new PyObject[args.length];
        // duplicates share one child: futures are marked with this gather's callback, other
        // awaitables (coroutines) are looked up in a map made only when there are several
        IdentityHashMap<PyObject, PyObject> argToFut = null;
        EventLoop loop = null;
        int nfuts = 0;
        Callback cb = new Callback();
        for (int i = 0; i < args.length; i++) {
            PyObject arg = args[i];
            PyObject fut;
            if (arg instanceof PyFuture f && !f.type.heapType) {
                if (f.gatherMark == cb) {
                    children[i] = f;
                    continue;
                }
                if (loop != null && f.loop != loop) {
                    throw dev.eddy.runtime.Errors.valueError("The future belongs to a different loop than the one specified as the loop argument");
                }
                f.gatherMark = cb;
                fut = f;
            } else {
                if (argToFut != null) {
                    fut = argToFut.get(arg);
                    if (fut != null) {
                        children[i] = fut;
                        continue;
                    }
                } else if (args.length > 1) {
                    argToFut = new IdentityHashMap<>();
                }
                fut = AsyncioModule.ensureFuture(arg, loop);
                if (argToFut != null) {
                    argToFut.put(arg, fut);
                }
            }
            if (loop == null) {
                PyObject l = PyTask.futureLoop(fut);
                loop = l instanceof EventLoop el ? el : null;
            }
            if (fut != arg && fut instanceof PyTask t) {
                t.logDestroyPending = false;
            }
            nfuts++;
            AsyncioModule.addDoneCallback(fut, cb);
            children[i] = fut;
        }
        GatheringFuture outer = new GatheringFuture(loop, children, nfuts, returnExceptions);
        cb.outer = outer;
        for (PyObject child : children) {
            if (child instanceof PyFuture f && !f.done()) {
                f.addAwaiter(outer);
            }
        }
        // children that completed while the outer future did not exist yet have callbacks queued, not run
        return outer;
    }

    /** The futures gathered, one per argument. */
    PyObject[] children() {
        return children;
    }

    @Override
    boolean cancel(PyObject msg) {
        if (done()) {
            return false;
        }
        boolean ret = false;
        for (PyObject child : children) {
            if (cancelAny(child, msg == null ? PyNone.NONE : msg)) {
                ret = true;
            }
        }
        if (ret) {
            cancelRequested = true;
        }
        return ret;
    }

    private void childDone(PyObject fut) {
        nfinished++;
        if (done()) {
            if (!EventLoop.isCancelledAny(fut)) {
                exceptionOf(fut);
            }
            return;
        }
        if (!returnExceptions) {
            if (EventLoop.isCancelledAny(fut)) {
                setExceptionUnchecked(makeCancelledErrorOf(fut));
                return;
            }
            PyObject exc = exceptionOf(fut);
            if (exc != PyNone.NONE) {
                setExceptionUnchecked((PyBaseException) exc);
                return;
            }
        }
        if (nfinished == nfuts) {
            PyList results = new PyList();
            PyObject last = null;
            for (PyObject child : children) {
                last = child;
                PyObject res;
                if (EventLoop.isCancelledAny(child)) {
                    PyObject msg = child instanceof PyFuture f ? f.cancelMessage : cancelMessageOf(child);
                    res = AsyncioErrors.cancelled(msg == null || msg == PyNone.NONE ? PyStr.EMPTY : msg);
                } else {
                    res = exceptionOf(child);
                    if (res == PyNone.NONE) {
                        res = resultOf(child);
                    }
                }
                results.append(res);
            }
            if (cancelRequested) {
                setExceptionUnchecked(makeCancelledErrorOf(last));
            } else {
                setResult(results);
            }
        }
    }

    private static PyObject cancelMessageOf(PyObject fut) {
        PyObject m = fut.lookupAttr("_cancel_message");
        return m == null ? PyNone.NONE : m;
    }

    private static PyObject exceptionOf(PyObject fut) {
        if (fut instanceof PyFuture f && !f.type.heapType) {
            return f.exceptionOrNone();
        }
        return Ops.callMethod(fut, "exception");
    }

    private static PyObject resultOf(PyObject fut) {
        if (fut instanceof PyFuture f && !f.type.heapType) {
            return f.result();
        }
        return Ops.callMethod(fut, "result");
    }

    private static PyBaseException makeCancelledErrorOf(PyObject fut) {
        if (fut instanceof PyFuture f) {
            return f.makeCancelledError();
        }
        return (PyBaseException) Ops.callMethod(fut, "_make_cancelled_error");
    }

    /** gather.<locals>._done_callback, shared by all children of one gather. */
    static final class Callback extends PyObject implements Handle.LoopCallback {
        static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, null);
        GatheringFuture outer;

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public void invoke(PyObject[] args) {
            PyObject fut = args[0];
            if (outer == null) {
                if (!EventLoop.isCancelledAny(fut)) {
                    exceptionOf(fut);
                }
                return;
            }
            if (fut instanceof PyFuture f) {
                f.removeAwaiter(outer);
            }
            outer.childDone(fut);
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            invoke(args);
            return PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String name) {
            switch (name) {
                case "__name__": return new PyStr("_done_callback");
                case "__qualname__": return new PyStr("gather.<locals>._done_callback");
                default: return super.lookupAttr(name);
            }
        }
    }
}
