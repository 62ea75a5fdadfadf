package dev.eddy.nodes;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyExceptionGroup;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ThreadState;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * try / except* / else (a finally clause wraps this in a plain {@link Try}). The exception
 * is split by each clause's type in turn; what handlers raise is gathered with what is left
 * unhandled into one exception group, as CPython does.
 */
public final class TryStar extends StmtNode {
    final StmtNode body;
    final Try.Handler[] handlers;
    final StmtNode orelse;
    public int rs = -1;
    private static final Object IN_ELSE = new Object();
    private static final Object IN_BODY = new Object();

    public TryStar(StmtNode body, Try.Handler[] handlers, StmtNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public int exec(Frame f) {
        Object st = rs >= 0 ? f.resume[rs] : null;
        if (st != null) {
            f.resume[rs] = null;
        }
        if (st != IN_ELSE) {
            int c;
            try {
                c = body.exec(f);
            } catch (PyException e) {
                e.value.addTraceback(f);
                handle(f, e);
                return NORMAL;
            }
            if (c == SUSPEND) {
                f.resume[rs] = IN_BODY;
                return c;
            }
            if (c != NORMAL) {
                return c;
            }
        }
        if (orelse == null) {
            return NORMAL;
        }
        int c = orelse.exec(f);
        if (c == SUSPEND) {
            f.resume[rs] = IN_ELSE;
        }
        return c;
    }

    private void handle(Frame f, PyException e) {
        PyBaseException original = e.value;
        boolean naked = !(original instanceof PyExceptionGroup);
        PyBaseException rest = naked
                ? wrap(original)
                : original;
        List<PyBaseException> raised = new ArrayList<>();
        IdentityHashMap<PyBaseException, Boolean> reraised = new IdentityHashMap<>();
        boolean anyMatched = false;
        for (Try.Handler h : handlers) {
            if (rest == null) {
                break;
            }
            f.line = h.line;
            PyObject t = h.type.eval(f);
            checkType(t);
            PyBaseException[] parts = ((PyExceptionGroup) rest).split(t);
            PyBaseException match = parts[0];
            rest = parts[1];
            if (match == null) {
                continue;
            }
            anyMatched = true;
            dev.eddy.runtime.ThreadState tstate = dev.eddy.runtime.ThreadState.current();
            PyBaseException prev = tstate.handled;
            tstate.handled = match;
            try {
                if (h.name != null) {
                    h.name.assign(f, match);
                }
                h.body.exec(f);
            } catch (PyException he) {
                if (he.value == match) {
                    collectLeaves(match, reraised);
                } else {
                    Statements.chainLeaving(he.value, match);
                    raised.add(he.value);
                }
            } finally {
                tstate.handled = prev;
            }
        }
        if (!anyMatched) {
            throw e;
        }
        if (rest != null) {
            collectLeaves(rest, reraised);
        }
        PyBaseException keep = reraised.isEmpty() ? null : project(original instanceof PyExceptionGroup g ? g : (PyExceptionGroup) wrap(original), reraised);
        if (naked && keep != null && raised.isEmpty()) {
            throw e;
        }
        if (raised.isEmpty()) {
            if (keep == null) {
                return;
            }
            throw new PyException(keep);
        }
        if (keep != null) {
            raised.add(keep);
        }
        PyBaseException result = raised.size() == 1 && raised.get(0) instanceof PyExceptionGroup && keep == null && false
                ? raised.get(0)
                : (PyBaseException) PyExceptionGroup.BASE_TYPE.call(PyStr.EMPTY, new PyList(raised.toArray(new PyObject[0])));
        throw new PyException(result);
    }

    private static PyBaseException wrap(PyBaseException e) {
        PyBaseException g = (PyBaseException) PyExceptionGroup.BASE_TYPE.call(PyStr.EMPTY, new PyList(new PyObject[] {e}));
        g.traceback = e.traceback;
        return g;
    }

    private static void checkType(PyObject t) {
        if (t instanceof PyType ty) {
            if (ty.isSubtypeOf(PyExceptionGroup.BASE_TYPE)) {
                throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
            if (!ty.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        } else if (t instanceof PyTuple tup) {
            for (PyObject x : tup.items) {
                checkType(x);
            }
        } else {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    private static void collectLeaves(PyBaseException e, IdentityHashMap<PyBaseException, Boolean> out) {
        if (e instanceof PyExceptionGroup g) {
            for (PyObject o : g.exceptions.items) {
                collectLeaves((PyBaseException) o, out);
            }
        } else {
            out.put(e, Boolean.TRUE);
        }
    }

    /** The original group restricted to the given leaves, keeping its structure. */
    private static PyBaseException project(PyExceptionGroup g, IdentityHashMap<PyBaseException, Boolean> leaves) {
        PyBaseException[] parts = g.split(new dev.eddy.runtime.PyBuiltinFunction("leaf", (a, kw) ->
                dev.eddy.runtime.PyBool.of(leaves.containsKey((PyBaseException) a[0]))));
        return parts[0];
    }
}
