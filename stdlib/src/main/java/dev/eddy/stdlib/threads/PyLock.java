package dev.eddy.stdlib.threads;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Blocking;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.IdentityIds;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * _thread.lock: a plain lock any thread may release. Waiting for it lets go of the
 * interpreter lock, and on the main thread signal handlers run while it waits.
 */
public final class PyLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("lock", PyType.OBJECT, null);

    private final Semaphore permit = new Semaphore(1);

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return new PyStr("<" + (locked() ? "locked" : "unlocked") + " _thread.lock object at 0x"
                + Long.toHexString(IdentityIds.of(this)) + ">");
    }

    public boolean locked() {
        return permit.availablePermits() == 0;
    }

    /** acquire(blocking, timeout) with the timeout in nanoseconds (< 0: none). */
    public boolean acquire(boolean blocking, long timeoutNanos) {
        if (permit.tryAcquire()) {
            return true;
        }
        if (!blocking) {
            return false;
        }
        return Blocking.await(timeoutNanos, left -> {
            if (left < 0) {
                permit.acquire();
                return true;
            }
            return permit.tryAcquire(left, TimeUnit.NANOSECONDS);
        });
    }

    public void release() {
        if (permit.availablePermits() != 0) {
            throw Errors.runtimeError("release unlocked lock");
        }
        permit.release();
    }

    /** Reads acquire's (blocking=True, timeout=-1) arguments; the timeout in nanoseconds, < 0 for none. */
    static long[] acquireArgs(String name, PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind(name, java.util.Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"blocking", "timeout"}, 0);
        boolean blocking = p[0] == null || p[0].isTrue();
        double timeout = p[1] == null ? -1 : ThreadModule.seconds(p[1]);
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (timeout > ThreadModule.TIMEOUT_MAX) {
            throw Errors.of(dev.eddy.runtime.Exceptions.OVERFLOW_ERROR, "timeout value is too large");
        }
        return new long[] {blocking ? 1 : 0, timeout < 0 ? -1 : (long) (timeout * 1e9)};
    }

    private static PyLock self(PyObject o) {
        if (o instanceof PyLock l) {
            return l;
        }
        throw Errors.typeError("descriptor requires a '_thread.lock' object but received a '" + o.type().name + "'");
    }

    static {
        TYPE.module = "_thread";
        PyObject acquire = TYPE.def("acquire", (a, kw) -> {
            long[] p = acquireArgs("acquire", a, kw);
            return PyBool.of(self(a[0]).acquire(p[0] != 0, p[1]));
        }).dict.get("acquire");
        TYPE.dict.put("acquire_lock", acquire);
        TYPE.dict.put("__enter__", acquire);
        PyObject release = TYPE.def("release", (a, kw) -> {
            Args.checkMethod("release", a, kw, 0, 0);
            self(a[0]).release();
            return PyNone.NONE;
        }).dict.get("release");
        TYPE.dict.put("release_lock", release);
        TYPE.def("__exit__", (a, kw) -> {
            self(a[0]).release();
            return PyNone.NONE;
        });
        PyObject locked = TYPE.def("locked", (a, kw) -> PyBool.of(self(a[0]).locked())).dict.get("locked");
        TYPE.dict.put("locked_lock", locked);
        TYPE.def("_at_fork_reinit", (a, kw) -> PyNone.NONE);
    }
}
