package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;

/**
 * asyncio.sleep(delay, result=None) as a native coroutine, step for step CPython's
 * tasks.sleep: a delay <= 0 is one bare yield (one trip round the loop); otherwise a
 * future completed by a timer, whose handle is cancelled however the wait ends.
 */
final class Sleep extends NativeCoroutine {
    private static final int START = 0;
    private static final int YIELDED = 1;
    private static final int WAITING = 2;

    private final PyObject delay;
    private final PyObject sleepResult;
    private int state = START;
    private PyFuture future;
    private TimerHandle handle;

    Sleep(PyObject delay, PyObject result) {
        this.delay = delay;
        this.sleepResult = result;
    }

    @Override
    String qualname() {
        return "sleep";
    }

    private boolean nonPositive() {
        if (delay instanceof PyInt i && !i.isBig()) {
            return i.value <= 0;
        }
        if (delay instanceof PyFloat f) {
            return f.value <= 0;
        }
        return Ops.compareBool(delay, PyInt.of(0), CompareOp.LE);
    }

    @Override
    protected PyObject step(PyException exc) {
        switch (state) {
            case START: {
                if (nonPositive()) {
                    state = YIELDED;
                    return PyNone.NONE;
                }
                EventLoop loop = EventLoop.runningOrRaise();
                PyFuture f = new PyFuture(loop);
                handle = loop.callAt(loop.time() + AsyncioModule.seconds(delay), AsyncioModule.SET_RESULT_UNLESS_CANCELLED,
                        new PyObject[] {f, sleepResult}, "call_at");
                future = f;
                f.waitSubject = handle;
                f.waitKind = "sleep";
                f.blocking = true;
                state = WAITING;
                return f;
            }
            case YIELDED:
                if (exc != null) {
                    throw exc;
                }
                result = sleepResult;
                return null;
            default: {
                PyFuture f = future;
                if (exc == null && f.state == PyFuture.PENDING) {
                    f.blocking = true;
                    return f;
                }
                handle.cancel();
                if (exc != null) {
                    throw exc;
                }
                result = f.result();
                return null;
            }
        }
    }

    static PyObject create(PyObject[] a, String[] kw) {
        PyObject[] p = kw == null && a.length == 1 ? a : Args.bind("sleep", a, kw, new String[] {"delay", "result"}, 1);
        return new Sleep(p[0], p.length > 1 && p[1] != null ? p[1] : PyNone.NONE);
    }
}
