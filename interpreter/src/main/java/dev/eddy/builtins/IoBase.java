package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.io.ByteArrayOutputStream;

/**
 * The abstract stream classes of {@code _io} ({@code _IOBase}, {@code _RawIOBase},
 * {@code _BufferedIOBase}, {@code _TextIOBase}): the behaviour every stream inherits, written
 * in terms of the methods a concrete stream (or a user's subclass) provides, as CPython's io
 * documents it. They live beside the builtins because the standard streams derive from them too.
 */
public final class IoBase {
    private IoBase() {
    }

    /** io.UnsupportedOperation: both an OSError and a ValueError. */
    public static final PyType UNSUPPORTED = new PyType("UnsupportedOperation",
            new PyType[] {Exceptions.OS_ERROR, Exceptions.VALUE_ERROR}, null, false);

    /** An instance of a stream class: the closed flag every stream has; subclasses add their state. */
    public static class PyIOBase extends PyInstance {
        public boolean closedFlag;

        public PyIOBase(PyType type) {
            super(type);
        }

        /** Whether the stream is closed, as its own {@code closed} attribute says. */
        public boolean isClosed() {
            return closedFlag;
        }

        /** Flushes pending output, for the end of the program. */
        public void flushQuietly() {
            if (!isClosed()) {
                Ops.callMethod(this, "flush");
            }
        }
    }

    public static final PyType IOBASE = type("_IOBase", PyType.OBJECT);
    public static final PyType RAW_IOBASE = type("_RawIOBase", IOBASE);
    public static final PyType BUFFERED_IOBASE = type("_BufferedIOBase", IOBASE);
    public static final PyType TEXT_IOBASE = type("_TextIOBase", IOBASE);

    static {
        UNSUPPORTED.module = "io";
        doc(IOBASE, "The abstract base class for all I/O classes.");
        doc(RAW_IOBASE, "Base class for raw binary I/O.");
        doc(BUFFERED_IOBASE, "Base class for buffered IO objects.");
        doc(TEXT_IOBASE, "Base class for text I/O.");
        defineIoBase();
        defineRaw();
        defineBuffered();
        defineText();
    }

    private static PyType type(String name, PyType base) {
        PyType t = PyType.builtin(name, base, (cls, a, kw) -> new PyIOBase(cls));
        t.module = "_io";
        return t;
    }

    // ---- helpers shared by the stream classes ---------------------------------------------

    public static void doc(PyType t, String text) {
        t.dict.put("__doc__", new PyStr(text));
    }

    public static PyException unsupported(String what) {
        return new PyException(dev.eddy.runtime.Exceptions.make(UNSUPPORTED, what));
    }

    /** The TypeError for a method of {@code type} called on something else. */
    public static PyException wrongSelf(PyObject[] a, PyType type) {
        return Errors.typeError("descriptor requires a '" + type.module + "." + type.name + "' object but received a '"
                + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
    }

    public static PyException closedError() {
        return Errors.valueError("I/O operation on closed file.");
    }

    /** A read size: None or a missing argument mean -1 (everything). */
    public static long size(PyObject[] a, int i) {
        if (a.length <= i || a[i] == null || a[i] == PyNone.NONE) {
            return -1;
        }
        if (a[i].asIndexOrNull() == null) {
            throw Errors.typeError("argument should be integer or None, not '" + a[i].type().name + "'");
        }
        return Ops.index(a[i], null).longValueExact();
    }

    public static void property(PyType t, String name, PyBuiltinFunction.Body getter) {
        t.dict.put(name, new PyProperty(new PyBuiltinFunction(name, getter, true, t), null, null, PyNone.NONE));
        PyType.invalidateCaches();
    }

    public static void propertyRW(PyType t, String name, PyBuiltinFunction.Body getter, PyBuiltinFunction.Body setter) {
        t.dict.put(name, new PyProperty(new PyBuiltinFunction(name, getter, true, t),
                new PyBuiltinFunction(name, setter, true, t), null, PyNone.NONE));
        PyType.invalidateCaches();
    }

    public static boolean closed(PyObject self) {
        if (self instanceof PyIOBase io && self.type().lookup("closed") instanceof PyProperty p
                && p.fget instanceof PyBuiltinFunction bf && bf.owner == IOBASE) {
            return io.closedFlag;
        }
        return Ops.getAttr(self, "closed").isTrue();
    }

    public static void checkClosed(PyObject self) {
        if (closed(self)) {
            throw closedError();
        }
    }

    public static void checkReadable(PyObject self) {
        if (!Ops.callMethod(self, "readable").isTrue()) {
            throw unsupported("File or stream is not readable.");
        }
    }

    public static void checkWritable(PyObject self) {
        if (!Ops.callMethod(self, "writable").isTrue()) {
            throw unsupported("File or stream is not writable.");
        }
    }

    public static void checkSeekable(PyObject self) {
        if (!Ops.callMethod(self, "seekable").isTrue()) {
            throw unsupported("File or stream is not seekable.");
        }
    }

    /** The bytes of a bytes-like object, or a TypeError. */
    public static byte[] bytesOf(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.bytes;
        }
        if (o instanceof dev.eddy.runtime.PyBuffer b) {
            return b.bufferBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name + "'");
    }

    // ---- _IOBase --------------------------------------------------------------------------

    private static void defineIoBase() {
        PyType t = IOBASE;
        t.def("seek", (a, kw) -> {
            throw unsupported("seek");
        });
        t.def("tell", (a, kw) -> Ops.callMethod(a[0], "seek", PyInt.of(0), PyInt.of(1)));
        t.def("truncate", (a, kw) -> {
            throw unsupported("truncate");
        });
        t.def("fileno", (a, kw) -> {
            throw unsupported("fileno");
        });
        t.def("flush", (a, kw) -> {
            if (a[0] instanceof PyIOBase io && io.closedFlag) {
                throw closedError();
            }
            return PyNone.NONE;
        });
        t.def("close", (a, kw) -> {
            if (a[0] instanceof PyIOBase io && !io.closedFlag) {
                try {
                    Ops.callMethod(a[0], "flush");
                } finally {
                    io.closedFlag = true;
                }
            }
            return PyNone.NONE;
        });
        property(t, "closed", (a, kw) -> PyBool.of(a[0] instanceof PyIOBase io && io.closedFlag));
        t.def("readable", (a, kw) -> PyBool.FALSE);
        t.def("writable", (a, kw) -> PyBool.FALSE);
        t.def("seekable", (a, kw) -> PyBool.FALSE);
        t.def("isatty", (a, kw) -> {
            checkClosed(a[0]);
            return PyBool.FALSE;
        });
        t.def("_checkClosed", (a, kw) -> {
            checkClosed(a[0]);
            return PyNone.NONE;
        });
        t.def("_checkReadable", (a, kw) -> {
            checkReadable(a[0]);
            return PyNone.NONE;
        });
        t.def("_checkWritable", (a, kw) -> {
            checkWritable(a[0]);
            return PyNone.NONE;
        });
        t.def("_checkSeekable", (a, kw) -> {
            checkSeekable(a[0]);
            return PyNone.NONE;
        });
        t.def("__enter__", (a, kw) -> {
            checkClosed(a[0]);
            return a[0];
        });
        t.def("__exit__", (a, kw) -> {
            Ops.callMethod(a[0], "close");
            return PyNone.NONE;
        });
        t.def("__iter__", (a, kw) -> {
            checkClosed(a[0]);
            return a[0];
        });
        t.def("__next__", (a, kw) -> {
            PyObject line = Ops.callMethod(a[0], "readline");
            if (Ops.len(line) == 0) {
                throw Errors.stopIteration(null);
            }
            return line;
        });
        t.def("readline", (a, kw) -> {
            Args.checkMethod("readline", a, kw, 0, 1);
            return readlineGeneric(a[0], size(a, 1));
        });
        t.def("readlines", (a, kw) -> {
            Args.checkMethod("readlines", a, kw, 0, 1);
            return readlines(a[0], size(a, 1));
        });
        t.def("writelines", (a, kw) -> {
            Args.checkMethod("writelines", a, kw, 1, 1);
            checkClosed(a[0]);
            PyObject it = a[1].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                Ops.callMethod(a[0], "write", x);
            }
            return PyNone.NONE;
        });
    }

    /** IOBase.readline over read(1) (or peek, when the stream has it). */
    private static PyObject readlineGeneric(PyObject self, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            PyObject b = Ops.callMethod(self, "read", PyInt.of(1));
            if (b == PyNone.NONE || Ops.len(b) == 0) {
                break;
            }
            byte[] bytes = bytesOf(b);
            out.write(bytes, 0, bytes.length);
            if (bytes[bytes.length - 1] == '\n') {
                break;
            }
        }
        return new PyBytes(out.toByteArray());
    }

    /** readlines(hint): lines until their total length reaches hint. */
    public static PyObject readlines(PyObject self, long hint) {
        PyList l = new PyList();
        long total = 0;
        PyObject it = self.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            l.append(x);
            total += Ops.len(x);
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return l;
    }

    // ---- _RawIOBase -----------------------------------------------------------------------

    private static void defineRaw() {
        PyType t = RAW_IOBASE;
        t.def("read", (a, kw) -> {
            Args.checkMethod("read", a, kw, 0, 1);
            long n = size(a, 1);
            if (n < 0) {
                return Ops.callMethod(a[0], "readall");
            }
            // RawIOBase.read(n) fills a fresh bytearray through readinto
            PyObject builtins = dev.eddy.runtime.Importer.current().importModule("builtins");
            PyObject bytearray = builtins instanceof dev.eddy.runtime.PyModule m ? m.get("bytearray") : null;
            if (bytearray == null) {
                throw Errors.notImplemented("RawIOBase.read() needs bytearray, which Eddy does not have yet");
            }
            PyObject buf = bytearray.call(PyInt.of(n));
            PyObject got = Ops.callMethod(a[0], "readinto", buf);
            if (got == PyNone.NONE) {
                return PyNone.NONE;
            }
            PyObject part = buf.getItem(new dev.eddy.runtime.PySlice(PyInt.of(0), got, PyNone.NONE));
            return PyBytes.TYPE.call(part);
        });
        t.def("readall", (a, kw) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                PyObject b = Ops.callMethod(a[0], "read", PyInt.of(8192));
                if (b == PyNone.NONE) {
                    return out.size() == 0 ? PyNone.NONE : new PyBytes(out.toByteArray());
                }
                byte[] bytes = bytesOf(b);
                if (bytes.length == 0) {
                    return new PyBytes(out.toByteArray());
                }
                out.write(bytes, 0, bytes.length);
            }
        });
        t.def("readinto", (a, kw) -> {
            throw Errors.notImplemented("readinto");
        });
        t.def("write", (a, kw) -> {
            throw Errors.notImplemented("write");
        });
    }

    // ---- _BufferedIOBase ------------------------------------------------------------------

    private static void defineBuffered() {
        PyType t = BUFFERED_IOBASE;
        t.def("read", (a, kw) -> {
            throw unsupported("read");
        });
        t.def("read1", (a, kw) -> {
            throw unsupported("read1");
        });
        t.def("write", (a, kw) -> {
            throw unsupported("write");
        });
        t.def("detach", (a, kw) -> {
            throw unsupported("detach");
        });
        t.def("readinto", (a, kw) -> readinto(a, "read"));
        t.def("readinto1", (a, kw) -> readinto(a, "read1"));
    }

    /** readinto(b) over read(len(b)): stores into any object taking slice assignment. */
    private static PyObject readinto(PyObject[] a, String method) {
        Args.checkMethod("readinto", a, null, 1, 1);
        int n = Ops.len(a[1]);
        PyObject data = Ops.callMethod(a[0], method, PyInt.of(n));
        int got = Ops.len(data);
        a[1].setItem(new dev.eddy.runtime.PySlice(PyInt.of(0), PyInt.of(got), PyNone.NONE), data);
        return PyInt.of(got);
    }

    // ---- _TextIOBase ----------------------------------------------------------------------

    private static void defineText() {
        PyType t = TEXT_IOBASE;
        t.def("read", (a, kw) -> {
            throw unsupported("read");
        });
        t.def("readline", (a, kw) -> {
            throw unsupported("readline");
        });
        t.def("write", (a, kw) -> {
            throw unsupported("write");
        });
        t.def("detach", (a, kw) -> {
            throw unsupported("detach");
        });
        property(t, "encoding", (a, kw) -> PyNone.NONE);
        property(t, "newlines", (a, kw) -> PyNone.NONE);
        property(t, "errors", (a, kw) -> PyNone.NONE);
    }

    /** A str argument's value, or CPython's TypeError naming the argument. */
    public static String text(PyObject o, String what) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError(what + " must be str, not " + o.type().name);
    }
}
