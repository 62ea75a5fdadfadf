package dev.eddy.runtime;

/** Python tuple: an immutable array of objects. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyType.OBJECT, (cls, a, kw) -> {
        Args.check("tuple", a, kw, 0, 1);
        if (cls != null && cls != PyTuple.TYPE && cls.heapType) {
            return new PyTupleSubclass(cls, a.length == 0 ? new PyObject[0] : Ops.toArray(a[0]));
        }
        if (a.length == 0) {
            return PyTuple.EMPTY;
        }
        if (a[0] instanceof PyTuple t && t.getClass() == PyTuple.class) {
            return t;
        }
        return new PyTuple(Ops.toArray(a[0]));
    });
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    public final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean isTrue() {
        return items.length != 0;
    }

    @Override
    public int len() {
        return items.length;
    }

    @Override
    public PyStr repr() {
        if (items.length == 0) {
            return new PyStr("()");
        }
        if (!ReprGuard.enter(this)) {
            return new PyStr("(...)");
        }
        if (items.length == 1) {
            try {
                return new PyStr("(" + items[0].repr().value + ",)");
            } finally {
                ReprGuard.exit(this);
            }
        }
        StringBuilder sb = new StringBuilder("(");
        try {
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(items[i].repr().value);
            }
        } finally {
            ReprGuard.exit(this);
        }
        return new PyStr(sb.append(')').toString());
    }

    /** Mixes item hashes as CPython's tuplehash (xxHash-based) does. */
    @Override
    public long hash() {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject item : items) {
            long lane = item.hash();
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += items.length ^ (p5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PyTuple t)) {
            return o instanceof PyObject p && Ops.eq(this, p);
        }
        if (t.items.length != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (items[i] != t.items[i] && !Ops.eq(items[i], t.items[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long h = hash();
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyTuple t)) {
            return PyNotImplemented.INSTANCE;
        }
        return Ops.compareSequences(items, items.length, t.items, t.items.length, op);
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PyInt i && !i.isBig()) {
            long k = i.value;
            if (k < 0) {
                k += items.length;
            }
            if (k < 0 || k >= items.length) {
                throw Errors.indexError("tuple index out of range");
            }
            return items[(int) k];
        }
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(items.length);
            PyObject[] out = new PyObject[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                out[i] = items[j];
            }
            return new PyTuple(out);
        }
        PyInt idx = key.asIndexOrNull();
        if (idx == null) {
            throw Errors.typeError("tuple indices must be integers or slices, not " + key.type().name);
        }
        if (idx.isBig()) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return getItem(idx);
    }

    @Override
    public PyObject iter() {
        return new ArrayIterator(items, items.length);
    }

    /** Whether iterating this tuple gives its items (false for a subclass with its own __iter__). */
    public final boolean iteratesOwnItems() {
        return getClass() == PyTuple.class || type().lookup("__iter__") == TYPE.lookup("__iter__");
    }

    @Override
    public boolean contains(PyObject item) {
        for (PyObject x : items) {
            if (x == item || Ops.eq(x, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            if (other instanceof PyTuple t) {
                PyObject[] r = new PyObject[items.length + t.items.length];
                System.arraycopy(items, 0, r, 0, items.length);
                System.arraycopy(t.items, 0, r, items.length, t.items.length);
                return new PyTuple(r);
            }
            throw Errors.typeError("can only concatenate tuple (not \"" + other.type().name + "\") to tuple");
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return new PyTuple(Ops.repeat(items, items.length, n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return new PyTuple(Ops.repeat(items, items.length, n));
        }
        return PyNotImplemented.INSTANCE;
    }
}
