package dev.eddy.nodes;

import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/** async for target in iter: body else: orelse. Suspends while awaiting __anext__ and inside the body. */
public final class AsyncFor extends StmtNode {
    private static final int NEXT = 0;
    private static final int BODY = 1;
    private static final int ELSE = 2;

    private static final class State {
        int phase;
        PyObject iterator;
    }

    final Target target;
    final ExprNode iter;
    final StmtNode body;
    final StmtNode orelse;
    public int rs = -1;

    public AsyncFor(Target target, ExprNode iter, StmtNode body, StmtNode orelse) {
        this.target = target;
        this.iter = iter;
        this.body = body;
        this.orelse = orelse;
    }

    /** aiter(obj), with CPython's error for objects that are not async iterables. */
    public static PyObject aiter(PyObject obj) {
        PyType t = obj.type();
        PyObject m = t.lookup("__aiter__");
        if (m == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + t.name);
        }
        PyObject it = Descriptors.callBound(m, obj, t);
        if (it.type().lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: " + it.type().name);
        }
        return it;
    }

    /** The awaitable it.__anext__() returns. */
    public static PyObject anext(PyObject it) {
        PyType t = it.type();
        PyObject m = t.lookup("__anext__");
        return Descriptors.callBound(m, it, t);
    }

    @Override
    public int exec(Frame f) {
        State st = (State) f.resume[rs];
        f.resume[rs] = null;
        boolean resuming = st != null;
        if (st == null) {
            st = new State();
            f.line = line;
            st.iterator = aiter(OwnedIterators.header(iter, f));
            st.phase = NEXT;
        } else if (st.phase == ELSE) {
            return runElse(f, st);
        }
        try {
            return run(f, st, resuming);
        } catch (PyException e) {
            OwnedIterators.release(st.iterator);
            throw e;
        }
    }

    /** The loop from where {@code st} is: a fresh start goes straight to the first __anext__. */
    private int run(Frame f, State st, boolean resuming) {
        if (resuming && st.phase == NEXT) {
            PyObject v;
            try {
                v = Awaiting.resumeValue(f);
            } catch (PyException e) {
                if (e.matches(Exceptions.STOP_ASYNC_ITERATION)) {
                    return runElse(f, st);
                }
                throw e;
            }
            target.assign(f, v);
            st.phase = BODY;
        }
        while (true) {
            if (st.phase == BODY) {
                int c = body.exec(f);
                if (c == SUSPEND) {
                    f.resume[rs] = st;
                    return c;
                }
                if (c == BREAK || c == RETURN) {
                    OwnedIterators.release(st.iterator);
                    return c == BREAK ? NORMAL : c;
                }
                st.phase = NEXT;
            }
            PyObject r;
            try {
                f.line = line;
                r = Awaiting.start(f, anext(st.iterator));
            } catch (PyException e) {
                if (e.matches(Exceptions.STOP_ASYNC_ITERATION)) {
                    return runElse(f, st);
                }
                throw e;
            }
            if (r == Awaiting.SUSPENDED) {
                st.phase = NEXT;
                f.resume[rs] = st;
                return SUSPEND;
            }
            target.assign(f, r);
            st.phase = BODY;
        }
    }

    private int runElse(Frame f, State st) {
        if (orelse == null) {
            return NORMAL;
        }
        int c = orelse.exec(f);
        if (c == SUSPEND) {
            st.phase = ELSE;
            f.resume[rs] = st;
        }
        return c;
    }
}
