package dev.eddy.stdlib.threads;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.IdentityIds;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/**
 * _thread.RLock: a lock its owner may take again; it is free once released as many times as
 * it was taken. Only the owner may release it.
 */
public final class PyRLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("RLock", PyType.OBJECT, (cls, a, kw) -> new PyRLock());

    private final PyLock lock = new PyLock();
    /** The owner's thread ident, 0 when free; written only by the owner while it holds the lock. */
    private volatile long owner;
    private long count;

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        long o = owner;
        return new PyStr("<" + (o != 0 ? "locked" : "unlocked") + " _thread.RLock object owner=" + o
                + " count=" + (o != 0 ? count : 0) + " at 0x" + Long.toHexString(IdentityIds.of(this)) + ">");
    }

    boolean acquire(boolean blocking, long timeoutNanos) {
        long me = ThreadModule.ident();
        if (owner == me) {
            count++;
            return true;
        }
        if (!lock.acquire(blocking, timeoutNanos)) {
            return false;
        }
        owner = me;
        count = 1;
        return true;
    }

    void release() {
        if (owner != ThreadModule.ident() || count == 0) {
            throw Errors.runtimeError("cannot release un-acquired lock");
        }
        if (--count == 0) {
            owner = 0;
            lock.release();
        }
    }

    private static PyRLock self(PyObject o) {
        if (o instanceof PyRLock l) {
            return l;
        }
        throw Errors.typeError("descriptor requires a '_thread.RLock' object but received a '" + o.type().name + "'");
    }

    static {
        TYPE.module = "_thread";
        PyObject acquire = TYPE.def("acquire", (a, kw) -> {
            long[] p = PyLock.acquireArgs("acquire", a, kw);
            return PyBool.of(self(a[0]).acquire(p[0] != 0, p[1]));
        }).dict.get("acquire");
        TYPE.dict.put("__enter__", acquire);
        TYPE.def("release", (a, kw) -> {
            Args.checkMethod("release", a, kw, 0, 0);
            self(a[0]).release();
            return PyNone.NONE;
        });
        TYPE.def("__exit__", (a, kw) -> {
            self(a[0]).release();
            return PyNone.NONE;
        });
        TYPE.def("_is_owned", (a, kw) -> {
            PyRLock l = self(a[0]);
            return PyBool.of(l.owner == ThreadModule.ident() && l.count > 0);
        });
        // Condition.wait lets go of an RLock completely and takes it back at the same depth
        TYPE.def("_release_save", (a, kw) -> {
            PyRLock l = self(a[0]);
            if (l.count == 0) {
                throw Errors.runtimeError("cannot release un-acquired lock");
            }
            PyTuple state = new PyTuple(new PyObject[] {PyInt.of(l.count), PyInt.of(l.owner)});
            l.count = 0;
            l.owner = 0;
            l.lock.release();
            return state;
        });
        TYPE.def("_acquire_restore", (a, kw) -> {
            PyRLock l = self(a[0]);
            PyObject[] state = ((PyTuple) a[1]).items;
            l.lock.acquire(true, -1);
            l.owner = ((PyInt) state[1]).value;
            l.count = ((PyInt) state[0]).value;
            return PyNone.NONE;
        });
        TYPE.def("_recursion_count", (a, kw) -> {
            PyRLock l = self(a[0]);
            return PyInt.of(l.owner == ThreadModule.ident() ? l.count : 0);
        });
        TYPE.def("_at_fork_reinit", (a, kw) -> PyNone.NONE);
    }
}
