package dev.eddy.runtime;

/** Python bool: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE,
            (cls, a, kw) -> {
                Args.check("bool", a, kw, 0, 1);
                return a.length == 0 ? PyBool.FALSE : PyBool.of(a[0].isTrue());
            });
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return value != 0;
    }

    @Override
    public PyStr repr() {
        return value != 0 ? PyStr.TRUE_STR : PyStr.FALSE_STR;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (other instanceof PyBool b && (op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR)) {
            long r = op == BinaryOp.AND ? value & b.value : op == BinaryOp.OR ? value | b.value : value ^ b.value;
            return of(r != 0);
        }
        return super.binaryOp(op, other);
    }
}
