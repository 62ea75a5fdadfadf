package dev.eddy.runtime;

import java.util.Arrays;

/**
 * Python memoryview: a one-dimensional view of another object's buffer. Slicing makes a new
 * view of the same memory; writes through a view of a bytearray or array change it. Each
 * access goes through the exporter's {@link PyBuffer}, so a view sees the exporter's current
 * storage (Eddy does not lock a bytearray against resizing while views exist; an access past
 * a shrunken exporter's end raises IndexError).
 */
public final class PyMemoryView extends PyObject implements PyBuffer {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT, (cls, a, kw) -> {
        PyObject[] p = Args.bind("memoryview", a, kw, new String[] {"object"}, 1);
        return of(p[0]);
    }).notAcceptableBase();

    /** The object whose memory this views (memoryview.obj). */
    final PyObject obj;
    private final PyBuffer base;
    /** Offset of item 0 in the base's bytes, and the distance between items in bytes (negative when reversed). */
    private final int start;
    private final int step;
    /** The number of items. */
    final int length;
    final String format;
    final int itemsize;
    final boolean readonly;
    private boolean released;

    private PyMemoryView(PyObject obj, PyBuffer base, int start, int step, int length, String format, int itemsize, boolean readonly) {
        this.obj = obj;
        this.base = base;
        this.start = start;
        this.step = step;
        this.length = length;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
    }

    /** memoryview(o): "memoryview: a bytes-like object is required, not 'str'". */
    public static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            return new PyMemoryView(m.obj, m.base, m.start, m.step, m.length, m.format, m.itemsize, m.readonly);
        }
        if (!(o instanceof PyBuffer b)) {
            throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.type().name + "'");
        }
        int size = b.bufferItemsize();
        return new PyMemoryView(o, b, 0, size, b.bufferLength() / size, b.bufferFormat(), size, b.bufferReadonly());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void checkReleased() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    void release() {
        released = true;
    }

    boolean released() {
        return released;
    }

    int strides() {
        return step;
    }

    boolean contiguous() {
        return step == itemsize || length <= 1;
    }

    PyMemoryView toReadonly() {
        checkReleased();
        return new PyMemoryView(obj, base, start, step, length, format, itemsize, true);
    }

    /** memoryview.cast(format): to or from a byte format, over contiguous memory. */
    PyMemoryView cast(String fmt) {
        checkReleased();
        if (!contiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        int size = ItemCodec.itemsize(fmt);
        if (size < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (!ItemCodec.isByteFormat(format) && !ItemCodec.isByteFormat(f)) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = length * itemsize;
        if (nbytes % size != 0) {
            throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        }
        return new PyMemoryView(obj, base, start, size, nbytes / size, f, size, readonly);
    }

    // ---- buffer protocol ----------------------------------------------------------------------

    @Override
    public int bufferLength() {
        checkReleased();
        return length * itemsize;
    }

    private byte[] item(int i) {
        int off = start + i * step;
        if (off < 0 || off + itemsize > base.bufferLength()) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return base.bufferRead(off, itemsize);
    }

    @Override
    public byte[] bufferRead(int offset, int count) {
        checkReleased();
        if (contiguous() && count > 0) {
            if (start + offset + count > base.bufferLength()) {
                throw Errors.indexError("index out of bounds on dimension 1");
            }
            return base.bufferRead(start + offset, count);
        }
        byte[] out = new byte[count];
        for (int k = 0; k < count; k++) {
            int b = offset + k;
            out[k] = item(b / itemsize)[b % itemsize];
        }
        return out;
    }

    @Override
    public boolean bufferReadonly() {
        return readonly;
    }

    @Override
    public void bufferWrite(int offset, byte[] src, int srcOffset, int count) {
        checkReleased();
        if (readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (contiguous()) {
            base.bufferWrite(start + offset, src, srcOffset, count);
            return;
        }
        for (int k = 0; k < count; k++) {
            int b = offset + k;
            base.bufferWrite(start + (b / itemsize) * step + b % itemsize, src, srcOffset + k, 1);
        }
    }

    @Override
    public String bufferFormat() {
        return format;
    }

    @Override
    public int bufferItemsize() {
        return itemsize;
    }

    // ---- object protocol ------------------------------------------------------------------------

    @Override
    public int len() {
        checkReleased();
        return length;
    }

    @Override
    public PyStr repr() {
        return new PyStr((released ? "<released memory at 0x" : "<memory at 0x")
                + String.format("%012x", (long) System.identityHashCode(this) << 4) + ">");
    }

    @Override
    public long hash() {
        checkReleased();
        if (!readonly) {
            throw Errors.valueError("cannot hash writable memoryview object");
        }
        if (!ItemCodec.isByteFormat(format)) {
            throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        return new PyBytes(bufferBytes()).hash();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyObject p && Ops.eq(this, p);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Equality compares the items' values, as struct unpacks them; a released view equals only itself. */
    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.INSTANCE;
        }
        boolean eq;
        if (this == other) {
            eq = true;
        } else if (released || other instanceof PyMemoryView m && m.released) {
            eq = false;
        } else if (other instanceof PyBuffer) {
            PyMemoryView m = other instanceof PyMemoryView mv ? mv : of(other);
            eq = m.length == length && Arrays.equals(toList(), m.toList());
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    private int index(PyObject key) {
        PyInt k = key.asIndexOrNull();
        if (k == null) {
            throw Errors.typeError("memoryview: invalid slice key");
        }
        long i = k.isBig() ? Long.MAX_VALUE : k.value;
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) i;
    }

    @Override
    public PyObject getItem(PyObject key) {
        checkReleased();
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(length);
            return new PyMemoryView(obj, base, start + r[0] * step, step * r[2], r[3], format, itemsize, readonly);
        }
        if (key instanceof PyTuple t && t.items.length == 0) {
            throw Errors.typeError("invalid indexing of 1-dim memory");
        }
        return ItemCodec.unpack(format, item(index(key)));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        checkReleased();
        if (readonly) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (key instanceof PySlice sl) {
            int[] r = sl.indices(length);
            PyMemoryView target = new PyMemoryView(obj, base, start + r[0] * step, step * r[2], r[3], format, itemsize, false);
            if (!(value instanceof PyBuffer src)) {
                throw Errors.typeError("a bytes-like object is required, not '" + value.type().name + "'");
            }
            PyMemoryView s = of(value);
            if (s.length != target.length || !s.format.equals(format) || s.itemsize != itemsize) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            byte[] data = src.bufferBytes();
            target.bufferWrite(0, data, 0, data.length);
            return;
        }
        int i = index(key);
        base.bufferWrite(start + i * step, ItemCodec.pack(format, itemsize, value), 0, itemsize);
    }

    @Override
    public void delItem(PyObject key) {
        checkReleased();
        throw Errors.typeError("cannot delete memory");
    }

    @Override
    public PyObject iter() {
        checkReleased();
        return new PyIterator() {
            int i;

            @Override
            public PyObject next() {
                return i < length ? ItemCodec.unpack(format, item(i++)) : null;
            }
        };
    }

    /** The items' values, as memoryview.tolist() gives them. */
    PyObject[] toList() {
        checkReleased();
        PyObject[] out = new PyObject[length];
        for (int i = 0; i < length; i++) {
            out[i] = ItemCodec.unpack(format, item(i));
        }
        return out;
    }
}
