package dev.eddy.nodes;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyCoroutine;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/**
 * A suspension point in statement form: [target =] yield value, yield from value, or
 * await value. The compiler hoists every yield and await out of expressions into one of
 * these, so only statements ever suspend.
 */
public final class Suspend extends StmtNode {
    public enum Kind { YIELD, YIELD_FROM, AWAIT }

    private static final Object SUSPENDED_HERE = new Object();
    /** Resume state of the test mode's immediate re-entry (see InterpreterState.bounceEverySuspend). */
    private static final Object BOUNCED = new Object();

    final Kind kind;
    final ExprNode value;
    final Target target;
    public int rs = -1;

    public Suspend(Kind kind, ExprNode value, Target target) {
        this.kind = kind;
        this.value = value;
        this.target = target;
    }

    @Override
    public int exec(Frame f) {
        PyGenerator g = f.generator;
        Object st = f.resume[rs];
        if (st == BOUNCED) {
            f.resume[rs] = null;
        } else if (st != null) {
            f.resume[rs] = null;
            PyException t = g.thrown;
            if (t != null) {
                g.thrown = null;
                throw t;
            }
            PyObject v = g.sent;
            g.sent = null;
            if (target != null) {
                target.assign(f, v);
            }
            return NORMAL;
        } else if (dev.eddy.runtime.ThreadState.current().interp.bounceEverySuspend) {
            f.resume[rs] = BOUNCED;
            f.retval = dev.eddy.runtime.ThreadState.BOUNCE;
            return SUSPEND;
        }
        f.line = line;
        PyObject v = value == null ? PyNone.NONE : value.eval(f);
        if (kind == Kind.YIELD) {
            f.retval = v;
            f.resume[rs] = SUSPENDED_HERE;
            return SUSPEND;
        }
        PyObject it;
        if (kind == Kind.YIELD_FROM) {
            if (v instanceof PyCoroutine && !g.isCoroutine()) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            it = v.iter();
        } else {
            it = awaitIterator(v);
        }
        PyObject r = g.startDelegation(it);
        if (r != null) {
            f.retval = r;
            f.resume[rs] = SUSPENDED_HERE;
            return SUSPEND;
        }
        PyObject result = g.takeDelegateResult();
        if (target != null) {
            target.assign(f, result);
        }
        return NORMAL;
    }

    /** The iterator that 'await v' delegates to, with CPython's errors for non-awaitables. */
    public static PyObject awaitIterator(PyObject v) {
        if (v instanceof PyCoroutine) {
            return v;
        }
        PyType t = v.type();
        PyObject m = t.lookup("__await__");
        if (m == null) {
            throw Errors.typeError("object " + t.name + " can't be used in 'await' expression");
        }
        PyObject it = dev.eddy.runtime.Descriptors.callBound(m, v, t);
        if (it instanceof PyCoroutine) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!(it instanceof PyGenerator) && it.type().lookup("__next__") == null && !(it instanceof dev.eddy.runtime.PyIterator)) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + it.type().name + "'");
        }
        return it;
    }
}
