package dev.eddy.runtime;

import java.util.ArrayList;

/** The abstract object protocol: operators and conversions as the interpreter applies them. */
public final class Ops {
    private Ops() {
    }

    // ---- binary operators -------------------------------------------------------------------

    /** a op b with CPython's dispatch: subclass reflected first, then a.op, then b.rop. */
    public static PyObject binary(BinaryOp op, PyObject a, PyObject b) {
        PyType ta = a.type();
        PyType tb = b.type();
        if (ta != tb && tb.isSubtypeOf(ta) && tb.heapType) {
            PyObject r = b.reflectedBinaryOp(op, a);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            r = a.binaryOp(op, b);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            throw Errors.unsupported(op, a, b);
        }
        PyObject r = a.binaryOp(op, b);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (ta != tb) {
            r = b.reflectedBinaryOp(op, a);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (op == BinaryOp.MUL) {
            if (isSequence(a) && b.asIndexOrNull() == null) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + tb.name + "'");
            }
            if (isSequence(b) && a.asIndexOrNull() == null) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + ta.name + "'");
            }
        }
        if (op == BinaryOp.ADD && a instanceof PyBytes && !(b instanceof PyBuffer)) {
            throw Errors.typeError("can't concat " + tb.name + " to bytes");
        }
        if (op == BinaryOp.ADD && b instanceof PyStr && !(a instanceof PyStr)) {
            throw Errors.typeError("unsupported operand type(s) for +: '" + ta.name + "' and 'str'");
        }
        throw Errors.unsupported(op, a, b);
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes || o instanceof PyByteArray;
    }

    /** a op= b: __iop__ first, then the binary operator. */
    public static PyObject inplace(BinaryOp op, PyObject a, PyObject b) {
        PyObject r = a.inplaceOp(op, b);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        try {
            return binary(op, a, b);
        } catch (PyException e) {
            if (e.matches(Exceptions.TYPE_ERROR) && e.value.args.items.length == 1
                    && e.value.args.items[0].toString().startsWith("unsupported operand type(s) for " + op.symbol + ":")) {
                String sym = op == BinaryOp.POW ? "**=" : op.symbol + "=";
                throw Errors.typeError("unsupported operand type(s) for " + sym + ": '" + a.type().name + "' and '" + b.type().name + "'");
            }
            throw e;
        }
    }

    public static PyObject add(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && !(a instanceof PyBool) && !(b instanceof PyBool)) {
            return PyInt.add(x, y);
        }
        if (a.getClass() == PyFloat.class && b.getClass() == PyFloat.class) {
            return new PyFloat(((PyFloat) a).value + ((PyFloat) b).value);
        }
        return binary(BinaryOp.ADD, a, b);
    }

    // ---- comparisons ---------------------------------------------------------------------------

    /** Rich comparison with reflection; falls back to identity for == and !=. */
    public static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type();
        PyType tb = b.type();
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.heapType;
        if (reflectedFirst) {
            PyObject r = b.richCompare(a, op.swapped());
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        PyObject r = a.richCompare(b, op);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (!reflectedFirst) {
            r = b.richCompare(a, op.swapped());
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (op == CompareOp.EQ) {
            return PyBool.of(a == b);
        }
        if (op == CompareOp.NE) {
            return PyBool.of(a != b);
        }
        throw Errors.typeError("'" + op.symbol + "' not supported between instances of '" + ta.name + "' and '" + tb.name + "'");
    }

    public static boolean compareBool(PyObject a, PyObject b, CompareOp op) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return op.test(x.compareTo(y));
        }
        return compare(a, b, op).isTrue();
    }

    public static boolean eq(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr x && b instanceof PyStr y) {
            return x.value.equals(y.value);
        }
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return x.compareTo(y) == 0;
        }
        return compare(a, b, CompareOp.EQ).isTrue();
    }

    public static boolean lt(PyObject a, PyObject b) {
        return compareBool(a, b, CompareOp.LT);
    }

    /** Lexicographic comparison of two sequences, as list and tuple compare. */
    public static PyObject compareSequences(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op) {
        int n = Math.min(na, nb);
        int i = 0;
        for (; i < n; i++) {
            if (!(a[i] == b[i] || eq(a[i], b[i]))) {
                break;
            }
        }
        if (i >= na || i >= nb) {
            return PyBool.of(op.test(Integer.compare(na, nb)));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return compare(a[i], b[i], op);
    }

    // ---- conversions ---------------------------------------------------------------------------

    /** The items of any iterable as a fresh array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.iteratesOwnItems()) {
            return t.items;
        }
        if (iterable instanceof PyList l && l.iteratesOwnItems()) {
            return l.toArray();
        }
        ArrayList<PyObject> out = new ArrayList<>();
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    /**
     * How many times a sequence of {@code size} items is repeated by {@code * n}: 0 for n <= 0;
     * OverflowError for an n past 64 bits, MemoryError for a result no Java array can hold
     * (CPython's failed allocation).
     */
    public static int repeatCount(PyInt n, int size) {
        if (n.isBig()) {
            throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        }
        long k = n.value;
        if (k <= 0 || size == 0) {
            return 0;
        }
        if (k > (Integer.MAX_VALUE - 16) / size) {
            throw Errors.outOfMemory(null);
        }
        return (int) k;
    }

    public static PyObject[] repeat(PyObject[] items, int size, PyInt n) {
        int k = repeatCount(n, size);
        PyObject[] r = new PyObject[k * size];
        for (int i = 0; i < k; i++) {
            System.arraycopy(items, 0, r, i * size, size);
        }
        return r;
    }

    /** The first {@code size} bytes of {@code bytes}, {@code n} times. */
    public static byte[] repeat(byte[] bytes, int size, PyInt n) {
        int k = repeatCount(n, size);
        byte[] r = new byte[k * size];
        for (int i = 0; i < k; i++) {
            System.arraycopy(bytes, 0, r, i * size, size);
        }
        return r;
    }

    /** operator.index(o), with the TypeError CPython gives when {@code o} has no __index__. */
    public static PyInt index(PyObject o, String what) {
        PyInt i = o.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        return i;
    }

    public static int toInt(PyObject o) {
        return index(o, null).intValueExact();
    }

    public static String str(PyObject o) {
        return o.str().value;
    }

    public static String repr(PyObject o) {
        return o.repr().value;
    }

    public static PyObject getAttr(PyObject o, String name) {
        return o.getAttr(name);
    }

    /** Calls the method {@code name} of {@code self}, without building a bound method when possible. */
    public static PyObject callMethod(PyObject self, String name, PyObject... args) {
        PyType t = self.type();
        if (!(self instanceof PyType) && !(self instanceof PyModule)) {
            PyObject m = t.lookup(name);
            if (m != null && Descriptors.isMethodLike(m)
                    && !(self instanceof PyInstance pi && pi.dict != null && pi.dict.containsKey(name))) {
                return m.call(Args.prepend(self, args), null);
            }
        }
        return self.getAttr(name).call(args, null);
    }

    public static boolean isInstance(PyObject o, PyType t) {
        return o.type().isSubtypeOf(t);
    }

    public static PyObject not(PyObject o) {
        return PyBool.of(!o.isTrue());
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        if (o instanceof PyList l && key instanceof PyInt i && !i.isBig()) {
            long k = i.value;
            if (k < 0) {
                k += l.size;
            }
            if (k >= 0 && k < l.size) {
                return l.items[(int) k];
            }
        }
        return o.getItem(key);
    }

    public static int len(PyObject o) {
        return o.len();
    }
}
