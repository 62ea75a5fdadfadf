package dev.eddy.nodes;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ThreadState;

/**
 * try / except / else / finally. Resumable: a suspension inside any part records the phase,
 * the exception being handled and any completion the finally block must resume afterwards.
 */
public final class Try extends StmtNode {
    /** except [type [as name]]: body */
    public static final class Handler {
        final ExprNode type;
        final Target name;
        final StmtNode body;
        final int line;

        public Handler(ExprNode type, Target name, StmtNode body, int line) {
            this.type = type;
            this.name = name;
            this.body = body;
            this.line = line;
        }
    }

    private static final int BODY = 0;
    private static final int HANDLER = 1;
    private static final int ELSE = 2;
    private static final int FINALLY = 3;

    /** Where a suspended try statement was. */
    private static final class State {
        int phase;
        int handler;
        PyException caught;
        int pendingCompletion;
        PyObject pendingValue;
        PyException pendingException;
    }

    final StmtNode body;
    final Handler[] handlers;
    final StmtNode orelse;
    final StmtNode finalbody;
    public int rs = -1;

    public Try(StmtNode body, Handler[] handlers, StmtNode orelse, StmtNode finalbody) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
    }

    @Override
    public int exec(Frame f) {
        State st = null;
        if (rs >= 0 && f.resume[rs] != null) {
            st = (State) f.resume[rs];
            f.resume[rs] = null;
        }
        int completion = NORMAL;
        PyObject value = null;
        PyException pending = null;
        int raiseLine = 0;
        if (st == null || st.phase != FINALLY) {
            try {
                completion = runMain(f, st);
                if (completion == SUSPEND) {
                    return SUSPEND;
                }
                value = f.retval;
            } catch (PyException | OutOfMemoryError thrown) {
                PyException e = asPython(thrown);
                if (finalbody == null) {
                    throw e;
                }
                pending = e;
                raiseLine = f.line;
            }
        } else {
            completion = st.pendingCompletion;
            value = st.pendingValue;
            pending = st.pendingException;
        }
        if (finalbody == null) {
            return completion;
        }
        dev.eddy.runtime.ThreadState tstate = dev.eddy.runtime.ThreadState.current();
        PyBaseException prev = tstate.handled;
        if (pending != null) {
            tstate.handled = pending.value;
        }
        int fc;
        try {
            fc = finalbody.exec(f);
        } catch (PyException e) {
            if (pending != null) {
                Statements.chainLeaving(e.value, pending.value);
            }
            throw e;
        } finally {
            tstate.handled = prev;
        }
        if (fc == SUSPEND) {
            State s = new State();
            s.phase = FINALLY;
            s.pendingCompletion = completion;
            s.pendingValue = value;
            s.pendingException = pending;
            f.resume[rs] = s;
            return SUSPEND;
        }
        if (fc != NORMAL) {
            return fc;
        }
        if (pending != null) {
            if (raiseLine > 0) {
                // the traceback names the line that raised, not the finally block's last line
                f.line = raiseLine;
            }
            throw pending;
        }
        if (completion == RETURN) {
            f.retval = value;
        }
        return completion;
    }

    /** A Python exception as it is, or MemoryError for a Java heap exhausted inside the try. */
    private static PyException asPython(Throwable thrown) {
        return thrown instanceof PyException e ? e : dev.eddy.runtime.Errors.outOfMemory((OutOfMemoryError) thrown);
    }

    /** Body, then a matching handler or the else clause. */
    private int runMain(Frame f, State st) {
        int phase = st == null ? BODY : st.phase;
        int handlerIndex = st == null ? -1 : st.handler;
        PyException caught = st == null ? null : st.caught;
        if (phase == BODY) {
            try {
                int c = body.exec(f);
                if (c == SUSPEND) {
                    save(f, BODY, -1, null);
                    return c;
                }
                if (c != NORMAL) {
                    return c;
                }
                phase = ELSE;
            } catch (PyException | OutOfMemoryError thrown) {
                PyException e = asPython(thrown);
                if (handlers.length == 0) {
                    throw e;
                }
                e.value.addTraceback(f);
                handlerIndex = match(f, e);
                if (handlerIndex < 0) {
                    throw e;
                }
                caught = e;
                phase = HANDLER;
            }
        }
        boolean resumingHandler = st != null && st.phase == HANDLER;
        if (phase == HANDLER) {
            Handler h = handlers[handlerIndex];
            dev.eddy.runtime.ThreadState tstate = dev.eddy.runtime.ThreadState.current();
            PyBaseException prev = tstate.handled;
            tstate.handled = caught.value;
            int c;
            try {
                if (!resumingHandler && h.name != null) {
                    h.name.assign(f, caught.value);
                }
                c = h.body.exec(f);
            } catch (PyException e) {
                if (e.value != caught.value) {
                    Statements.chainLeaving(e.value, caught.value);
                }
                throw e;
            } finally {
                tstate.handled = prev;
            }
            if (c == SUSPEND) {
                save(f, HANDLER, handlerIndex, caught);
                return c;
            }
            if (h.name != null) {
                try {
                    h.name.delete(f);
                } catch (PyException ignored) {
                    // the handler already deleted it
                }
            }
            return c;
        }
        // ELSE
        if (orelse == null) {
            return NORMAL;
        }
        int c = orelse.exec(f);
        if (c == SUSPEND) {
            save(f, ELSE, -1, null);
        }
        return c;
    }

    private void save(Frame f, int phase, int handler, PyException caught) {
        State s = new State();
        s.phase = phase;
        s.handler = handler;
        s.caught = caught;
        f.resume[rs] = s;
    }

    private int match(Frame f, PyException e) {
        for (int i = 0; i < handlers.length; i++) {
            Handler h = handlers[i];
            if (h.type == null) {
                return i;
            }
            f.line = h.line;
            PyObject t = h.type.eval(f);
            if (matches(e.value, t)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether an except clause naming {@code t} (a class or tuple of classes) catches {@code e}. */
    public static boolean matches(PyBaseException e, PyObject t) {
        if (t instanceof PyType ty) {
            if (!ty.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return e.type().isSubtypeOf(ty);
        }
        if (t instanceof PyTuple tup) {
            for (PyObject x : tup.items) {
                if (matches(e, x)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }
}
