package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/**
 * The byte buffer behind StreamReader (CPython uses a bytearray there): append at the end,
 * search, and consume from the front.
 */
final class StreamBuffer extends PyObject {
    static final PyType TYPE = PyType.builtin("_StreamBuffer", PyType.OBJECT, (cls, a, kw) -> new StreamBuffer());

    private byte[] data = new byte[256];
    private int start;
    private int end;

    @Override
    public PyType type() {
        return TYPE;
    }

    int size() {
        return end - start;
    }

    void extend(byte[] b) {
        if (end + b.length > data.length) {
            int n = size();
            byte[] nd = n + b.length > data.length / 2 ? new byte[Math.max(data.length * 2, n + b.length)] : data;
            System.arraycopy(data, start, nd, 0, n);
            data = nd;
            start = 0;
            end = n;
        }
        System.arraycopy(b, 0, data, end, b.length);
        end += b.length;
    }

    int find(byte[] sep, int offset) {
        int n = size();
        outer:
        for (int i = Math.max(0, offset); i + sep.length <= n; i++) {
            for (int j = 0; j < sep.length; j++) {
                if (data[start + i + j] != sep[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    byte[] take(int n) {
        n = Math.max(0, Math.min(n, size()));
        byte[] out = java.util.Arrays.copyOfRange(data, start, start + n);
        start += n;
        if (start == end) {
            start = 0;
            end = 0;
        }
        return out;
    }

    private static byte[] bytes(PyObject o) {
        if (o instanceof PyBuffer b) {
            return b.bufferBytes();
        }
        PyObject[] items = Ops.toArray(o);
        byte[] out = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = (byte) Ops.toInt(items[i]);
        }
        return out;
    }

    @Override
    public int len() {
        return size();
    }

    @Override
    public boolean isTrue() {
        return size() > 0;
    }

    static {
        TYPE.module = "asyncio.streams";
        TYPE.def("extend", (a, kw) -> {
            SelfCheck.of(a[0], StreamBuffer.class, "_StreamBuffer").extend(bytes(a[1]));
            return PyNone.NONE;
        });
        TYPE.def("find", (a, kw) -> {
            Args.checkMethod("find", a, kw, 1, 2);
            return PyInt.of(SelfCheck.of(a[0], StreamBuffer.class, "_StreamBuffer").find(bytes(a[1]), a.length > 2 ? Ops.toInt(a[2]) : 0));
        });
        TYPE.def("startswith", (a, kw) -> {
            StreamBuffer b = (StreamBuffer) a[0];
            byte[] sep = bytes(a[1]);
            int off = a.length > 2 ? Ops.toInt(a[2]) : 0;
            return PyBool.of(off + sep.length <= b.size() && b.find(sep, off) == off);
        });
        TYPE.def("take", (a, kw) -> new PyBytes(SelfCheck.of(a[0], StreamBuffer.class, "_StreamBuffer").take(Ops.toInt(a[1]))));
        TYPE.def("take_all", (a, kw) -> {
            StreamBuffer b = (StreamBuffer) a[0];
            return new PyBytes(b.take(b.size()));
        });
        TYPE.def("clear", (a, kw) -> {
            StreamBuffer b = (StreamBuffer) a[0];
            b.start = 0;
            b.end = 0;
            return PyNone.NONE;
        });
        TYPE.def("__len__", (a, kw) -> PyInt.of(SelfCheck.of(a[0], StreamBuffer.class, "_StreamBuffer").size()));
        TYPE.def("__bool__", (a, kw) -> PyBool.of(SelfCheck.of(a[0], StreamBuffer.class, "_StreamBuffer").size() > 0));
    }
}
