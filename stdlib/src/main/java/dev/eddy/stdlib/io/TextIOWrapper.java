package dev.eddy.stdlib.io;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.BytesMethods;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.StrMethods;

import java.util.Arrays;

/**
 * _io.TextIOWrapper: str over a binary buffer, with an encoding, an errors handler and
 * universal newlines. Bytes are decoded a chunk at a time; a chunk never ends inside a
 * multi-byte character or right after a '\r' (whose '\n' may follow), so that the text of a
 * chunk maps back to its bytes and tell() can give a plain byte offset.
 */
public final class TextIOWrapper extends IoBase.PyIOBase {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", IoBase.TEXT_IOBASE, (cls, a, kw) -> {
        TextIOWrapper t = new TextIOWrapper(cls);
        if (!cls.heapType) {
            t.init(a, kw);
        }
        return t;
    });

    /** The encoding text files get when none is given: the locale's (UTF-8 here, as for CPython in a UTF-8 locale). */
    static final String LOCALE_ENCODING = "UTF-8";
    private static final int CHUNK = 8192;

    PyObject buffer;
    private Buffered fast;
    private boolean detached;
    String encoding;
    private String codec;
    /** The encoding as the codec functions take it (utf-8-sig goes to them as utf-8). */
    private String javaEncoding;
    /** utf-8-sig: a BOM is skipped at the start when reading and written first when writing. */
    private boolean withBom;
    private boolean bomToWrite;
    /** UTF-8 with strict errors: text without surrogates encodes straight through Java. */
    private boolean utf8Strict;
    String errors;
    private PyObject newline;
    private boolean readUniversal;
    private boolean readTranslate;
    private String readNl;
    private boolean writeTranslate;
    private String writeNl;
    boolean lineBuffering;
    boolean writeThrough;
    private int seenNewlines;

    /** The text of the current chunk (translated) and how much of it was read. */
    private String decoded = "";
    private int decodedPos;
    /** The same chunk before newline translation, and the byte offset its bytes start at. */
    private String rawDecoded = "";
    private long chunkStart = -1;
    /** Bytes read but not decoded yet (an incomplete character or a trailing '\r'), and where they start. */
    private byte[] pendingBytes = new byte[0];
    private long nextChunkStart = -1;
    private boolean telling = true;
    private boolean seekable;

    TextIOWrapper(PyType type) {
        super(type);
    }

    void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("TextIOWrapper", a, kw,
                new String[] {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1);
        buffer = p[0];
        fast = buffer instanceof Buffered b && !b.type().heapType ? b : null;
        setEncoding(p[1], p[2]);
        setNewline(p[3] == null ? PyNone.NONE : p[3]);
        lineBuffering = p[4] != null && p[4].isTrue();
        writeThrough = p[5] != null && p[5].isTrue();
        seekable = Ops.callMethod(buffer, "seekable").isTrue();
        telling = seekable;
        // as CPython's encoder: a BOM goes out only when writing starts at the top of the stream
        bomToWrite = withBom && (!seekable || bufferTell() == 0);
        OsState.current().flushAtExit(this);
    }

    private void setEncoding(PyObject enc, PyObject err) {
        if (enc == null || enc == PyNone.NONE) {
            encoding = LOCALE_ENCODING;
        } else {
            String e = IoBase.text(enc, "TextIOWrapper() argument 'encoding'");
            encoding = e.equals("locale") ? LOCALE_ENCODING : e;
        }
        codec = BytesMethods.normalizeEncoding(encoding);
        withBom = codec.equals("utf_8_sig");
        if (withBom) {
            codec = "utf-8";
        }
        javaEncoding = withBom ? "utf-8" : encoding;
        if (!codec.equals("utf-8") && !codec.equals("ascii") && !codec.equals("latin-1")) {
            try {
                java.nio.charset.Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw Errors.of(Exceptions.LOOKUP_ERROR, "unknown encoding: " + encoding);
            }
        }
        errors = err == null || err == PyNone.NONE ? "strict" : IoBase.text(err, "TextIOWrapper() argument 'errors'");
        utf8Strict = codec.equals("utf-8") && errors.equals("strict");
    }

    private void setNewline(PyObject nl) {
        if (nl != PyNone.NONE && !(nl instanceof PyStr)) {
            throw Errors.typeError("TextIOWrapper() argument 'newline' must be str or None, not " + nl.type().name);
        }
        String s = nl == PyNone.NONE ? null : ((PyStr) nl).value;
        if (s != null && !s.isEmpty() && !s.equals("\n") && !s.equals("\r") && !s.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + s);
        }
        newline = nl;
        readUniversal = s == null || s.isEmpty();
        readTranslate = s == null;
        readNl = readUniversal ? null : s;
        writeTranslate = s == null || !s.isEmpty();
        writeNl = s == null || s.isEmpty() ? "\n" : s;
    }

    // ---- the buffer ---------------------------------------------------------------------

    private PyObject buffer() {
        if (detached) {
            throw Errors.valueError("underlying buffer has been detached");
        }
        if (buffer == null) {
            throw Errors.valueError("I/O operation on uninitialized object");
        }
        return buffer;
    }

    @Override
    public boolean isClosed() {
        if (detached || buffer == null) {
            return false;
        }
        return fast != null ? fast.isClosed() : IoBase.closed(buffer);
    }

    private void checkOpen() {
        buffer();
        if (isClosed()) {
            throw IoBase.closedError();
        }
    }

    private byte[] bufferRead1(int n) {
        if (fast != null) {
            return fast.read1(n);
        }
        PyObject r = Ops.callMethod(buffer(), "read1", PyInt.of(n));
        return r == PyNone.NONE ? new byte[0] : IoBase.bytesOf(r);
    }

    private long bufferTell() {
        return fast != null ? fast.tell() : Ops.index(Ops.callMethod(buffer(), "tell"), null).longValueExact();
    }

    // ---- decoding -----------------------------------------------------------------------

    /** How many leading bytes of b decode completely (the rest waits for more bytes). */
    private int completeLength(byte[] b, int n) {
        switch (codec) {
            case "utf-8": {
                int i = n - 1;
                int back = 0;
                while (i >= 0 && back < 3 && (b[i] & 0xC0) == 0x80) {
                    i--;
                    back++;
                }
                if (i < 0) {
                    return n;
                }
                int lead = b[i] & 0xFF;
                int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                return i + need > n && lead >= 0xC0 ? i : n;
            }
            case "ascii": case "latin-1":
                return n;
            default: {
                String c = codec.replace("-", "_");
                int unit = c.startsWith("utf_32") ? 4 : c.startsWith("utf_16") ? 2 : 1;
                return n - n % unit;
            }
        }
    }

    private boolean asciiCompatible() {
        return codec.equals("utf-8") || codec.equals("ascii") || codec.equals("latin-1");
    }

    private String decode(byte[] b) {
        return BytesMethods.decode(b, javaEncoding, errors);
    }

    private String translate(String raw) {
        if (raw.indexOf('\r') < 0) {
            if (raw.indexOf('\n') >= 0) {
                seenNewlines |= 1;
            }
            return raw;
        }
        StringBuilder sb = readTranslate ? new StringBuilder(raw.length()) : null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    seenNewlines |= 4;
                    i++;
                } else {
                    seenNewlines |= 2;
                }
                if (sb != null) {
                    sb.append('\n');
                }
            } else {
                if (c == '\n') {
                    seenNewlines |= 1;
                }
                if (sb != null) {
                    sb.append(c);
                }
            }
        }
        return sb != null ? sb.toString() : raw;
    }

    /** Decodes the next chunk into {@code decoded}; false at end of file with nothing left. */
    private boolean readChunk() {
        if (nextChunkStart < 0 && seekable) {
            nextChunkStart = bufferTell() - pendingBytes.length;
        }
        byte[] data = bufferRead1(CHUNK);
        boolean eof = data.length == 0;
        if (eof && pendingBytes.length == 0) {
            decoded = "";
            decodedPos = 0;
            rawDecoded = "";
            chunkStart = nextChunkStart;
            return false;
        }
        byte[] all = pendingBytes.length == 0 ? data : concat(pendingBytes, data);
        if (withBom && nextChunkStart == 0) {
            if (all.length < 3 && !eof && isBomPrefix(all)) {
                pendingBytes = all;
                return readChunk();
            }
            if (startsWithBom(all)) {
                all = Arrays.copyOfRange(all, 3, all.length);
                nextChunkStart = 3;
            }
        }
        int cut = eof ? all.length : completeLength(all, all.length);
        if (!eof && cut > 0 && asciiCompatible() && all[cut - 1] == '\r') {
            cut--;
        }
        String raw = decode(cut == all.length ? all : Arrays.copyOf(all, cut));
        pendingBytes = Arrays.copyOfRange(all, cut, all.length);
        chunkStart = nextChunkStart;
        if (nextChunkStart >= 0) {
            nextChunkStart += cut;
        }
        rawDecoded = raw;
        decoded = readUniversal ? translate(raw) : raw;
        decodedPos = 0;
        return true;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean isBomPrefix(byte[] b) {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (int i = 0; i < b.length; i++) {
            if (b[i] != bom[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private void resetDecoder() {
        decoded = "";
        decodedPos = 0;
        rawDecoded = "";
        pendingBytes = new byte[0];
        chunkStart = -1;
        nextChunkStart = -1;
    }

    private void checkReadable() {
        checkOpen();
        if (fast != null ? !Ops.callMethod(fast, "readable").isTrue() : !Ops.callMethod(buffer(), "readable").isTrue()) {
            throw IoBase.unsupported("not readable");
        }
    }

    String read(long n) {
        checkReadable();
        flushWrites();
        if (n < 0) {
            StringBuilder sb = new StringBuilder(decoded.substring(decodedPos));
            if (nextChunkStart < 0 && seekable) {
                nextChunkStart = bufferTell() - pendingBytes.length;
            }
            byte[] rest = fast != null ? fast.read(-1) : bytesOrEmpty(Ops.callMethod(buffer(), "read"));
            byte[] all = pendingBytes.length == 0 ? rest : concat(pendingBytes, rest);
            if (withBom && nextChunkStart == 0 && startsWithBom(all)) {
                all = Arrays.copyOfRange(all, 3, all.length);
                nextChunkStart = 3;
            }
            String raw = decode(all);
            sb.append(readUniversal ? translate(raw) : raw);
            long end = nextChunkStart >= 0 ? nextChunkStart + all.length : -1;
            resetDecoder();
            nextChunkStart = end;
            chunkStart = end;
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        long want = n;
        while (want > 0) {
            if (decodedPos >= decoded.length() && !readChunk()) {
                break;
            }
            int end = advance(decoded, decodedPos, want);
            want -= decoded.codePointCount(decodedPos, end);
            sb.append(decoded, decodedPos, end);
            decodedPos = end;
        }
        return sb.toString();
    }

    /** The index {@code n} code points after {@code from} (a surrogate pair is one), at most the end. */
    static int advance(CharSequence s, int from, long n) {
        int i = from;
        int len = s.length();
        while (n > 0 && i < len) {
            i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
            n--;
        }
        return i;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytesOrEmpty(PyObject o) {
        return o == PyNone.NONE ? new byte[0] : IoBase.bytesOf(o);
    }

    String readline(long limit) {
        checkReadable();
        flushWrites();
        StringBuilder sb = null;
        while (true) {
            if (decodedPos >= decoded.length() && !readChunk()) {
                break;
            }
            int end = lineEnd(decoded, decodedPos);
            int stop = end >= 0 ? end : decoded.length();
            if (limit >= 0) {
                long have = sb == null ? 0 : sb.codePointCount(0, sb.length());
                int cap = advance(decoded, decodedPos, limit - have);
                if (cap < stop || decoded.codePointCount(decodedPos, cap) + have >= limit) {
                    stop = Math.min(stop, cap);
                    if (have + decoded.codePointCount(decodedPos, stop) >= limit) {
                        end = stop;
                    }
                }
            }
            if (end >= 0 && sb == null) {
                String line = decoded.substring(decodedPos, stop);
                decodedPos = stop;
                return line;
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(decoded, decodedPos, stop);
            decodedPos = stop;
            if (end >= 0) {
                break;
            }
        }
        return sb == null ? "" : sb.toString();
    }

    /** The index just past the first line ending at or after {@code from}, or -1. */
    private int lineEnd(String s, int from) {
        if (readTranslate) {
            int i = s.indexOf('\n', from);
            return i < 0 ? -1 : i + 1;
        }
        if (readUniversal) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return -1;
        }
        int i = s.indexOf(readNl, from);
        return i < 0 ? -1 : i + readNl.length();
    }

    // ---- writing ------------------------------------------------------------------------

    int write(PyObject o) {
        checkOpen();
        if (!(o instanceof PyStr ps)) {
            throw Errors.typeError("write() argument must be str, not " + o.type().name);
        }
        if (!(fast != null ? fast.type() != Buffered.READER : Ops.callMethod(buffer(), "writable").isTrue())) {
            throw IoBase.unsupported("not writable");
        }
        String s = ps.value;
        boolean hasNl = s.indexOf('\n') >= 0;
        if (writeTranslate && hasNl && !writeNl.equals("\n")) {
            s = s.replace("\n", writeNl);
        }
        boolean flush = writeThrough || lineBuffering && (hasNl || s.indexOf('\r') >= 0);
        byte[] b = utf8Strict && !hasSurrogate(s) ? s.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : StrMethods.encode(s, javaEncoding, errors);
        if (decoded.length() > 0 || pendingBytes.length > 0 || nextChunkStart >= 0) {
            resetDecoder();
        }
        if (bomToWrite) {
            bomToWrite = false;
            b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
        }
        if (fast != null) {
            fast.write(b);
            if (flush) {
                fast.flush();
            }
        } else {
            Ops.callMethod(buffer(), "write", new PyBytes(b));
            if (flush) {
                Ops.callMethod(buffer(), "flush");
            }
        }
        return ps.codePointLength();
    }

    private void flushWrites() {
        // writes go straight to the buffer: nothing is held here
    }

    void flush() {
        checkOpen();
        telling = seekable;
        if (fast != null) {
            fast.flush();
        } else {
            Ops.callMethod(buffer(), "flush");
        }
    }

    @Override
    public void flushQuietly() {
        if (!detached && buffer != null && !isClosed()) {
            flush();
        }
    }

    // ---- positioning --------------------------------------------------------------------

    long tell() {
        checkOpen();
        if (!seekable) {
            throw IoBase.unsupported("underlying stream is not seekable");
        }
        if (!telling) {
            throw Errors.of(Exceptions.OS_ERROR, "telling position disabled by next() call");
        }
        flush();
        if (chunkStart < 0 || decodedPos >= decoded.length()) {
            if (nextChunkStart >= 0) {
                return nextChunkStart;
            }
            return bufferTell() - pendingBytes.length;
        }
        int j = 0;
        if (readTranslate) {
            for (int i = 0; i < decodedPos; i++) {
                j += rawDecoded.charAt(j) == '\r' && j + 1 < rawDecoded.length() && rawDecoded.charAt(j + 1) == '\n' ? 2 : 1;
            }
        } else {
            j = decodedPos;
        }
        if (readUniversal && decodedPos > 0 && chunkStart == 0) {
            // CPython finds the position by replaying the decoder over the chunk; starting from the
            // top of the file it resets the decoder first, which forgets the newlines seen
            seenNewlines = 0;
            translate(rawDecoded.substring(0, j));
        }
        return chunkStart + StrMethods.encode(rawDecoded.substring(0, j), javaEncoding, errors).length;
    }

    long seek(PyObject cookieObj, int whence) {
        checkOpen();
        if (!seekable) {
            throw IoBase.unsupported("underlying stream is not seekable");
        }
        long cookie = Ops.index(cookieObj, null).longValueExact();
        switch (whence) {
            case 1:
                if (cookie != 0) {
                    throw IoBase.unsupported("can't do nonzero cur-relative seeks");
                }
                cookie = tell();
                break;
            case 2: {
                if (cookie != 0) {
                    throw IoBase.unsupported("can't do nonzero end-relative seeks");
                }
                flush();
                resetDecoder();
                seenNewlines = 0;
                PyObject r = Ops.callMethod(buffer(), "seek", PyInt.of(0), PyInt.of(2));
                return Ops.index(r, null).longValueExact();
            }
            case 0:
                break;
            default:
                throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        if (cookie < 0) {
            throw Errors.valueError("negative seek position " + cookie);
        }
        flush();
        resetDecoder();
        if (cookie == 0) {
            // a decoder set back to the start of the file is reset, newlines seen included
            seenNewlines = 0;
        }
        bomToWrite = withBom && cookie == 0;
        Ops.callMethod(buffer(), "seek", PyInt.of(cookie));
        nextChunkStart = cookie;
        return cookie;
    }

    // ---- iteration ----------------------------------------------------------------------

    @Override
    public PyObject iter() {
        if (type == TYPE) {
            checkOpen();
            return this;
        }
        return super.iter();
    }

    @Override
    public PyObject next() {
        if (type == TYPE) {
            telling = false;
            String line = readline(-1);
            if (line.isEmpty()) {
                telling = seekable;
                return null;
            }
            return new PyStr(line);
        }
        return super.next();
    }

    private static TextIOWrapper self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof TextIOWrapper x) {
            return x;
        }
        throw IoBase.wrongSelf(a, TYPE);
    }

    private PyObject newlines() {
        switch (seenNewlines) {
            case 0: return PyNone.NONE;
            case 1: return new PyStr("\n");
            case 2: return new PyStr("\r");
            case 4: return new PyStr("\r\n");
            default: {
                java.util.List<PyObject> l = new java.util.ArrayList<>();
                if ((seenNewlines & 2) != 0) {
                    l.add(new PyStr("\r"));
                }
                if ((seenNewlines & 1) != 0) {
                    l.add(new PyStr("\n"));
                }
                if ((seenNewlines & 4) != 0) {
                    l.add(new PyStr("\r\n"));
                }
                return new PyTuple(l.toArray(new PyObject[0]));
            }
        }
    }

    static {
        PyType t = TYPE;
        t.module = "_io";
        IoBase.doc(t, "Character and line based layer over a buffered binary stream.");
        t.def("__init__", (a, kw) -> {
            self(a).init(Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        t.def("read", (a, kw) -> {
            Args.checkMethod("read", a, kw, 0, 1);
            return new PyStr(self(a).read(IoBase.size(a, 1)));
        });
        t.def("readline", (a, kw) -> {
            Args.checkMethod("readline", a, kw, 0, 1);
            return new PyStr(self(a).readline(IoBase.size(a, 1)));
        });
        t.def("__next__", (a, kw) -> {
            TextIOWrapper w = self(a);
            w.telling = false;
            String line = w.readline(-1);
            if (line.isEmpty()) {
                w.telling = w.seekable;
                throw Errors.stopIteration(null);
            }
            return new PyStr(line);
        });
        t.def("write", (a, kw) -> {
            Args.checkMethod("write", a, kw, 1, 1);
            return PyInt.of(self(a).write(a[1]));
        });
        t.def("flush", (a, kw) -> {
            self(a).flush();
            return PyNone.NONE;
        });
        t.def("close", (a, kw) -> {
            TextIOWrapper w = self(a);
            if (!w.isClosed()) {
                try {
                    w.flush();
                } finally {
                    Ops.callMethod(w.buffer(), "close");
                }
            }
            return PyNone.NONE;
        });
        t.def("tell", (a, kw) -> PyInt.of(self(a).tell()));
        t.def("seek", (a, kw) -> {
            Args.checkMethod("seek", a, kw, 1, 2);
            return PyInt.of(self(a).seek(a[1], a.length > 2 ? Ops.toInt(a[2]) : 0));
        });
        t.def("truncate", (a, kw) -> {
            Args.checkMethod("truncate", a, kw, 0, 1);
            TextIOWrapper w = self(a);
            w.flush();
            PyObject pos = a.length > 1 && a[1] != PyNone.NONE ? a[1] : PyInt.of(w.tell());
            return Ops.callMethod(w.buffer(), "truncate", pos);
        });
        t.def("detach", (a, kw) -> {
            TextIOWrapper w = self(a);
            w.flush();
            PyObject b = w.buffer();
            w.detached = true;
            return b;
        });
        t.def("fileno", (a, kw) -> Ops.callMethod(self(a).buffer(), "fileno"));
        t.def("isatty", (a, kw) -> Ops.callMethod(self(a).buffer(), "isatty"));
        t.def("readable", (a, kw) -> Ops.callMethod(self(a).buffer(), "readable"));
        t.def("writable", (a, kw) -> Ops.callMethod(self(a).buffer(), "writable"));
        t.def("seekable", (a, kw) -> Ops.callMethod(self(a).buffer(), "seekable"));
        t.def("reconfigure", (a, kw) -> {
            TextIOWrapper w = self(a);
            if (Args.positional(a, kw) > 1) {
                throw Errors.typeError("reconfigure() takes no positional arguments");
            }
            PyObject[] p = Args.bind("reconfigure", Arrays.copyOfRange(a, 1, a.length), kw,
                    new String[] {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0);
            w.flush();
            if (p[0] != null || p[1] != null) {
                PyObject enc = p[0] != null ? p[0] : new PyStr(w.encoding);
                PyObject err = p[1] != null ? p[1] : p[0] != null ? PyNone.NONE : new PyStr(w.errors);
                w.setEncoding(enc, err);
            }
            if (p[2] != null) {
                w.setNewline(p[2]);
            }
            if (p[3] != null && p[3] != PyNone.NONE) {
                w.lineBuffering = p[3].isTrue();
            }
            if (p[4] != null && p[4] != PyNone.NONE) {
                w.writeThrough = p[4].isTrue();
            }
            return PyNone.NONE;
        });
        IoBase.property(t, "encoding", (a, kw) -> new PyStr(self(a).encoding));
        IoBase.property(t, "errors", (a, kw) -> new PyStr(self(a).errors));
        IoBase.property(t, "newlines", (a, kw) -> self(a).readUniversal ? self(a).newlines() : PyNone.NONE);
        IoBase.property(t, "line_buffering", (a, kw) -> PyBool.of(self(a).lineBuffering));
        IoBase.property(t, "write_through", (a, kw) -> PyBool.of(self(a).writeThrough));
        IoBase.property(t, "buffer", (a, kw) -> self(a).buffer());
        IoBase.property(t, "closed", (a, kw) -> Ops.getAttr(self(a).buffer(), "closed"));
        IoBase.property(t, "name", (a, kw) -> Ops.getAttr(self(a).buffer(), "name"));
        IoBase.property(t, "_CHUNK_SIZE", (a, kw) -> PyInt.of(CHUNK));
        t.def("__repr__", (a, kw) -> {
            TextIOWrapper w = self(a);
            String cls = w.type.heapType ? w.type.module + "." + w.type.qualname : "_io.TextIOWrapper";
            StringBuilder sb = new StringBuilder("<").append(cls);
            try {
                PyObject name = w.lookupAttr("name");
                if (name != null) {
                    sb.append(" name=").append(name.repr().value);
                }
            } catch (PyException e) {
                if (!e.matches(Exceptions.VALUE_ERROR) && !e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
            PyObject mode = w.dict == null ? null : w.dict.get("mode");
            if (mode != null) {
                sb.append(" mode=").append(mode.repr().value);
            }
            return new PyStr(sb.append(" encoding='").append(w.encoding).append("'>").toString());
        });
    }
}
