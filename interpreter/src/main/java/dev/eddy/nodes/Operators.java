package dev.eddy.nodes;

import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyObject;

/** Arithmetic, boolean and comparison operators. */
public final class Operators {
    private Operators() {
    }

    /** left op right, with fast paths for small ints and floats. */
    public static final class Binary extends ExprNode {
        final BinaryOp op;
        final ExprNode left;
        final ExprNode right;

        public Binary(BinaryOp op, ExprNode left, ExprNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                PyObject a = left.eval(f);
                PyObject b = right.eval(f);
                if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
                    PyFloat x = (PyFloat) a;
                    PyFloat y = (PyFloat) b;
                    switch (op) {
                        case ADD: return new PyFloat(x.value + y.value);
                        case SUB: return new PyFloat(x.value - y.value);
                        case MUL: return new PyFloat(x.value * y.value);
                        case POW:
                            if (x.value > 0 && y.value == 0.5) {
                                return new PyFloat(Math.sqrt(x.value));
                            }
                            break;
                        default: break;
                    }
                } else if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                    PyInt x = (PyInt) a;
                    PyInt y = (PyInt) b;
                    switch (op) {
                        case ADD: return PyInt.add(x, y);
                        case SUB: return PyInt.sub(x, y);
                        case MUL: return PyInt.mul(x, y);
                        default:
                            PyObject r = PyInt.intOp(op, x, y);
                            if (r != dev.eddy.runtime.PyNotImplemented.INSTANCE) {
                                return r;
                            }
                    }
                }
                return Ops.binary(op, a, b);
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /** not x. */
    public static final class Not extends ExprNode {
        final ExprNode operand;

        public Not(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public PyObject eval(Frame f) {
            return PyBool.of(!operand.isTrue(f));
        }

        @Override
        public boolean isTrue(Frame f) {
            return !operand.isTrue(f);
        }
    }

    /** -x. */
    public static final class Negative extends ExprNode {
        final ExprNode operand;

        public Negative(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                return operand.eval(f).negative();
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /** +x. */
    public static final class Positive extends ExprNode {
        final ExprNode operand;

        public Positive(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                return operand.eval(f).positive();
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /** ~x. */
    public static final class Invert extends ExprNode {
        final ExprNode operand;

        public Invert(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                return operand.eval(f).invert();
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /** a and b and c: the first falsy operand, or the last. */
    public static final class And extends ExprNode {
        final ExprNode[] values;

        public And(ExprNode[] values) {
            this.values = values;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = null;
            for (ExprNode e : values) {
                v = e.eval(f);
                if (!v.isTrue()) {
                    return v;
                }
            }
            return v;
        }

        @Override
        public boolean isTrue(Frame f) {
            for (ExprNode e : values) {
                if (!e.isTrue(f)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** a or b or c: the first truthy operand, or the last. */
    public static final class Or extends ExprNode {
        final ExprNode[] values;

        public Or(ExprNode[] values) {
            this.values = values;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = null;
            for (ExprNode e : values) {
                v = e.eval(f);
                if (v.isTrue()) {
                    return v;
                }
            }
            return v;
        }

        @Override
        public boolean isTrue(Frame f) {
            for (ExprNode e : values) {
                if (e.isTrue(f)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** One comparison operator, including is / in and their negations. */
    public enum Cmp { LT, LE, EQ, NE, GT, GE, IS, IS_NOT, IN, NOT_IN }

    /** CompareOp by Cmp ordinal (values() copies its array on every call). */
    private static final CompareOp[] RICH = CompareOp.values();

    static boolean test(Cmp op, PyObject a, PyObject b) {
        switch (op) {
            case IS: return a == b;
            case IS_NOT: return a != b;
            case IN: return b.contains(a);
            case NOT_IN: return !b.contains(a);
            default: return Ops.compareBool(a, b, RICH[op.ordinal()]);
        }
    }

    static PyObject apply(Cmp op, PyObject a, PyObject b) {
        switch (op) {
            case IS: return PyBool.of(a == b);
            case IS_NOT: return PyBool.of(a != b);
            case IN: return PyBool.of(b.contains(a));
            case NOT_IN: return PyBool.of(!b.contains(a));
            default:
                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                    return PyBool.of(RICH[op.ordinal()].test(((PyInt) a).compareTo((PyInt) b)));
                }
                return Ops.compare(a, b, RICH[op.ordinal()]);
        }
    }

    /** a < b. */
    public static final class Compare extends ExprNode {
        final Cmp op;
        final ExprNode left;
        final ExprNode right;

        public Compare(Cmp op, ExprNode left, ExprNode right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                return apply(op, left.eval(f), right.eval(f));
            } catch (PyException e) {
                throw located(e);
            }
        }

        @Override
        public boolean isTrue(Frame f) {
            try {
                PyObject a = left.eval(f);
                PyObject b = right.eval(f);
                if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
                    PyInt x = (PyInt) a;
                    PyInt y = (PyInt) b;
                    if (!x.isBig() && !y.isBig()) {
                        long p = x.value;
                        long q = y.value;
                        switch (op) {
                            case LT: return p < q;
                            case LE: return p <= q;
                            case EQ: return p == q;
                            case NE: return p != q;
                            case GT: return p > q;
                            case GE: return p >= q;
                            default: break;
                        }
                    }
                }
                switch (op) {
                    case IS: return a == b;
                    case IS_NOT: return a != b;
                    case IN: return b.contains(a);
                    case NOT_IN: return !b.contains(a);
                    default: return apply(op, a, b).isTrue();
                }
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /** a < b <= c: each middle operand evaluated once, stopping at the first false result. */
    public static final class ChainedCompare extends ExprNode {
        final Cmp[] ops;
        final ExprNode[] operands;

        public ChainedCompare(Cmp[] ops, ExprNode[] operands) {
            this.ops = ops;
            this.operands = operands;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                PyObject a = operands[0].eval(f);
                PyObject r = null;
                for (int i = 0; i < ops.length; i++) {
                    PyObject b = operands[i + 1].eval(f);
                    r = apply(ops[i], a, b);
                    if (!r.isTrue()) {
                        return r;
                    }
                    a = b;
                }
                return r;
            } catch (PyException e) {
                throw located(e);
            }
        }
    }

    /** body if test else orelse. */
    public static final class IfExp extends ExprNode {
        final ExprNode test;
        final ExprNode body;
        final ExprNode orelse;

        public IfExp(ExprNode test, ExprNode body, ExprNode orelse) {
            this.test = test;
            this.body = body;
            this.orelse = orelse;
        }

        @Override
        public PyObject eval(Frame f) {
            return test.isTrue(f) ? body.eval(f) : orelse.eval(f);
        }
    }
}
