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
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * _io.BufferedReader, BufferedWriter and BufferedRandom: a buffer over a raw stream. Reads
 * fill a read-ahead buffer; writes collect until the buffer is full or flushed. The logical
 * position is the raw position less the unread read-ahead plus the unwritten bytes.
 */
public final class Buffered extends IoBase.PyIOBase {
    public static final PyType READER = type("BufferedReader", true, false);
    public static final PyType WRITER = type("BufferedWriter", false, true);
    public static final PyType RANDOM = type("BufferedRandom", true, true);

    private final boolean canRead;
    private final boolean canWrite;
    PyObject raw;
    /** The raw stream when it is a plain FileIO: then it is called directly. */
    private FileIO file;
    private int bufferSize = 8192;
    private byte[] readBuf = new byte[0];
    private int readPos;
    /** Bytes written but not yet passed to the raw stream. */
    private byte[] pending = new byte[0];
    private int pendingSize;
    private boolean detached;

    private Buffered(PyType type, boolean canRead, boolean canWrite) {
        super(type);
        this.canRead = canRead;
        this.canWrite = canWrite;
    }

    private static PyType type(String name, boolean r, boolean w) {
        PyType t = PyType.builtin(name, IoBase.BUFFERED_IOBASE, (cls, a, kw) -> {
            Buffered b = new Buffered(cls, r, w);
            if (!cls.heapType) {
                b.init(a, kw);
            }
            return b;
        });
        t.module = "_io";
        return t;
    }

    /** A buffered stream over {@code raw}, as open() makes it. */
    static Buffered over(PyType type, PyObject raw, int size) {
        Buffered b = new Buffered(type, type != WRITER, type != READER);
        b.attach(raw, size);
        return b;
    }

    void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind(type.name, a, kw, new String[] {"raw", "buffer_size"}, 1);
        int size = p[1] == null ? 8192 : Ops.toInt(p[1]);
        if (size <= 0) {
            throw Errors.valueError("buffer size must be strictly positive");
        }
        if (canRead) {
            if (!Ops.callMethod(p[0], "readable").isTrue()) {
                throw IoBase.unsupported("File or stream is not readable.");
            }
        }
        if (canWrite) {
            if (!Ops.callMethod(p[0], "writable").isTrue()) {
                throw IoBase.unsupported("File or stream is not writable.");
            }
        }
        if (canRead && canWrite && !Ops.callMethod(p[0], "seekable").isTrue()) {
            throw IoBase.unsupported("File or stream is not seekable.");
        }
        attach(p[0], size);
    }

    private void attach(PyObject r, int size) {
        raw = r;
        file = r instanceof FileIO f && f.type() == FileIO.TYPE ? f : null;
        bufferSize = size;
        if (canWrite) {
            OsState.current().flushAtExit(this);
        }
    }

    // ---- the raw stream ---------------------------------------------------------------------

    private PyObject raw() {
        if (detached) {
            throw Errors.valueError("raw stream has been detached");
        }
        if (raw == null) {
            throw Errors.valueError("I/O operation on uninitialized object");
        }
        return raw;
    }

    /** raw.read(n): null for None (no data yet on a non-blocking stream). */
    private byte[] rawRead(int n) {
        if (file != null) {
            return file.read(n);
        }
        PyObject r = Ops.callMethod(raw(), "read", PyInt.of(n));
        return r == PyNone.NONE ? null : IoBase.bytesOf(r);
    }

    private void rawWrite(byte[] b) {
        if (file != null) {
            file.write(b);
            return;
        }
        int off = 0;
        while (off < b.length) {
            byte[] part = off == 0 ? b : Arrays.copyOfRange(b, off, b.length);
            PyObject n = Ops.callMethod(raw(), "write", new PyBytes(part));
            if (n == PyNone.NONE) {
                throw new dev.eddy.runtime.PyException(dev.eddy.runtime.Exceptions.make(
                        dev.eddy.runtime.Exceptions.BLOCKING_IO_ERROR, "write could not complete without blocking"));
            }
            int k = Ops.toInt(n);
            if (k < 0 || k > part.length) {
                throw Errors.of(dev.eddy.runtime.Exceptions.OS_ERROR, "raw write() returned invalid length " + k + " (should have been between 0 and " + part.length + ")");
            }
            off += k;
        }
    }

    private long rawSeek(long pos, int whence) {
        if (file != null) {
            return file.seek(pos, whence);
        }
        PyObject r = Ops.callMethod(raw(), "seek", PyInt.of(pos), PyInt.of(whence));
        return Ops.index(r, null).longValueExact();
    }

    /** ValueError naming the operation ("read of closed file") when closed. */
    private void checkOpen(String what) {
        raw();
        if (isClosed()) {
            throw Errors.valueError(what.equals("write") ? "write to closed file" : what + " of closed file");
        }
    }

    @Override
    public boolean isClosed() {
        if (file != null) {
            return file.isClosed();
        }
        return raw != null && !detached && IoBase.closed(raw);
    }

    // ---- reading ------------------------------------------------------------------------------

    private int available() {
        return readBuf.length - readPos;
    }

    /** Fills the read-ahead with one raw read; false at end of file. */
    private boolean fill() {
        flushWrites();
        byte[] b = rawRead(bufferSize);
        if (b == null || b.length == 0) {
            return false;
        }
        if (available() == 0) {
            readBuf = b;
        } else {
            byte[] joined = Arrays.copyOfRange(readBuf, readPos, readBuf.length + b.length);
            System.arraycopy(b, 0, joined, available(), b.length);
            readBuf = joined;
        }
        readPos = 0;
        return true;
    }

    private byte[] take(int n) {
        byte[] r = Arrays.copyOfRange(readBuf, readPos, readPos + n);
        readPos += n;
        return r;
    }

    byte[] read(long n) {
        checkReadable("read");
        if (n < -1) {
            throw Errors.valueError("read length must be non-negative or -1");
        }
        if (n < 0) {
            flushWrites();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(readBuf, readPos, available());
            readBuf = new byte[0];
            readPos = 0;
            byte[] rest = file != null ? file.readAll() : readAllRaw();
            out.write(rest, 0, rest.length);
            return out.toByteArray();
        }
        while (available() < n && fill()) {
            // keep reading until enough or end of file
        }
        return take((int) Math.min(n, available()));
    }

    private byte[] readAllRaw() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            byte[] b = rawRead(bufferSize);
            if (b == null || b.length == 0) {
                return out.toByteArray();
            }
            out.write(b, 0, b.length);
        }
    }

    byte[] read1(long n) {
        checkReadable("read");
        if (n < 0) {
            n = bufferSize;
        }
        if (n == 0) {
            return new byte[0];
        }
        if (available() == 0) {
            fill();
        }
        return take((int) Math.min(n, available()));
    }

    byte[] peek() {
        checkReadable("peek");
        if (available() == 0) {
            fill();
        }
        return Arrays.copyOfRange(readBuf, readPos, readBuf.length);
    }

    byte[] readline(long limit) {
        checkReadable("readline");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (available() == 0 && !fill()) {
                break;
            }
            int end = readPos;
            int max = limit < 0 ? readBuf.length : (int) Math.min(readBuf.length, readPos + (limit - out.size()));
            while (end < max && readBuf[end] != '\n') {
                end++;
            }
            boolean found = end < max && readBuf[end] == '\n';
            if (found) {
                end++;
            }
            out.write(readBuf, readPos, end - readPos);
            readPos = end;
            if (found) {
                break;
            }
        }
        return out.toByteArray();
    }

    private void checkReadable(String what) {
        checkOpen(what);
        if (!canRead) {
            throw IoBase.unsupported("read");
        }
    }

    // ---- writing ------------------------------------------------------------------------------

    int write(byte[] b) {
        checkOpen("write");
        if (!canWrite) {
            throw IoBase.unsupported("write");
        }
        if (available() > 0) {
            // writing after reading: the raw position goes back to the logical one
            rawSeek(-available(), 1);
            readBuf = new byte[0];
            readPos = 0;
        }
        if (pendingSize + b.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pendingSize + b.length, Math.max(bufferSize, pending.length * 2)));
        }
        System.arraycopy(b, 0, pending, pendingSize, b.length);
        pendingSize += b.length;
        if (pendingSize >= bufferSize) {
            flushWrites();
        }
        return b.length;
    }

    void flushWrites() {
        if (pendingSize > 0) {
            byte[] b = Arrays.copyOf(pending, pendingSize);
            pendingSize = 0;
            rawWrite(b);
        }
    }

    void flush() {
        if (!canWrite) {
            raw();
            if (isClosed()) {
                throw IoBase.closedError();
            }
            return;
        }
        checkOpen("flush");
        if (canWrite) {
            flushWrites();
        }
    }

    @Override
    public void flushQuietly() {
        if (!isClosed() && !detached && raw != null) {
            flushWrites();
        }
    }

    // ---- positioning --------------------------------------------------------------------------

    long tell() {
        long pos = rawSeek(0, 1) - available() + pendingSize;
        return Math.max(pos, 0);
    }

    long seek(long pos, int whence) {
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("whence value " + whence + " unsupported");
        }
        checkOpen("seek");
        flushWrites();
        if (whence == 1) {
            pos -= available();
        }
        readBuf = new byte[0];
        readPos = 0;
        return rawSeek(pos, whence);
    }

    void close() {
        if (raw == null || detached || isClosed()) {
            return;
        }
        try {
            if (canWrite) {
                flushWrites();
            }
        } finally {
            Ops.callMethod(raw, "close");
        }
    }

    private static Buffered self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof Buffered b) {
            return b;
        }
        throw IoBase.wrongSelf(a, READER);
    }

    private static PyBytes bytes(byte[] b) {
        return new PyBytes(b);
    }

    static {
        IoBase.doc(READER, "Create a new buffered reader using the given readable raw IO object.");
        IoBase.doc(WRITER, "A buffer for a writeable sequential RawIO object.");
        IoBase.doc(RANDOM, "A buffered interface to random access streams.");
        for (PyType t : new PyType[] {READER, WRITER, RANDOM}) {
            t.def("__init__", (a, kw) -> {
                self(a).init(Arrays.copyOfRange(a, 1, a.length), kw);
                return PyNone.NONE;
            });
            t.def("flush", (a, kw) -> {
                self(a).flush();
                return PyNone.NONE;
            });
            t.def("close", (a, kw) -> {
                self(a).close();
                return PyNone.NONE;
            });
            t.def("detach", (a, kw) -> {
                Buffered b = self(a);
                b.flush();
                PyObject r = b.raw;
                b.detached = true;
                return r;
            });
            t.def("seek", (a, kw) -> {
                Args.checkMethod("seek", a, kw, 1, 2);
                return PyInt.of(self(a).seek(Ops.index(a[1], null).longValueExact(), a.length > 2 ? Ops.toInt(a[2]) : 0));
            });
            t.def("tell", (a, kw) -> PyInt.of(self(a).tell()));
            t.def("truncate", (a, kw) -> {
                Args.checkMethod("truncate", a, kw, 0, 1);
                Buffered b = self(a);
                b.checkOpen("truncate");
                if (!b.canWrite) {
                    throw IoBase.unsupported("truncate");
                }
                b.flushWrites();
                PyObject size = a.length > 1 && a[1] != PyNone.NONE ? a[1] : PyInt.of(b.tell());
                b.readBuf = new byte[0];
                b.readPos = 0;
                return Ops.callMethod(b.raw(), "truncate", size);
            });
            t.def("fileno", (a, kw) -> Ops.callMethod(self(a).raw(), "fileno"));
            t.def("isatty", (a, kw) -> Ops.callMethod(self(a).raw(), "isatty"));
            t.def("readable", (a, kw) -> {
                self(a).raw();
                return self(a).canRead ? Ops.callMethod(self(a).raw(), "readable") : PyBool.FALSE;
            });
            t.def("writable", (a, kw) -> {
                self(a).raw();
                return self(a).canWrite ? Ops.callMethod(self(a).raw(), "writable") : PyBool.FALSE;
            });
            t.def("seekable", (a, kw) -> Ops.callMethod(self(a).raw(), "seekable"));
            IoBase.property(t, "raw", (a, kw) -> self(a).raw == null ? PyNone.NONE : self(a).raw);
            IoBase.property(t, "closed", (a, kw) -> Ops.getAttr(self(a).raw(), "closed"));
            IoBase.property(t, "name", (a, kw) -> Ops.getAttr(self(a).raw(), "name"));
            IoBase.property(t, "mode", (a, kw) -> Ops.getAttr(self(a).raw(), "mode"));
            t.def("_dealloc_warn", (a, kw) -> PyNone.NONE);
            t.def("__repr__", (a, kw) -> {
                Buffered b = self(a);
                String cls = b.type.heapType ? b.type.module + "." + b.type.qualname : "_io." + b.type.name;
                if (b.raw == null || b.detached) {
                    return new PyStr("<" + cls + ">");
                }
                PyObject name;
                try {
                    name = b.raw.lookupAttr("name");
                } catch (dev.eddy.runtime.PyException e) {
                    if (!e.matches(dev.eddy.runtime.Exceptions.VALUE_ERROR)) {
                        throw e;
                    }
                    name = null;
                }
                return new PyStr(name == null ? "<" + cls + ">" : "<" + cls + " name=" + name.repr().value + ">");
            });
        }
        for (PyType t : new PyType[] {READER, RANDOM}) {
            t.def("read", (a, kw) -> {
                Args.checkMethod("read", a, kw, 0, 1);
                return bytes(self(a).read(IoBase.size(a, 1)));
            });
            t.def("read1", (a, kw) -> {
                Args.checkMethod("read1", a, kw, 0, 1);
                return bytes(self(a).read1(IoBase.size(a, 1)));
            });
            t.def("peek", (a, kw) -> {
                Args.checkMethod("peek", a, kw, 0, 1);
                return bytes(self(a).peek());
            });
            t.def("readline", (a, kw) -> {
                Args.checkMethod("readline", a, kw, 0, 1);
                return bytes(self(a).readline(IoBase.size(a, 1)));
            });
            t.def("__next__", (a, kw) -> {
                byte[] line = self(a).readline(-1);
                if (line.length == 0) {
                    throw Errors.stopIteration(null);
                }
                return bytes(line);
            });
        }
        for (PyType t : new PyType[] {WRITER, RANDOM}) {
            t.def("write", (a, kw) -> {
                Args.checkMethod("write", a, kw, 1, 1);
                return PyInt.of(self(a).write(IoBase.bytesOf(a[1])));
            });
        }
    }
}
