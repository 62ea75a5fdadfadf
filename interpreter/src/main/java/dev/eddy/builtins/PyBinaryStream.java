package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Buffers;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** sys.stdout.buffer / sys.stdin.buffer: the bytes under a standard text stream, sharing its buffer. */
public final class PyBinaryStream extends PyIterator {
    public static final PyType WRITER_TYPE = streamType("BufferedWriter");
    public static final PyType READER_TYPE = streamType("BufferedReader");

    /** The standard streams' binary layers are buffered streams of _io's class hierarchy. */
    private static PyType streamType(String name) {
        PyType t = PyType.builtin(name, IoBase.BUFFERED_IOBASE, null);
        t.module = "_io";
        Iters.install(t);
        return t;
    }

    private final PyTextStream text;

    PyBinaryStream(PyTextStream text) {
        this.text = text;
    }

    @Override
    public PyType type() {
        return text.isWriter() ? WRITER_TYPE : READER_TYPE;
    }

    @Override
    public PyObject next() {
        byte[] line = text.readLineBytes();
        return line.length == 0 ? null : new PyBytes(line);
    }

    @Override
    public PyStr repr() {
        return new PyStr("<_io." + type().name + " name='" + text.name + "'>");
    }

    private static PyBinaryStream self(PyObject[] a) {
        return (PyBinaryStream) a[0];
    }

    static {
        for (PyType t : new PyType[] {WRITER_TYPE, READER_TYPE}) {
            t.def("write", (a, kw) -> {
                Args.checkMethod("write", a, kw, 1, 1);
                byte[] b = Buffers.bytesLike(a[1]);
                self(a).text.writeBytes(b);
                return PyInt.of(b.length);
            });
            t.def("flush", (a, kw) -> {
                if (self(a).text.isWriter()) {
                    self(a).text.flush();
                }
                return PyNone.NONE;
            });
            t.def("read", (a, kw) -> {
                Args.checkMethod("read", a, kw, 0, 1);
                int n = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1], null).intValueExact() : -1;
                return new PyBytes(self(a).text.readBytes(n));
            });
            t.def("readline", (a, kw) -> new PyBytes(self(a).text.readLineBytes()));
            t.def("readlines", (a, kw) -> {
                PyList l = new PyList();
                for (PyObject x = self(a).next(); x != null; x = self(a).next()) {
                    l.append(x);
                }
                return l;
            });
        }
    }
}
