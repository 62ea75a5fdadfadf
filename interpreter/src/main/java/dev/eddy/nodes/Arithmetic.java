package dev.eddy.nodes;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyObject;

/**
 * One node class per common arithmetic operator, so that the operator is known statically
 * and the int and float fast paths are straight-line code; everything else goes through
 * {@link Ops#binary}. The static helpers serve augmented assignment too.
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** Builds the node for {@code left op right}. */
    public static ExprNode of(BinaryOp op, ExprNode left, ExprNode right) {
        switch (op) {
            case ADD: return new Add(left, right);
            case SUB: return new Sub(left, right);
            case MUL: return new Mul(left, right);
            case TRUEDIV: return new TrueDiv(left, right);
            default: return new Operators.Binary(op, left, right);
        }
    }

    static boolean plainInts(PyObject a, PyObject b) {
        return a.getClass() == PyInt.class && b.getClass() == PyInt.class;
    }

    /** An exact float (a subclass may override its operators). */
    static boolean plainFloat(PyObject o) {
        return o.getClass() == PyFloat.class;
    }

    public static PyObject add(PyObject a, PyObject b) {
        if (plainFloat(a)) {
            PyFloat x = (PyFloat) a;
            if (plainFloat(b)) {
                PyFloat y = (PyFloat) b;
                return new PyFloat(x.value + y.value);
            }
            if (b.getClass() == PyInt.class && !((PyInt) b).isBig()) {
                return new PyFloat(x.value + ((PyInt) b).value);
            }
        } else if (plainInts(a, b)) {
            return PyInt.add((PyInt) a, (PyInt) b);
        }
        return Ops.binary(BinaryOp.ADD, a, b);
    }

    public static PyObject sub(PyObject a, PyObject b) {
        if (plainFloat(a)) {
            PyFloat x = (PyFloat) a;
            if (plainFloat(b)) {
                PyFloat y = (PyFloat) b;
                return new PyFloat(x.value - y.value);
            }
        } else if (plainInts(a, b)) {
            return PyInt.sub((PyInt) a, (PyInt) b);
        }
        return Ops.binary(BinaryOp.SUB, a, b);
    }

    public static PyObject mul(PyObject a, PyObject b) {
        if (plainFloat(a)) {
            PyFloat x = (PyFloat) a;
            if (plainFloat(b)) {
                PyFloat y = (PyFloat) b;
                return new PyFloat(x.value * y.value);
            }
        } else if (plainInts(a, b)) {
            return PyInt.mul((PyInt) a, (PyInt) b);
        }
        return Ops.binary(BinaryOp.MUL, a, b);
    }

    public static PyObject trueDiv(PyObject a, PyObject b) {
        if (plainFloat(a) && plainFloat(b) && ((PyFloat) b).value != 0.0) {
            return new PyFloat(((PyFloat) a).value / ((PyFloat) b).value);
        }
        return Ops.binary(BinaryOp.TRUEDIV, a, b);
    }

    /** a op= b with the fast paths of the binary operators (ints and floats have no in-place forms). */
    public static PyObject inplace(BinaryOp op, PyObject a, PyObject b) {
        switch (op) {
            case ADD:
                if (plainFloat(a) || plainInts(a, b)) {
                    return add(a, b);
                }
                break;
            case SUB:
                if (plainFloat(a) || plainInts(a, b)) {
                    return sub(a, b);
                }
                break;
            case MUL:
                if (plainFloat(a) || plainInts(a, b)) {
                    return mul(a, b);
                }
                break;
            default:
                break;
        }
        return Ops.inplace(op, a, b);
    }

    /** A binary operator node: its two operands. */
    abstract static class Operands extends ExprNode {
        final ExprNode left;
        final ExprNode right;

        Operands(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }
    }

    static final class Add extends Operands {
        Add(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                return add(left.eval(f), right.eval(f));
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    static final class Sub extends Operands {
        Sub(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                return sub(left.eval(f), right.eval(f));
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    static final class Mul extends Operands {
        Mul(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                return mul(left.eval(f), right.eval(f));
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    static final class TrueDiv extends Operands {
        TrueDiv(ExprNode left, ExprNode right) {
            super(left, right);
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                return trueDiv(left.eval(f), right.eval(f));
            } catch (PyException e) {
                throw located(e);
            }
        }
    }
}
