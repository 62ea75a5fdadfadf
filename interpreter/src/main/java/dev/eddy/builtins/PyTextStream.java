package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A text file object over a byte stream, as CPython's io.TextIOWrapper for sys.stdout,
 * sys.stderr and sys.stdin. Output is UTF-8 encoded into an 8 KiB buffer and reaches the
 * byte stream when the buffer fills, on flush(), on a newline when line buffered, or at
 * every write when write-through. I/O failures surface as OSError (BrokenPipeError for a
 * closed pipe), never as Java exceptions.
 */
public final class PyTextStream extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", IoBase.TEXT_IOBASE, null);

    /** When output reaches the byte stream. */
    public enum Buffering { BLOCK, LINE, WRITE_THROUGH }

    private static final int SIZE = 8192;

    public final String name;
    private final OutputStream out;
    private final LineReader reader;
    private final byte[] buf;
    private int pos;
    private Buffering buffering;
    private final boolean tty;
    private boolean closed;
    private PyBinaryStream binary;
    /**
     * The encoding error handler, as CPython chooses it for the standard streams: "strict",
     * "surrogateescape" (stdin and stdout under the C or POSIX locale) or "backslashreplace"
     * (stderr). It decides what a lone surrogate becomes; UTF-8 can encode everything else.
     */
    private String errors = "strict";

    private PyTextStream(String name, OutputStream out, InputStream in, Buffering buffering, boolean tty) {
        this.name = name;
        this.out = out;
        this.reader = in == null ? null : new LineReader(in);
        this.buf = out == null ? null : new byte[SIZE];
        this.buffering = buffering;
        this.tty = tty;
    }

    public static PyTextStream writer(String name, OutputStream out, Buffering buffering, boolean tty) {
        return new PyTextStream(name, out, null, buffering, tty);
    }

    /** This stream with the encoding error handler {@code errors} (see the field). */
    public PyTextStream withErrors(String errors) {
        this.errors = errors;
        return this;
    }

    public static PyTextStream reader(String name, InputStream in, boolean tty) {
        return new PyTextStream(name, null, in, Buffering.LINE, tty);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The byte stream written to (null for an input stream). */
    public OutputStream outputStream() {
        return out;
    }

    /** The byte stream read from (null for an output stream). */
    public InputStream inputStream() {
        return reader == null ? null : reader.stream();
    }

    // ---- output ------------------------------------------------------------------------------

    /** Writes {@code s}; returns its length in code points. */
    public int write(String s) {
        checkWritable();
        byte[] b = buf;
        int p = pos;
        int start = p;
        int n = s.length();
        int count = n;
        boolean newline = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (p > SIZE - 8) {
                pos = p;
                drain();
                p = 0;
                start = 0;
            }
            if (c < 0x80) {
                b[p++] = (byte) c;
                if (c == '\n' || c == '\r') {
                    newline = true;
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                count--;
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (errors.equals("surrogateescape") && c >= 0xDC80 && c <= 0xDCFF) {
                    b[p++] = (byte) (c - 0xDC00);
                } else if (errors.equals("backslashreplace")) {
                    pos = p;
                    write("\\u" + Integer.toHexString(c));
                    b = buf;
                    p = pos;
                } else {
                    // as CPython's TextIOWrapper, which encodes the whole text before writing any
                    pos = start;
                    throw Errors.of(dev.eddy.runtime.Exceptions.UNICODE_ENCODE_ERROR, "'utf-8' codec can't encode character '\\u"
                            + Integer.toHexString(c) + "' in position " + s.codePointCount(0, i) + ": surrogates not allowed");
                }
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        pos = p;
        if (buffering == Buffering.WRITE_THROUGH || (newline && buffering == Buffering.LINE)) {
            flush();
        }
        return count;
    }

    /** Writes raw bytes (sys.stdout.buffer.write), in order with the text written before. */
    public void writeBytes(byte[] data) {
        checkWritable();
        for (int off = 0; off < data.length; ) {
            if (pos == SIZE) {
                drain();
            }
            int k = Math.min(SIZE - pos, data.length - off);
            System.arraycopy(data, off, buf, pos, k);
            pos += k;
            off += k;
        }
        if (buffering == Buffering.WRITE_THROUGH) {
            flush();
        }
    }

    /** Sends the buffer to the byte stream and flushes it. */
    public void flush() {
        if (closed || out == null) {
            return;
        }
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** flush() for exit time: failures are dropped (there is nobody left to tell). */
    public void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            pos = 0;
        }
    }

    private void drain() {
        int n = pos;
        pos = 0;
        if (n == 0) {
            return;
        }
        try {
            out.write(buf, 0, n);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private static PyException ioError(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Broken pipe") || m.contains("Stream closed") || m.contains("closed")) {
            return new PyException(new PyBaseException(Exceptions.BROKEN_PIPE_ERROR,
                    new PyObject[] {PyInt.of(32), new PyStr("Broken pipe")}));
        }
        return new PyException(new PyBaseException(Exceptions.OS_ERROR, new PyObject[] {PyInt.of(5), new PyStr(m)}));
    }

    private void checkWritable() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        if (out == null) {
            throw Errors.of(Exceptions.OS_ERROR, "not writable");
        }
    }

    // ---- input -------------------------------------------------------------------------------

    /** One line with its newline, "" at end of input. */
    public String readLine(int limit) {
        checkReadable();
        return reader.readLine(limit);
    }

    public String read(int n) {
        checkReadable();
        return reader.read(n);
    }

    byte[] readBytes(int n) {
        checkReadable();
        return reader.readBytes(n);
    }

    byte[] readLineBytes() {
        checkReadable();
        return reader.readLineBytes();
    }

    boolean isWriter() {
        return out != null;
    }

    private void checkReadable() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        if (reader == null) {
            throw Errors.of(Exceptions.OS_ERROR, "not readable");
        }
    }

    @Override
    public PyObject iter() {
        checkReadable();
        return this;
    }

    @Override
    public PyObject next() {
        String line = readLine(-1);
        return line.isEmpty() ? null : new PyStr(line);
    }

    // ---- Python-level attributes ------------------------------------------------------------------

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "name": return new PyStr(name);
            case "mode": return new PyStr(out != null ? "w" : "r");
            case "encoding": return new PyStr("utf-8");
            case "errors": return new PyStr(errors);
            case "closed": return PyBool.of(closed);
            case "line_buffering": return PyBool.of(buffering == Buffering.LINE);
            case "write_through": return PyBool.of(buffering == Buffering.WRITE_THROUGH);
            case "newlines": return PyNone.NONE;
            case "buffer": {
                if (binary == null) {
                    binary = new PyBinaryStream(this);
                }
                return binary;
            }
            default: return super.lookupAttr(attr);
        }
    }

    @Override
    public PyStr repr() {
        return new PyStr("<_io.TextIOWrapper name='" + name + "' mode='" + (out != null ? "w" : "r") + "' encoding='utf-8'>");
    }

    private static int size(PyObject[] a) {
        return a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1], null).intValueExact() : -1;
    }

    static {
        TYPE.module = "_io";
        TYPE.def("write", (a, kw) -> {
            Args.checkMethod("write", a, kw, 1, 1);
            if (!(a[1] instanceof PyStr s)) {
                throw Errors.typeError("write() argument must be str, not " + a[1].type().name);
            }
            return PyInt.of(((PyTextStream) a[0]).write(s.value));
        });
        TYPE.def("writelines", (a, kw) -> {
            Args.checkMethod("writelines", a, kw, 1, 1);
            PyTextStream self = (PyTextStream) a[0];
            PyObject it = a[1].iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                if (!(x instanceof PyStr s)) {
                    throw Errors.typeError("write() argument must be str, not " + x.type().name);
                }
                self.write(s.value);
            }
            return PyNone.NONE;
        });
        TYPE.def("flush", (a, kw) -> {
            PyTextStream self = (PyTextStream) a[0];
            if (self.closed) {
                throw Errors.valueError("I/O operation on closed file.");
            }
            self.flush();
            return PyNone.NONE;
        });
        TYPE.def("close", (a, kw) -> {
            PyTextStream self = (PyTextStream) a[0];
            if (!self.closed) {
                self.flush();
                self.closed = true;
            }
            return PyNone.NONE;
        });
        TYPE.def("readline", (a, kw) -> {
            Args.checkMethod("readline", a, kw, 0, 1);
            return new PyStr(((PyTextStream) a[0]).readLine(size(a)));
        });
        TYPE.def("read", (a, kw) -> {
            Args.checkMethod("read", a, kw, 0, 1);
            return new PyStr(((PyTextStream) a[0]).read(size(a)));
        });
        TYPE.def("readlines", (a, kw) -> {
            PyTextStream self = (PyTextStream) a[0];
            PyList l = new PyList();
            for (String line = self.readLine(-1); !line.isEmpty(); line = self.readLine(-1)) {
                l.append(new PyStr(line));
            }
            return l;
        });
        TYPE.def("isatty", (a, kw) -> PyBool.of(((PyTextStream) a[0]).tty));
        TYPE.def("readable", (a, kw) -> PyBool.of(((PyTextStream) a[0]).reader != null));
        TYPE.def("writable", (a, kw) -> PyBool.of(((PyTextStream) a[0]).out != null));
        TYPE.def("seekable", (a, kw) -> PyBool.FALSE);
        TYPE.def("fileno", (a, kw) -> {
            String n = ((PyTextStream) a[0]).name;
            return PyInt.of(n.equals("<stdin>") ? 0 : n.equals("<stdout>") ? 1 : 2);
        });
        TYPE.def("reconfigure", (a, kw) -> {
            PyTextStream self = (PyTextStream) a[0];
            PyObject[] k = Kw.only("reconfigure", a, kw, "line_buffering", "write_through", "encoding", "errors", "newline");
            if (k[3] instanceof PyStr e) {
                self.flush();
                self.errors = e.value;
            }
            if (k[1] != null && k[1].isTrue()) {
                self.flush();
                self.buffering = Buffering.WRITE_THROUGH;
            } else if (k[0] != null) {
                self.flush();
                self.buffering = k[0].isTrue() ? Buffering.LINE : Buffering.BLOCK;
            }
            return PyNone.NONE;
        });
        TYPE.def("__iter__", (a, kw) -> a[0].iter());
        TYPE.def("__next__", (a, kw) -> {
            PyObject r = a[0].next();
            if (r == null) {
                throw Errors.stopIteration(null);
            }
            return r;
        });
        TYPE.def("__enter__", (a, kw) -> a[0]);
        TYPE.def("__exit__", (a, kw) -> {
            ((PyTextStream) a[0]).flush();
            return PyNone.NONE;
        });
    }
}
