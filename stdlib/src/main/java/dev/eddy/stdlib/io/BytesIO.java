package dev.eddy.stdlib.io;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySlice;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/** _io.BytesIO: a binary stream over a growable in-memory buffer. */
public final class BytesIO extends IoBase.PyIOBase {
    public static final PyType TYPE = PyType.builtin("BytesIO", IoBase.BUFFERED_IOBASE, (cls, a, kw) -> {
        BytesIO b = new BytesIO(cls);
        if (!cls.heapType) {
            b.init(a, kw);
        }
        return b;
    });

    private byte[] buf = new byte[16];
    private int size;
    private int pos;

    private BytesIO(PyType type) {
        super(type);
    }

    void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("BytesIO", a, kw, new String[] {"initial_bytes"}, 0);
        size = 0;
        pos = 0;
        if (p[0] != null && p[0] != PyNone.NONE) {
            byte[] b = IoBase.bytesOf(p[0]);
            buf = Arrays.copyOf(b, Math.max(16, b.length));
            size = b.length;
        }
    }

    /** {@code count} bytes of the contents from {@code offset}, copied (for {@link BytesIOView}). */
    byte[] copyRange(int offset, int count) {
        return Arrays.copyOfRange(buf, offset, offset + count);
    }

    /** Writes over the contents in place, without moving the position (for {@link BytesIOView}). */
    void overwrite(int offset, byte[] src, int srcOffset, int count) {
        System.arraycopy(src, srcOffset, buf, offset, count);
    }

    private void check() {
        if (closedFlag) {
            throw IoBase.closedError();
        }
    }

    int write(byte[] b) {
        check();
        int end = pos + b.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, (byte) 0);
        }
        System.arraycopy(b, 0, buf, pos, b.length);
        size = Math.max(size, end);
        pos = end;
        return b.length;
    }

    byte[] read(long n) {
        check();
        int from = Math.min(pos, size);
        int to = n < 0 ? size : (int) Math.min(size, from + n);
        pos = Math.max(pos, to);
        return Arrays.copyOfRange(buf, from, to);
    }

    byte[] readline(long limit) {
        check();
        int from = Math.min(pos, size);
        int to = from;
        while (to < size && (limit < 0 || to - from < limit)) {
            if (buf[to++] == '\n') {
                break;
            }
        }
        pos = Math.max(pos, to);
        return Arrays.copyOfRange(buf, from, to);
    }

    @Override
    public PyObject iter() {
        if (type == TYPE) {
            check();
            return this;
        }
        return super.iter();
    }

    @Override
    public PyObject next() {
        if (type == TYPE) {
            byte[] line = readline(-1);
            return line.length == 0 ? null : new PyBytes(line);
        }
        return super.next();
    }

    private static BytesIO self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof BytesIO x) {
            return x;
        }
        throw IoBase.wrongSelf(a, TYPE);
    }

    static {
        PyType t = TYPE;
        t.module = "_io";
        IoBase.doc(t, "Buffered I/O implementation using an in-memory bytes buffer.");
        t.def("__init__", (a, kw) -> {
            self(a).init(Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        t.def("getvalue", (a, kw) -> {
            BytesIO b = self(a);
            b.check();
            return new PyBytes(Arrays.copyOf(b.buf, b.size));
        });
        t.def("getbuffer", (a, kw) -> {
            // a live view: writes through it change the stream's bytes
            Args.checkMethod("getbuffer", a, kw, 0, 0);
            BytesIO b = self(a);
            b.check();
            return dev.eddy.runtime.PyMemoryView.of(new BytesIOView(b, b.size));
        });
        t.def("write", (a, kw) -> {
            Args.checkMethod("write", a, kw, 1, 1);
            self(a).check();
            return PyInt.of(self(a).write(IoBase.bytesOf(a[1])));
        });
        t.def("read", (a, kw) -> {
            Args.checkMethod("read", a, kw, 0, 1);
            return new PyBytes(self(a).read(IoBase.size(a, 1)));
        });
        t.def("read1", (a, kw) -> {
            Args.checkMethod("read1", a, kw, 0, 1);
            return new PyBytes(self(a).read(IoBase.size(a, 1)));
        });
        t.def("readinto", (a, kw) -> {
            Args.checkMethod("readinto", a, kw, 1, 1);
            byte[] b = self(a).read(Ops.len(a[1]));
            a[1].setItem(new PySlice(PyInt.of(0), PyInt.of(b.length), PyNone.NONE), new PyBytes(b));
            return PyInt.of(b.length);
        });
        t.def("readline", (a, kw) -> {
            Args.checkMethod("readline", a, kw, 0, 1);
            return new PyBytes(self(a).readline(IoBase.size(a, 1)));
        });
        t.def("__next__", (a, kw) -> {
            byte[] line = self(a).readline(-1);
            if (line.length == 0) {
                throw Errors.stopIteration(null);
            }
            return new PyBytes(line);
        });
        t.def("seek", (a, kw) -> {
            Args.checkMethod("seek", a, kw, 1, 2);
            BytesIO b = self(a);
            b.check();
            long off = Ops.index(a[1], null).longValueExact();
            int whence = a.length > 2 ? Ops.toInt(a[2]) : 0;
            if (whence < 0 || whence > 2) {
                throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (off < 0 && whence == 0) {
                throw Errors.valueError("negative seek value " + off);
            }
            long p = whence == 0 ? off : whence == 1 ? b.pos + off : b.size + off;
            b.pos = (int) Math.max(0, p);
            return PyInt.of(b.pos);
        });
        t.def("tell", (a, kw) -> {
            self(a).check();
            return PyInt.of(self(a).pos);
        });
        t.def("truncate", (a, kw) -> {
            Args.checkMethod("truncate", a, kw, 0, 1);
            BytesIO b = self(a);
            b.check();
            long n = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1], null).longValueExact() : b.pos;
            if (n < 0) {
                throw Errors.valueError("negative size value " + n);
            }
            if (n < b.size) {
                b.size = (int) n;
            }
            return PyInt.of(n);
        });
        t.def("close", (a, kw) -> {
            self(a).closedFlag = true;
            return PyNone.NONE;
        });
        t.def("flush", (a, kw) -> {
            self(a).check();
            return PyNone.NONE;
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            t.def(name, (a, kw) -> {
                self(a).check();
                return PyBool.TRUE;
            });
        }
        t.def("isatty", (a, kw) -> {
            self(a).check();
            return PyBool.FALSE;
        });
        IoBase.property(t, "closed", (a, kw) -> PyBool.of(self(a).closedFlag));
    }
}
