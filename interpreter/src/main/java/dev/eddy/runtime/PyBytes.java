package dev.eddy.runtime;

/** Python bytes: an immutable byte array. */
public final class PyBytes extends PyObject implements PyBuffer {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, (cls, a, kw) -> BytesMethods.construct(a, kw));

    public final byte[] bytes;

    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int bufferLength() {
        return bytes.length;
    }

    @Override
    public byte[] bufferRead(int offset, int count) {
        return java.util.Arrays.copyOfRange(bytes, offset, offset + count);
    }

    @Override
    public byte[] bufferBytes() {
        return bytes;
    }

    @Override
    public boolean bufferReadonly() {
        return true;
    }

    @Override
    public boolean isTrue() {
        return bytes.length > 0;
    }

    @Override
    public int len() {
        return bytes.length;
    }

    @Override
    public PyStr repr() {
        return new PyStr(repr(bytes, bytes.length, false));
    }

    /**
     * The b'...' literal for the first {@code n} bytes of {@code bytes}; bytearray's repr
     * escapes a single quote even inside double quotes ({@code escapeSingle}).
     */
    static String repr(byte[] bytes, int n, boolean escapeSingle) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < n; i++) {
            byte b = bytes[i];
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xff;
            if (c == q || c == '\\' || escapeSingle && c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }

    @Override
    public long hash() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && java.util.Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyBytes b)) {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(op.test(java.util.Arrays.compareUnsigned(bytes, b.bytes)));
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(bytes.length);
            byte[] out = new byte[r[3]];
            for (int i = 0, j = r[0]; i < r[3]; i++, j += r[2]) {
                out[i] = bytes[j];
            }
            return new PyBytes(out);
        }
        long i = Ops.index(key, null).longValueExact();
        if (i < 0) {
            i += bytes.length;
        }
        if (i < 0 || i >= bytes.length) {
            throw Errors.indexError("index out of range");
        }
        return PyInt.of(bytes[(int) i] & 0xff);
    }

    @Override
    public boolean contains(PyObject item) {
        return BytesMethods.contains(bytes, item);
    }

    @Override
    public PyObject iter() {
        return new BytesIterator(this);
    }

    /** iter(bytes): the byte values as ints; pickles as iter(bytes) and an index. */
    static final class BytesIterator extends IndexIterator {
        static final PyType TYPE = reducibleType("bytes_iterator");
        private final PyBytes b;

        BytesIterator(PyBytes b) {
            super(TYPE, b);
            this.b = b;
        }

        @Override
        int length() {
            return b.bytes.length;
        }

        @Override
        PyObject item(int index) {
            return PyInt.of(b.bytes[index] & 0xff);
        }
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD && other instanceof PyBuffer b) {
            byte[] ob = b.bufferBytes();
            byte[] r = java.util.Arrays.copyOf(bytes, bytes.length + ob.length);
            System.arraycopy(ob, 0, r, bytes.length, ob.length);
            return new PyBytes(r);
        }
        if (op == BinaryOp.MOD) {
            return new PyBytes(StrFormat.percentBytes(bytes, other));
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n && !(other instanceof PyBool)) {
            return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    private PyBytes repeat(PyInt n) {
        return new PyBytes(Ops.repeat(bytes, bytes.length, n));
    }
}
