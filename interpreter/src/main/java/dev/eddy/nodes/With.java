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

/** with item [as target]: body (several items are nested With nodes). Resumable inside the body. */
public final class With extends StmtNode {
    private static final class State {
        PyObject manager;
        PyObject exit;
    }

    final ExprNode context;
    final Target target;
    final StmtNode body;
    public int rs = -1;

    public With(ExprNode context, Target target, StmtNode body) {
        this.context = context;
        this.target = target;
        this.body = body;
    }

    @Override
    public int exec(Frame f) {
        PyObject mgr;
        PyObject exit;
        if (rs >= 0 && f.resume[rs] != null) {
            State s = (State) f.resume[rs];
            f.resume[rs] = null;
            mgr = s.manager;
            exit = s.exit;
        } else {
            f.line = line;
            mgr = context.eval(f);
            PyType t = mgr.type();
            PyObject enter = t.lookup("__enter__");
            exit = t.lookup("__exit__");
            if (enter == null) {
                throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol");
            }
            if (exit == null) {
                throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol (missed __exit__ method)");
            }
            PyObject v = Descriptors.callBound(enter, mgr, t);
            if (target != null) {
                target.assign(f, v);
            }
        }
        int c;
        try {
            c = body.exec(f);
        } catch (PyException e) {
            int raiseLine = f.line;
            PyBaseException ev = e.value;
            ev.addTraceback(f); // the traceback __exit__ sees starts at this frame, as CPython's
            dev.eddy.runtime.ThreadState tstate = dev.eddy.runtime.ThreadState.current();
            PyBaseException prev = tstate.handled;
            tstate.handled = ev;
            PyObject r;
            try {
                r = Descriptors.callBound(exit, mgr, mgr.type(), ev.type(), ev, new PyTraceback(ev));
            } catch (PyException e2) {
                if (e2.value != ev) {
                    Statements.chainLeaving(e2.value, ev);
                }
                throw e2;
            } finally {
                tstate.handled = prev;
            }
            if (r.isTrue()) {
                return NORMAL;
            }
            f.line = raiseLine;
            throw e;
        }
        if (c == SUSPEND) {
            State s = new State();
            s.manager = mgr;
            s.exit = exit;
            f.resume[rs] = s;
            return c;
        }
        PyObject saved = f.retval;
        Descriptors.callBound(exit, mgr, mgr.type(), PyNone.NONE, PyNone.NONE, PyNone.NONE);
        f.retval = saved;
        return c;
    }
}
