package dev.eddy.nodes;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.ThreadState;

/** Simple statements. */
public final class Statements {
    private Statements() {
    }

    /** An expression evaluated for its effect. */
    public static final class ExprStmt extends StmtNode {
        final ExprNode value;

        public ExprStmt(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            value.eval(f);
            return NORMAL;
        }
    }

    /** t1 = t2 = value */
    public static final class Assign extends StmtNode {
        final Target[] targets;
        final ExprNode value;

        public Assign(Target[] targets, ExprNode value) {
            this.targets = targets;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject v = value.eval(f);
            for (Target t : targets) {
                t.assign(f, v);
            }
            return NORMAL;
        }
    }

    /** local = value: the commonest statement, without the target loop. */
    public static final class AssignLocal extends StmtNode {
        final int slot;
        final ExprNode value;

        public AssignLocal(int slot, ExprNode value) {
            this.slot = slot;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            f.slots[slot] = value.eval(f);
            return NORMAL;
        }
    }

    /** name op= value, for a name target: load, operate in place, store. */
    public static final class AugAssign extends StmtNode {
        final ExprNode load;
        final Target store;
        final BinaryOp op;
        final ExprNode value;

        public AugAssign(ExprNode load, Target store, BinaryOp op, ExprNode value) {
            this.load = load;
            this.store = store;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject a = load.eval(f);
            PyObject b = value.eval(f);
            store.assign(f, Arithmetic.inplace(op, a, b));
            return NORMAL;
        }
    }

    /** obj.attr op= value: obj evaluated once. */
    public static final class AugAssignAttr extends StmtNode {
        final ExprNode obj;
        final String name;
        final BinaryOp op;
        final ExprNode value;

        public AugAssignAttr(ExprNode obj, String name, BinaryOp op, ExprNode value) {
            this.obj = obj;
            this.name = name;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject o = obj.eval(f);
            PyObject a = o.getAttr(name);
            PyObject r = Arithmetic.inplace(op, a, value.eval(f));
            o.setAttr(name, r);
            return NORMAL;
        }
    }

    /** obj[index] op= value: obj and index evaluated once. */
    public static final class AugAssignItem extends StmtNode {
        final ExprNode obj;
        final ExprNode index;
        final BinaryOp op;
        final ExprNode value;

        public AugAssignItem(ExprNode obj, ExprNode index, BinaryOp op, ExprNode value) {
            this.obj = obj;
            this.index = index;
            this.op = op;
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject o = obj.eval(f);
            PyObject i = index.eval(f);
            PyObject a = Ops.getItem(o, i);
            PyObject r = Arithmetic.inplace(op, a, value.eval(f));
            o.setItem(i, r);
            return NORMAL;
        }
    }

    /** del t1, t2 */
    public static final class Delete extends StmtNode {
        final Target[] targets;

        public Delete(Target[] targets) {
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            for (Target t : targets) {
                t.delete(f);
            }
            return NORMAL;
        }
    }

    /** pass, global, nonlocal. */
    public static final class Pass extends StmtNode {
        @Override
        public int exec(Frame f) {
            return NORMAL;
        }
    }

    /** break */
    public static final class Break extends StmtNode {
        @Override
        public int exec(Frame f) {
            f.line = line; // where the loop's generator is closed, for the report of what its close raises
            return BREAK;
        }
    }

    /** continue */
    public static final class Continue extends StmtNode {
        @Override
        public int exec(Frame f) {
            return CONTINUE;
        }
    }

    /** return [value] */
    public static final class Return extends StmtNode {
        final ExprNode value;

        public Return(ExprNode value) {
            this.value = value;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            f.retval = value == null ? PyNone.NONE : value.eval(f);
            return RETURN;
        }
    }

    /** raise [exc [from cause]] */
    public static final class Raise extends StmtNode {
        final ExprNode exc;
        final ExprNode cause;

        public Raise(ExprNode exc, ExprNode cause) {
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            if (exc == null) {
                PyBaseException h = dev.eddy.runtime.ThreadState.current().handled;
                if (h == null) {
                    throw Errors.runtimeError("No active exception to reraise");
                }
                throw new PyException(h);
            }
            PyBaseException e = dev.eddy.runtime.Exceptions.fromRaised(exc.eval(f));
            if (cause != null) {
                PyObject c = cause.eval(f);
                if (c == PyNone.NONE) {
                    e.cause = null;
                } else if (c instanceof PyBaseException || c instanceof dev.eddy.runtime.PyType t && t.isSubtypeOf(Exceptions.BASE_EXCEPTION)) {
                    e.cause = dev.eddy.runtime.Exceptions.fromRaised(c);
                } else {
                    throw Errors.typeError("exception causes must derive from BaseException");
                }
                e.suppressContext = true;
            }
            setContext(e, dev.eddy.runtime.ThreadState.current().handled);
            throw new PyException(e);
        }
    }

    /** Sets e.__context__ to the exception being handled, unless that would make a cycle. */
    public static void setContext(PyBaseException e, PyBaseException handled) {
        e.setContext(handled);
    }

    /**
     * Chains an exception leaving an except block, a finally block or __exit__ to the exception
     * handled there, unless it was chained already where it was raised (an inner handler's
     * exception, or one raised in a called function, is the nearer context).
     */
    public static void chainLeaving(PyBaseException e, PyBaseException handled) {
        if (e.context == null) {
            e.setContext(handled);
        }
    }

    /** assert test[, msg] */
    public static final class Assert extends StmtNode {
        final ExprNode test;
        final ExprNode msg;

        public Assert(ExprNode test, ExprNode msg) {
            this.test = test;
            this.msg = msg;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            if (!test.isTrue(f)) {
                PyBaseException e = msg == null
                        ? new PyBaseException(Exceptions.ASSERTION_ERROR, new PyObject[0])
                        : new PyBaseException(Exceptions.ASSERTION_ERROR, new PyObject[] {msg.eval(f)});
                setContext(e, dev.eddy.runtime.ThreadState.current().handled);
                throw new PyException(e);
            }
            return NORMAL;
        }
    }
}
