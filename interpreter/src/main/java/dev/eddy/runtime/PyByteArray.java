package dev.eddy.runtime;

import java.util.Arrays;

/** Python bytearray: a mutable, growable sequence of bytes with every method of bytes. */
public final class PyByteArray extends PyExtensible implements PyBuffer {
    /** bytearray(...); a user subclass starts empty and its __init__ (or bytearray's) fills it. */
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT,
            (cls, a, kw) -> cls != PyByteArray.TYPE ? adopt(new PyByteArray(BytesMethods.EMPTY.clone()), cls)
                    : new PyByteArray(BytesMethods.constructContents("bytearray", a, kw)));

    /** The contents are {@code buf[0..size)}; the rest is spare capacity. */
    byte[] buf;
    int size;

    public PyByteArray(byte[] contents) {
        this.buf = contents;
        this.size = contents.length;
    }

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    /** A copy of the contents. */
    public byte[] toBytes() {
        return Arrays.copyOf(buf, size);
    }

    // ---- buffer protocol ----------------------------------------------------------------------

    @Override
    public int bufferLength() {
        return size;
    }

    @Override
    public byte[] bufferRead(int offset, int count) {
        return Arrays.copyOfRange(buf, offset, offset + count);
    }

    @Override
    public byte[] bufferBytes() {
        return toBytes();
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public void bufferWrite(int offset, byte[] src, int srcOffset, int count) {
        System.arraycopy(src, srcOffset, buf, offset, count);
    }

    // ---- growing and shrinking ----------------------------------------------------------------

    private void ensureCapacity(int n) {
        if (n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(n, buf.length + (buf.length >> 1) + 8));
        }
    }

    public void append(int b) {
        ensureCapacity(size + 1);
        buf[size++] = (byte) b;
    }

    public void extend(byte[] b) {
        replace(size, size, b);
    }

    /** Replaces {@code [from, to)} by {@code src}. */
    void replace(int from, int to, byte[] src) {
        int newSize = size - (to - from) + src.length;
        ensureCapacity(newSize);
        System.arraycopy(buf, to, buf, from + src.length, size - to);
        System.arraycopy(src, 0, buf, from, src.length);
        if (newSize < size) {
            Arrays.fill(buf, newSize, size, (byte) 0);
        }
        size = newSize;
    }

    // ---- object protocol ------------------------------------------------------------------------

    @Override
    public boolean isTrue() {
        return size > 0;
    }

    @Override
    public int len() {
        return heapOverride("__len__") != null ? super.len() : size;
    }

    @Override
    public PyStr repr() {
        return heapOverride("__repr__") != null ? super.repr() : ownRepr();
    }

    /** str() of a bytearray is its own repr even when a subclass overrides __repr__, as in CPython. */
    @Override
    public PyStr str() {
        return heapOverride("__str__") != null ? super.str() : ownRepr();
    }

    PyStr ownRepr() {
        return new PyStr(type().name + "(" + PyBytes.repr(buf, size, true) + ")");
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: '" + type().name + "'");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject p && Ops.eq(this, p);
    }

    @Override
    public int hashCode() {
        return (int) hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyBuffer b) || other instanceof PyStr) {
            return PyNotImplemented.INSTANCE;
        }
        byte[] o = b.bufferBytes();
        return PyBool.of(op.test(Arrays.compareUnsigned(buf, 0, size, o, 0, o.length)));
    }

    private int index(PyObject key) {
        PyInt k = key.asIndexOrNull();
        if (k == null) {
            throw Errors.typeError("bytearray indices must be integers or slices, not " + key.type().name);
        }
        long i = k.isBig() ? Long.MAX_VALUE : k.value;
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("bytearray index out of range");
        }
        return (int) i;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(size);
            byte[] out = new byte[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                out[i] = buf[j];
            }
            return new PyByteArray(out);
        }
        return PyInt.of(buf[index(key)] & 0xff);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (!(key instanceof PySlice sl)) {
            int i = index(key);
            buf[i] = (byte) byteValue(value);
            return;
        }
        byte[] src = assignable(value);
        int[] r = sl.indices(size);
        if (r[2] == 1) {
            replace(r[0], Math.max(r[0], r[1]), src);
            return;
        }
        if (src.length != r[3]) {
            throw Errors.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + r[3]);
        }
        for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
            buf[j] = src[i];
        }
    }

    /** The right-hand side of a slice assignment: a buffer or an iterable of byte values. */
    private byte[] assignable(PyObject value) {
        if (value instanceof PyBuffer b) {
            return b.bufferBytes().clone();
        }
        if (value instanceof PyStr || value.asIndexOrNull() != null || value.type().lookup("__iter__") == null) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return BytesMethods.asBytes(value);
    }

    @Override
    public void delItem(PyObject key) {
        if (!(key instanceof PySlice sl)) {
            int i = index(key);
            replace(i, i + 1, BytesMethods.EMPTY);
            return;
        }
        int[] r = sl.indices(size);
        int start = r[0], step = r[2], n = r[3];
        if (n == 0) {
            return;
        }
        if (step == 1) {
            replace(start, start + n, BytesMethods.EMPTY);
            return;
        }
        boolean[] drop = new boolean[size];
        for (int i = 0, j = start; i < n; i++, j += step) {
            drop[j] = true;
        }
        int w = 0;
        for (int i = 0; i < size; i++) {
            if (!drop[i]) {
                buf[w++] = buf[i];
            }
        }
        Arrays.fill(buf, w, size, (byte) 0);
        size = w;
    }

    @Override
    public boolean contains(PyObject item) {
        return BytesMethods.contains(toBytes(), item);
    }

    @Override
    public PyObject iter() {
        return new ByteArrayIterator(this);
    }

    /** iter(bytearray): walks the live bytearray by index; pickles as iter(bytearray) and an index. */
    static final class ByteArrayIterator extends IndexIterator {
        static final PyType TYPE = reducibleType("bytearray_iterator");
        private final PyByteArray b;

        ByteArrayIterator(PyByteArray b) {
            super(TYPE, b);
            this.b = b;
        }

        @Override
        int length() {
            return b.size;
        }

        @Override
        PyObject item(int index) {
            return PyInt.of(b.buf[index] & 0xff);
        }
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            if (!(other instanceof PyBuffer b)) {
                throw Errors.typeError("can't concat " + other.type().name + " to " + type().name);
            }
            byte[] o = b.bufferBytes();
            byte[] r = Arrays.copyOf(buf, size + o.length);
            System.arraycopy(o, 0, r, size, o.length);
            return new PyByteArray(r);
        }
        if (op == BinaryOp.MOD) {
            return new PyByteArray(StrFormat.percentBytes(toBytes(), other));
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n && !(other instanceof PyBool)) {
            return new PyByteArray(repeat(n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return new PyByteArray(repeat(n));
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            if (!(other instanceof PyBuffer b)) {
                throw Errors.typeError("can't concat " + other.type().name + " to " + type().name);
            }
            extend(b.bufferBytes());
            return this;
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n && !(other instanceof PyBool)) {
            byte[] r = repeat(n);
            buf = r;
            size = r.length;
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }

    private byte[] repeat(PyInt n) {
        return Ops.repeat(buf, size, n);
    }

    /** A value stored into a bytearray: an int in range(0, 256). */
    static int byteValue(PyObject o) {
        PyInt v = Ops.index(o, null);
        if (v.isBig() || v.value < 0 || v.value > 255) {
            throw Errors.valueError("byte must be in range(0, 256)");
        }
        return (int) v.value;
    }
}
