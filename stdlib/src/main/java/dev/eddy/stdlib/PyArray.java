package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Buffers;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyByteArray;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySlice;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;
import java.util.Arrays;

/** array.array: a compact sequence of machine values of one type code (x86-64 sizes). */
final class PyArray extends PyObject implements PyBuffer {
    static final String TYPECODES = "bBuhHiIlLqQfd";
    static final PyType TYPE = Mod.type("array", "array", null, PyArray::construct);

    static {
        TYPE.def("append", (a, kw) -> {
            Args.checkMethod("append", a, kw, 1, 1);
            self(a).append(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("extend", (a, kw) -> {
            Args.checkMethod("extend", a, kw, 1, 1);
            self(a).extend(a[1]);
            return PyNone.NONE;
        });
        TYPE.def("insert", (a, kw) -> {
            Args.checkMethod("insert", a, kw, 2, 2);
            PyArray s = self(a);
            long i = Ops.index(a[1], null).longValueExact();
            long v = s.store(a[2]);
            if (i < 0) {
                i = Math.max(0, i + s.size);
            }
            s.insertAt((int) Math.min(i, s.size), v);
            return PyNone.NONE;
        });
        TYPE.def("pop", (a, kw) -> {
            Args.checkMethod("pop", a, kw, 0, 1);
            PyArray s = self(a);
            long i = a.length > 1 ? Ops.index(a[1], null).longValueExact() : -1;
            if (s.size == 0) {
                throw Errors.indexError("pop from empty array");
            }
            if (i < 0) {
                i += s.size;
            }
            if (i < 0 || i >= s.size) {
                throw Errors.indexError("pop index out of range");
            }
            PyObject r = s.load((int) i);
            s.deleteRange((int) i, 1);
            return r;
        });
        TYPE.def("remove", (a, kw) -> {
            Args.checkMethod("remove", a, kw, 1, 1);
            PyArray s = self(a);
            int i = s.find(a[1], 0, s.size);
            if (i < 0) {
                throw Errors.valueError("array.remove(x): x not in array");
            }
            s.deleteRange(i, 1);
            return PyNone.NONE;
        });
        TYPE.def("index", (a, kw) -> {
            Args.checkMethod("index", a, kw, 1, 3);
            PyArray s = self(a);
            int from = a.length > 2 ? clampIndex(a[2], s.size) : 0;
            int to = a.length > 3 ? clampIndex(a[3], s.size) : s.size;
            int i = s.find(a[1], from, to);
            if (i < 0) {
                throw Errors.valueError("array.index(x): x not in array");
            }
            return PyInt.of(i);
        });
        TYPE.def("count", (a, kw) -> {
            Args.checkMethod("count", a, kw, 1, 1);
            PyArray s = self(a);
            int n = 0;
            for (int i = 0; i < s.size; i++) {
                if (Ops.eq(s.load(i), a[1])) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        TYPE.def("reverse", (a, kw) -> {
            Args.checkMethod("reverse", a, kw, 0, 0);
            PyArray s = self(a);
            for (int i = 0, j = s.size - 1; i < j; i++, j--) {
                long t = s.data[i];
                s.data[i] = s.data[j];
                s.data[j] = t;
            }
            return PyNone.NONE;
        });
        TYPE.def("tobytes", (a, kw) -> {
            Args.checkMethod("tobytes", a, kw, 0, 0);
            return new PyBytes(self(a).toBytes());
        });
        TYPE.def("frombytes", (a, kw) -> {
            Args.checkMethod("frombytes", a, kw, 1, 1);
            self(a).fromBytes(Buffers.bytesLike(a[1]));
            return PyNone.NONE;
        });
        TYPE.def("tolist", (a, kw) -> {
            Args.checkMethod("tolist", a, kw, 0, 0);
            PyArray s = self(a);
            PyList out = new PyList();
            for (int i = 0; i < s.size; i++) {
                out.append(s.load(i));
            }
            return out;
        });
        TYPE.def("fromlist", (a, kw) -> {
            Args.checkMethod("fromlist", a, kw, 1, 1);
            if (!(a[1] instanceof PyList l)) {
                throw Errors.typeError("arg must be list");
            }
            PyArray s = self(a);
            long[] vals = new long[l.size];
            for (int i = 0; i < l.size; i++) {
                vals[i] = s.store(l.items[i]);
            }
            for (long v : vals) {
                s.add(v);
            }
            return PyNone.NONE;
        });
        TYPE.def("tounicode", (a, kw) -> {
            Args.checkMethod("tounicode", a, kw, 0, 0);
            PyArray s = self(a);
            if (s.code != 'u') {
                throw Errors.valueError("tounicode() may only be called on unicode type arrays");
            }
            return new PyStr(s.unicode());
        });
        TYPE.def("fromunicode", (a, kw) -> {
            Args.checkMethod("fromunicode", a, kw, 1, 1);
            PyArray s = self(a);
            if (!(a[1] instanceof PyStr str)) {
                throw Errors.typeError("fromunicode() argument must be str, not " + a[1].type().name);
            }
            if (s.code != 'u') {
                throw Errors.valueError("fromunicode() may only be called on unicode type arrays");
            }
            str.value.codePoints().forEach(s::add);
            return PyNone.NONE;
        });
        TYPE.def("byteswap", (a, kw) -> {
            Args.checkMethod("byteswap", a, kw, 0, 0);
            PyArray s = self(a);
            byte[] b = s.toBytes();
            int w = s.itemsize();
            for (int i = 0; i < b.length; i += w) {
                for (int x = i, y = i + w - 1; x < y; x++, y--) {
                    byte t = b[x];
                    b[x] = b[y];
                    b[y] = t;
                }
            }
            int n = s.size;
            s.size = 0;
            s.fromBytes(b);
            s.size = n;
            return PyNone.NONE;
        });
        TYPE.def("buffer_info", (a, kw) -> PyTuple.of(PyInt.of(System.identityHashCode(a[0])), PyInt.of(self(a).size)));
        TYPE.def("__copy__", (a, kw) -> self(a).slice(0, self(a).size, 1));
        TYPE.def("__reduce_ex__", (a, kw) -> {
            Args.checkMethod("__reduce_ex__", a, kw, 1, 1);
            return ArrayReconstructor.reduceEx(self(a), (int) Ops.index(a[1], null).longValueExact(),
                    dev.eddy.runtime.Reduce.dictState(a[0]));
        });
        TYPE.def("__deepcopy__", (a, kw) -> self(a).slice(0, self(a).size, 1));
        TYPE.def("__reversed__", (a, kw) -> {
            PyArray r = self(a).slice(self(a).size - 1, -1, -1);
            return r.iter();
        });
        TYPE.defClassMethod("__class_getitem__", (a, kw) -> a[0]);
    }

    final char code;
    /** Items: integer values (unsigned ones as their bits), code points, or double bits for 'f' and 'd'. */
    long[] data = new long[8];
    int size;

    PyArray(char code) {
        this.code = code;
    }

    private static PyArray self(PyObject[] a) {
        return (PyArray) a[0];
    }

    private static int clampIndex(PyObject o, int size) {
        long i = Ops.index(o, null).toBig().max(BigInteger.valueOf(-(long) size - 1)).min(BigInteger.valueOf(size)).longValue();
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return (int) i;
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("array.array() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw Errors.typeError("array() takes at most 2 arguments (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyStr tc) || tc.codePointLength() != 1) {
            throw Errors.typeError("array() argument 1 must be a unicode character, not " + a[0].type().name);
        }
        char c = tc.value.charAt(0);
        if (TYPECODES.indexOf(c) < 0) {
            throw Errors.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray arr = new PyArray(c);
        if (a.length == 2) {
            PyObject init = a[1];
            if (init instanceof PyStr s) {
                if (c != 'u') {
                    throw Errors.typeError("cannot use a str to initialize an array with typecode '" + c + "'");
                }
                s.value.codePoints().forEach(arr::add);
            } else if (init instanceof PyBytes || init instanceof PyByteArray) {
                arr.fromBytes(Buffers.bytesLike(init));
            } else if (init instanceof PyArray other && other.code == 'u' && c != 'u') {
                throw Errors.typeError("cannot use a unicode array to initialize an array with typecode '" + c + "'");
            } else {
                arr.extend(init);
            }
        }
        return arr;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    int itemsize() {
        switch (code) {
            case 'b': case 'B': return 1;
            case 'h': case 'H': return 2;
            case 'i': case 'I': case 'f': case 'u': return 4;
            default: return 8;
        }
    }

    private boolean isFloat() {
        return code == 'f' || code == 'd';
    }

    /** The stored form of a Python value, checked as CPython checks it. */
    long store(PyObject v) {
        if (code == 'u') {
            if (!(v instanceof PyStr s) || s.codePointLength() != 1) {
                throw Errors.typeError("array item must be unicode character");
            }
            return s.value.codePointAt(0);
        }
        if (isFloat()) {
            if (!(v instanceof PyFloat) && !(v instanceof PyInt) && v.type().lookup("__float__") == null
                    && v.type().lookup("__index__") == null) {
                throw Errors.typeError("must be real number, not " + v.type().name);
            }
            double d = MathModule.toDouble(v);
            return Double.doubleToRawLongBits(code == 'f' ? (double) (float) d : d);
        }
        if (v instanceof PyFloat) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            throw Errors.typeError("'" + v.type().name + "' object cannot be interpreted as an integer");
        }
        BigInteger b = Ops.index(v, null).toBig();
        long min;
        long max;
        String what;
        switch (code) {
            case 'b': min = -128; max = 127; what = "signed char"; break;
            case 'B': min = 0; max = 255; what = "unsigned byte integer"; break;
            case 'h': min = Short.MIN_VALUE; max = Short.MAX_VALUE; what = "signed short integer"; break;
            case 'H': min = 0; max = 65535; what = "unsigned short"; break;
            case 'i': min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; what = "signed integer"; break;
            case 'I':
                if (b.signum() < 0) {
                    throw Errors.overflow("can't convert negative value to unsigned int");
                }
                min = 0;
                max = 0xFFFFFFFFL;
                what = "unsigned int";
                break;
            case 'l': case 'q':
                if (b.bitLength() > 63) {
                    throw Errors.overflow(code == 'l' ? "Python int too large to convert to C long" : "int too big to convert");
                }
                return b.longValue();
            default: // 'L', 'Q'
                if (b.signum() < 0) {
                    throw Errors.overflow("can't convert negative value to unsigned int");
                }
                if (b.bitLength() > 64) {
                    throw Errors.overflow(code == 'L' ? "Python int too large to convert to C unsigned long" : "int too big to convert");
                }
                return b.longValue();
        }
        if (b.bitLength() > 63 || b.longValue() < min) {
            if (b.signum() < 0) {
                throw Errors.overflow(what + " is less than minimum");
            }
        }
        if (b.bitLength() > 63 || b.longValue() > max) {
            throw Errors.overflow(what + " is greater than maximum");
        }
        if (b.longValue() < min) {
            throw Errors.overflow(what + " is less than minimum");
        }
        return b.longValue();
    }

    PyObject load(int i) {
        long v = data[i];
        switch (code) {
            case 'u': return PyStr.ofCodePoint((int) v);
            case 'f': case 'd': return new PyFloat(Double.longBitsToDouble(v));
            case 'L': case 'Q': return v < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(v))) : PyInt.of(v);
            default: return PyInt.of(v);
        }
    }

    void add(long v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, size * 2 + 1);
        }
        data[size++] = v;
    }

    private void insertAt(int i, long v) {
        add(0);
        System.arraycopy(data, i, data, i + 1, size - 1 - i);
        data[i] = v;
    }

    private void deleteRange(int from, int n) {
        System.arraycopy(data, from + n, data, from, size - from - n);
        size -= n;
    }

    void append(PyObject v) {
        add(store(v));
    }

    void extend(PyObject iterable) {
        if (iterable instanceof PyArray other) {
            if (other.code != code) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            long[] copy = Arrays.copyOf(other.data, other.size);
            for (long v : copy) {
                add(v);
            }
            return;
        }
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            append(x);
        }
    }

    private int find(PyObject x, int from, int to) {
        for (int i = from; i < to && i < size; i++) {
            if (Ops.eq(load(i), x)) {
                return i;
            }
        }
        return -1;
    }

    byte[] toBytes() {
        int w = itemsize();
        byte[] out = new byte[size * w];
        for (int i = 0; i < size; i++) {
            long v = code == 'f' ? Float.floatToRawIntBits((float) Double.longBitsToDouble(data[i])) : data[i];
            for (int k = 0; k < w; k++) {
                out[i * w + k] = (byte) (v >>> (8 * k));
            }
        }
        return out;
    }

    // ---- buffer protocol: the items' little-endian bytes --------------------------------------

    /** The item's bytes as one little-endian value (float items as their 4-byte bits). */
    private long rawBits(int i) {
        return code == 'f' ? Float.floatToRawIntBits((float) Double.longBitsToDouble(data[i])) : data[i];
    }

    /** The stored form of an item read back from its little-endian bytes. */
    private long fromRaw(long v) {
        switch (code) {
            case 'b': return (byte) v;
            case 'h': return (short) v;
            case 'i': return (int) v;
            case 'f': return Double.doubleToRawLongBits(Float.intBitsToFloat((int) v));
            case 'B': return v & 0xff;
            case 'H': return v & 0xffff;
            case 'I': case 'u': return v & 0xffffffffL;
            default: return v;
        }
    }

    @Override
    public int bufferLength() {
        return size * itemsize();
    }

    @Override
    public byte[] bufferRead(int offset, int count) {
        int w = itemsize();
        byte[] out = new byte[count];
        for (int k = 0; k < count; k++) {
            int b = offset + k;
            out[k] = (byte) (rawBits(b / w) >>> (8 * (b % w)));
        }
        return out;
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public void bufferWrite(int offset, byte[] src, int srcOffset, int count) {
        int w = itemsize();
        for (int k = 0; k < count; k++) {
            int b = offset + k;
            int i = b / w;
            int shift = 8 * (b % w);
            long raw = rawBits(i) & ~(0xffL << shift) | (long) (src[srcOffset + k] & 0xff) << shift;
            data[i] = fromRaw(raw);
        }
    }

    @Override
    public String bufferFormat() {
        return code == 'u' ? "w" : String.valueOf(code);
    }

    @Override
    public int bufferItemsize() {
        return itemsize();
    }

    void fromBytes(byte[] b) {
        int w = itemsize();
        if (b.length % w != 0) {
            throw Errors.valueError("bytes length not a multiple of item size");
        }
        for (int i = 0; i < b.length; i += w) {
            long v = 0;
            for (int k = 0; k < w; k++) {
                v |= (long) (b[i + k] & 0xff) << (8 * k);
            }
            switch (code) {
                case 'b': v = (byte) v; break;
                case 'h': v = (short) v; break;
                case 'i': v = (int) v; break;
                case 'f': v = Double.doubleToRawLongBits(Float.intBitsToFloat((int) v)); break;
                default: break;
            }
            add(v);
        }
    }

    String unicode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            sb.appendCodePoint((int) data[i]);
        }
        return sb.toString();
    }

    PyArray slice(int start, int stop, int step) {
        PyArray r = new PyArray(code);
        for (int i = start; step > 0 ? i < stop : i > stop; i += step) {
            r.add(data[i]);
        }
        return r;
    }

    @Override
    public int len() {
        return size;
    }

    private int index(PyObject key) {
        long i = Ops.index(key, null).longValueExact();
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("array index out of range");
        }
        return (int) i;
    }

    @Override
    public PyObject getItem(PyObject key) {
        if (key instanceof PySlice s) {
            int[] ix = s.indices(size);
            PyArray r = new PyArray(code);
            for (int k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                r.add(data[i]);
            }
            return r;
        }
        return load(index(key));
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        if (key instanceof PySlice s) {
            if (!(value instanceof PyArray other)) {
                throw Errors.typeError("can only assign array (not \"" + value.type().name + "\") to array slice");
            }
            if (other.code != code) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            long[] src = Arrays.copyOf(other.data, other.size);
            int[] ix = s.indices(size);
            if (ix[2] == 1) {
                int lo = ix[0];
                int hi = Math.max(lo, ix[1]);
                long[] nd = new long[size - (hi - lo) + src.length + 1];
                System.arraycopy(data, 0, nd, 0, lo);
                System.arraycopy(src, 0, nd, lo, src.length);
                System.arraycopy(data, hi, nd, lo + src.length, size - hi);
                data = nd;
                size = size - (hi - lo) + src.length;
                return;
            }
            if (src.length != ix[3]) {
                throw Errors.valueError("attempt to assign array of size " + src.length + " to extended slice of size " + ix[3]);
            }
            for (int k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                data[i] = src[k];
            }
            return;
        }
        int i = index(key);
        data[i] = store(value);
    }

    @Override
    public void delItem(PyObject key) {
        if (key instanceof PySlice s) {
            int[] ix = s.indices(size);
            boolean[] drop = new boolean[size];
            for (int k = 0, i = ix[0]; k < ix[3]; k++, i += ix[2]) {
                drop[i] = true;
            }
            int w = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    data[w++] = data[i];
                }
            }
            size = w;
            return;
        }
        deleteRange(index(key), 1);
    }

    @Override
    public boolean contains(PyObject item) {
        return find(item, 0, size) >= 0;
    }

    @Override
    public PyObject iter() {
        PyArray self = this;
        return new PyIterator() {
            private int i;

            @Override
            public PyObject next() {
                return i < self.size ? self.load(i++) : null;
            }
        };
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            if (!(other instanceof PyArray o)) {
                throw Errors.typeError("can only append array (not \"" + other.type().name + "\") to array");
            }
            if (o.code != code) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyArray r = slice(0, size, 1);
            r.extend(o);
            return r;
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    private PyArray repeat(PyInt n) {
        long times = n.isBig() ? (n.signum() < 0 ? 0 : Long.MAX_VALUE) : Math.max(0, n.value);
        if (times * size > Integer.MAX_VALUE - 8) {
            throw Errors.of(dev.eddy.runtime.Exceptions.ALL.get("MemoryError"), "");
        }
        PyArray r = new PyArray(code);
        for (long t = 0; t < times; t++) {
            for (int i = 0; i < size; i++) {
                r.add(data[i]);
            }
        }
        return r;
    }

    @Override
    public PyObject reflectedBinaryOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            return repeat(n);
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (op == BinaryOp.ADD) {
            if (!(other instanceof PyArray o)) {
                throw Errors.typeError("can only extend array with array (not \"" + other.type().name + "\")");
            }
            if (o.code != code) {
                throw Errors.typeError("can only extend with array of same kind");
            }
            extend(o);
            return this;
        }
        if (op == BinaryOp.MUL && other instanceof PyInt n) {
            PyArray r = repeat(n);
            data = r.data;
            size = r.size;
            return this;
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PyArray o)) {
            return PyNotImplemented.INSTANCE;
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && size != o.size) {
            return PyBool.of(op == CompareOp.NE);
        }
        PyObject[] a = new PyObject[size];
        PyObject[] b = new PyObject[o.size];
        for (int i = 0; i < size; i++) {
            a[i] = load(i);
        }
        for (int i = 0; i < o.size; i++) {
            b[i] = o.load(i);
        }
        return Ops.compareSequences(a, a.length, b, b.length, op);
    }

    @Override
    public long hash() {
        throw Errors.typeError("unhashable type: 'array.array'");
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "typecode": return PyStr.ofCodePoint(code);
            case "itemsize": return PyInt.of(itemsize());
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public PyStr repr() {
        if (size == 0) {
            return new PyStr("array('" + code + "')");
        }
        if (code == 'u') {
            return new PyStr("array('u', " + new PyStr(unicode()).repr().value + ")");
        }
        StringBuilder sb = new StringBuilder("array('").append(code).append("', [");
        for (int i = 0; i < size; i++) {
            sb.append(i > 0 ? ", " : "").append(load(i).repr().value);
        }
        return new PyStr(sb.append("])").toString());
    }
}
