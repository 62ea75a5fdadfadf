package dev.eddy.nodes;

import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTraceback;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ThreadState;

/** async with item [as target]: body. Suspends while awaiting __aenter__, inside the body, and while awaiting __aexit__. */
public final class AsyncWith extends StmtNode {
    private static final int ENTER = 0;
    private static final int BODY = 1;
    private static final int EXIT_NORMAL = 2;
    private static final int EXIT_EXCEPTION = 3;

    private static final class State {
        int phase;
        PyObject manager;
        PyObject exit;
        int completion;
        PyObject value;
        PyException pending;
    }

    final ExprNode context;
    final Target target;
    final StmtNode body;
    public int rs = -1;

    public AsyncWith(ExprNode context, Target target, StmtNode body) {
        this.context = context;
        this.target = target;
        this.body = body;
    }

    @Override
    public int exec(Frame f) {
        State st = (State) f.resume[rs];
        f.resume[rs] = null;
        if (st == null) {
            st = new State();
            f.line = line;
            PyObject mgr = context.eval(f);
            PyType t = mgr.type();
            PyObject enter = t.lookup("__aenter__");
            PyObject exit = t.lookup("__aexit__");
            if (enter == null) {
                throw Errors.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol");
            }
            if (exit == null) {
                throw Errors.typeError("'" + t.name + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
            }
            st.manager = mgr;
            st.exit = exit;
            PyObject r = Awaiting.start(f, Descriptors.callBound(enter, mgr, t));
            if (r == Awaiting.SUSPENDED) {
                st.phase = ENTER;
                f.resume[rs] = st;
                return SUSPEND;
            }
            if (target != null) {
                target.assign(f, r);
            }
            st.phase = BODY;
        } else if (st.phase == ENTER) {
            PyObject r = Awaiting.resumeValue(f);
            if (target != null) {
                target.assign(f, r);
            }
            st.phase = BODY;
        }
        if (st.phase == BODY) {
            int c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                st.pending = e;
                st.phase = EXIT_EXCEPTION;
                PyBaseException ev = e.value;
                ev.addTraceback(f); // the traceback __aexit__ sees starts at this frame, as CPython's
                dev.eddy.runtime.ThreadState tstate = dev.eddy.runtime.ThreadState.current();
                PyBaseException prev = tstate.handled;
                tstate.handled = ev;
                PyObject r;
                try {
                    r = Awaiting.start(f, Descriptors.callBound(st.exit, st.manager, st.manager.type(), ev.type(), ev, new PyTraceback(ev)));
                } catch (PyException e2) {
                    if (e2.value != ev) {
                        Statements.chainLeaving(e2.value, ev);
                    }
                    throw e2;
                } finally {
                    tstate.handled = prev;
                }
                if (r == Awaiting.SUSPENDED) {
                    f.resume[rs] = st;
                    return SUSPEND;
                }
                if (r.isTrue()) {
                    return NORMAL;
                }
                throw e;
            }
            if (c == SUSPEND) {
                f.resume[rs] = st;
                return c;
            }
            st.completion = c;
            st.value = f.retval;
            st.phase = EXIT_NORMAL;
            PyObject r = Awaiting.start(f, Descriptors.callBound(st.exit, st.manager, st.manager.type(), PyNone.NONE, PyNone.NONE, PyNone.NONE));
            if (r == Awaiting.SUSPENDED) {
                f.resume[rs] = st;
                return SUSPEND;
            }
            f.retval = st.value;
            return c;
        }
        if (st.phase == EXIT_EXCEPTION) {
            PyObject r;
            try {
                r = Awaiting.resumeValue(f);
            } catch (PyException e2) {
                if (e2.value != st.pending.value) {
                    Statements.chainLeaving(e2.value, st.pending.value);
                }
                throw e2;
            }
            if (r.isTrue()) {
                return NORMAL;
            }
            throw st.pending;
        }
        Awaiting.resumeValue(f);
        f.retval = st.value;
        return st.completion;
    }
}
