package dev.eddy.stdlib.threads;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Blocking;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * _queue.SimpleQueue: an unbounded FIFO queue for threads. put never blocks; a blocking get
 * lets go of the interpreter lock while it waits ({@link Blocking}).
 */
public final class PySimpleQueue extends PyObject {
    public static final PyType EMPTY = PyType.builtin("Empty", Exceptions.EXCEPTION, null);
    public static final PyType TYPE = PyType.builtin("SimpleQueue", PyType.OBJECT, (cls, a, kw) -> {
        if (a.length > 0 || (kw != null && kw.length > 0)) {
            throw Errors.typeError("SimpleQueue() takes no arguments");
        }
        return new PySimpleQueue(cls);
    });

    private final PyType cls;
    private final ArrayDeque<PyObject> items = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();

    private PySimpleQueue(PyType cls) {
        this.cls = cls;
    }

    @Override
    public PyType type() {
        return cls;
    }

    void put(PyObject item) {
        lock.lock();
        try {
            items.addLast(item);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /** get(block, timeout): timeoutNanos < 0 waits for ever. */
    PyObject get(boolean block, long timeoutNanos) {
        lock.lock();
        try {
            if (!items.isEmpty()) {
                return items.pollFirst();
            }
        } finally {
            lock.unlock();
        }
        if (!block) {
            throw Errors.of(EMPTY, null);
        }
        PyObject[] got = new PyObject[1];
        boolean ok = Blocking.await(timeoutNanos, left -> {
            lock.lockInterruptibly();
            try {
                long nanos = left;
                while (items.isEmpty()) {
                    if (left < 0) {
                        notEmpty.await();
                    } else {
                        if (nanos <= 0) {
                            return false;
                        }
                        nanos = notEmpty.awaitNanos(nanos);
                    }
                }
                got[0] = items.pollFirst();
                return true;
            } finally {
                lock.unlock();
            }
        });
        if (!ok) {
            throw Errors.of(EMPTY, null);
        }
        return got[0];
    }

    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }

    private static PySimpleQueue self(PyObject o, String method) {
        if (o instanceof PySimpleQueue q) {
            return q;
        }
        throw Errors.typeError("descriptor '" + method + "' for '_queue.SimpleQueue' objects doesn't apply to a '"
                + o.type().name + "' object");
    }

    private static long timeoutNanos(PyObject timeout) {
        if (timeout == null || timeout == PyNone.NONE) {
            return -1;
        }
        double s = ThreadModule.seconds(timeout);
        if (s < 0) {
            throw Errors.valueError("'timeout' must be a non-negative number");
        }
        return s >= Long.MAX_VALUE / 1e9 ? -1 : (long) (s * 1e9);
    }

    static {
        EMPTY.module = "_queue";
        EMPTY.dict.put("__doc__", new dev.eddy.runtime.PyStr("Exception raised by Queue.get(block=0)/get_nowait()."));
        TYPE.module = "_queue";
        TYPE.def("put", (a, kw) -> {
            self(a[0], "put").put(Args.bind("put", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"item", "block", "timeout"}, 1)[0]);
            return PyNone.NONE;
        });
        TYPE.def("put_nowait", (a, kw) -> {
            Args.checkMethod("put_nowait", a, kw, 1, 1);
            self(a[0], "put_nowait").put(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("get", (a, kw) -> {
            PyObject[] p = Args.bind("get", java.util.Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"block", "timeout"}, 0);
            boolean block = p[0] == null || p[0].isTrue();
            PySimpleQueue q = self(a[0], "get");
            return q.get(block, block ? timeoutNanos(p[1]) : 0);
        });
        TYPE.def("get_nowait", (a, kw) -> {
            Args.checkMethod("get_nowait", a, kw, 0, 0);
            return self(a[0], "get_nowait").get(false, 0);
        });
        TYPE.def("empty", (a, kw) -> {
            Args.checkMethod("empty", a, kw, 0, 0);
            return PyBool.of(self(a[0], "empty").size() == 0);
        });
        TYPE.def("qsize", (a, kw) -> {
            Args.checkMethod("qsize", a, kw, 0, 0);
            return PyInt.of(self(a[0], "qsize").size());
        });
        TYPE.defClassMethod("__class_getitem__", (a, kw) -> a[0]);
    }
}
