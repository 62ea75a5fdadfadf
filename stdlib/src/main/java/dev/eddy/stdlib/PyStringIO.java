package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Buffers;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/**
 * io.StringIO and io.BytesIO: an in-memory file over a growable buffer of chars or bytes,
 * with a position; writes overwrite from the position and extend the buffer.
 */
public final class PyStringIO extends PyIterator {
    public static final PyType STRING_IO = Mod.type("_io", "StringIO", null, (cls, a, kw) -> {
        PyObject[] p = Args.bind("StringIO", a, kw, new String[] {"initial_value", "newline"}, 0);
        PyStringIO f = new PyStringIO(cls, false);
        if (p[0] != null && p[0] != PyNone.NONE) {
            f.text.append(text(p[0], "initial_value must be str or None, not "));
        }
        return f;
    });
    public static final PyType BYTES_IO = Mod.type("_io", "BytesIO", null, (cls, a, kw) -> {
        PyObject[] p = Args.bind("BytesIO", a, kw, new String[] {"initial_bytes"}, 0);
        PyStringIO f = new PyStringIO(cls, true);
        if (p[0] != null && p[0] != PyNone.NONE) {
            byte[] b = bytes(p[0]);
            f.bytes = Arrays.copyOf(b, Math.max(16, b.length));
            f.size = b.length;
        }
        return f;
    });

    private final PyType type;
    private final boolean binary;
    private final StringBuilder text = new StringBuilder();
    private byte[] bytes = new byte[16];
    private int size;
    private int pos;
    private boolean closed;

    private PyStringIO(PyType type, boolean binary) {
        this.type = type;
        this.binary = binary;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static String text(PyObject o, String message) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(message + o.type().name);
    }

    private static byte[] bytes(PyObject o) {
        return Buffers.bytesLike(o);
    }

    private int length() {
        return binary ? size : text.length();
    }

    private void check() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file");
        }
    }

    /** Writes at the position, padding a gap with NULs; returns the count written. */
    int write(PyObject data) {
        check();
        if (binary) {
            byte[] b = bytes(data);
            int end = pos + b.length;
            if (end > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
            }
            System.arraycopy(b, 0, bytes, pos, b.length);
            size = Math.max(size, end);
            pos = end;
            return b.length;
        }
        if (!(data instanceof PyStr ps)) {
            throw Errors.typeError("string argument expected, got '" + data.type().name + "'");
        }
        String s = ps.value;
        while (text.length() < pos) {
            text.append('\0');
        }
        int end = pos + s.length();
        text.replace(pos, Math.min(end, text.length()), s);
        pos = end;
        return s.codePointCount(0, s.length());
    }

    private PyObject slice(int from, int to) {
        return binary ? new PyBytes(Arrays.copyOfRange(bytes, from, to)) : new PyStr(text.substring(from, to));
    }

    PyObject read(int n) {
        check();
        int len = length();
        int from = Math.min(pos, len);
        int to = n < 0 ? len : Math.min(len, from + n);
        pos = Math.max(pos, to);
        return slice(from, to);
    }

    PyObject readLine(int limit) {
        check();
        int len = length();
        int from = Math.min(pos, len);
        int to = from;
        while (to < len && (limit < 0 || to - from < limit)) {
            boolean nl = binary ? bytes[to] == '\n' : text.charAt(to) == '\n';
            to++;
            if (nl) {
                break;
            }
        }
        pos = Math.max(pos, to);
        return slice(from, to);
    }

    @Override
    public PyObject iter() {
        check();
        return this;
    }

    @Override
    public PyObject next() {
        PyObject line = readLine(-1);
        return line.len() == 0 ? null : line;
    }

    @Override
    public PyStr repr() {
        return new PyStr("<_io." + type.name + " object at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16) + ">");
    }

    private static PyStringIO self(PyObject[] a) {
        return (PyStringIO) a[0];
    }

    private static int optInt(PyObject[] a, int i, int dflt) {
        return a.length > i && a[i] != PyNone.NONE ? Ops.index(a[i], null).intValueExact() : dflt;
    }

    static {
        for (PyType t : new PyType[] {STRING_IO, BYTES_IO}) {
            t.def("write", (a, kw) -> {
                Args.checkMethod("write", a, kw, 1, 1);
                return PyInt.of(self(a).write(a[1]));
            });
            t.def("writelines", (a, kw) -> {
                Args.checkMethod("writelines", a, kw, 1, 1);
                PyObject it = a[1].iter();
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    self(a).write(x);
                }
                return PyNone.NONE;
            });
            t.def("getvalue", (a, kw) -> {
                PyStringIO f = self(a);
                f.check();
                return f.slice(0, f.length());
            });
            t.def("read", (a, kw) -> {
                Args.checkMethod("read", a, kw, 0, 1);
                return self(a).read(optInt(a, 1, -1));
            });
            t.def("readline", (a, kw) -> {
                Args.checkMethod("readline", a, kw, 0, 1);
                return self(a).readLine(optInt(a, 1, -1));
            });
            t.def("readlines", (a, kw) -> {
                PyList l = new PyList();
                for (PyObject x = self(a).next(); x != null; x = self(a).next()) {
                    l.append(x);
                }
                return l;
            });
            t.def("seek", (a, kw) -> {
                Args.checkMethod("seek", a, kw, 1, 2);
                PyStringIO f = self(a);
                f.check();
                int off = optInt(a, 1, 0);
                int whence = optInt(a, 2, 0);
                if (whence == 0 && off < 0) {
                    throw Errors.valueError("Negative seek position " + off);
                }
                f.pos = whence == 0 ? off : whence == 1 ? f.pos + off : f.length() + off;
                return PyInt.of(f.pos);
            });
            t.def("tell", (a, kw) -> {
                self(a).check();
                return PyInt.of(self(a).pos);
            });
            t.def("truncate", (a, kw) -> {
                Args.checkMethod("truncate", a, kw, 0, 1);
                PyStringIO f = self(a);
                f.check();
                int n = Math.min(optInt(a, 1, f.pos), f.length());
                if (f.binary) {
                    f.size = n;
                } else {
                    f.text.setLength(n);
                }
                return PyInt.of(n);
            });
            t.def("close", (a, kw) -> {
                self(a).closed = true;
                return PyNone.NONE;
            });
            t.def("flush", (a, kw) -> PyNone.NONE);
            t.def("isatty", (a, kw) -> PyBool.FALSE);
            t.def("readable", (a, kw) -> PyBool.TRUE);
            t.def("writable", (a, kw) -> PyBool.TRUE);
            t.def("seekable", (a, kw) -> PyBool.TRUE);
            t.def("__enter__", (a, kw) -> a[0]);
            t.def("__exit__", (a, kw) -> {
                self(a).closed = true;
                return PyNone.NONE;
            });
            t.def("__iter__", (a, kw) -> a[0].iter());
            t.def("__next__", (a, kw) -> {
                PyObject r = a[0].next();
                if (r == null) {
                    throw Errors.stopIteration(null);
                }
                return r;
            });
        }
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (name.equals("closed")) {
            return PyBool.of(closed);
        }
        return super.lookupAttr(name);
    }
}
