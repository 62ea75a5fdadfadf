package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Buffers;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The zlib module on java.util.zip: one-shot and streaming compression in the zlib, raw
 * deflate and gzip containers (chosen by wbits as in zlib), crc32 and adler32.
 */
public final class ZlibModule implements ModuleProvider {
    static final PyType ERROR = Mod.type("zlib", "error", Exceptions.EXCEPTION, null);

    private static final int Z_NO_FLUSH = 0;
    private static final int Z_SYNC_FLUSH = 2;
    private static final int Z_FULL_FLUSH = 3;
    private static final int Z_FINISH = 4;

    @Override
    public String name() {
        return "zlib";
    }

    /** The container wbits selects. */
    enum Container { ZLIB, RAW, GZIP, AUTO }

    static Container container(int wbits, boolean decompressing) {
        int a = Math.abs(wbits);
        if (wbits == 0 && decompressing) {
            return Container.ZLIB;
        }
        if (wbits >= 8 && wbits <= 15) {
            return Container.ZLIB;
        }
        if (wbits <= -8 && wbits >= -15) {
            return Container.RAW;
        }
        if (wbits >= 24 && wbits <= 31) {
            return Container.GZIP;
        }
        if (decompressing && wbits >= 40 && wbits <= 47) {
            return Container.AUTO;
        }
        if (decompressing) {
            throw Errors.valueError("Invalid initialization option");
        }
        throw Errors.of(ERROR, "Bad compression level"); // zlib reports a bad wbits the same way as deflateInit2
    }

    static byte[] data(PyObject o) {
        return Buffers.bytesLike(o);
    }

    private static int intArg(PyObject o, int dflt) {
        return o == null ? dflt : Ops.index(o, null).intValueExact();
    }

    // ---- compression ----------------------------------------------------------------------

    /** A compressor object (compressobj()). */
    static final class Compress extends PyObject {
        static final PyType TYPE = Mod.type("zlib", "Compress", null, null);

        static {
            TYPE.def("compress", (a, kw) -> {
                Args.checkMethod("compress", a, kw, 1, 1);
                return new PyBytes(((Compress) a[0]).compress(data(a[1]), Z_NO_FLUSH));
            });
            TYPE.def("flush", (a, kw) -> {
                Args.checkMethod("flush", a, kw, 0, 1);
                int mode = a.length > 1 ? intArg(a[1], Z_FINISH) : Z_FINISH;
                if (mode == Z_NO_FLUSH) {
                    return new PyBytes(new byte[0]);
                }
                return new PyBytes(((Compress) a[0]).compress(new byte[0], mode));
            });
            TYPE.def("copy", (a, kw) -> {
                Args.checkMethod("copy", a, kw, 0, 0);
                return ((Compress) a[0]).copy();
            });
            TYPE.def("__copy__", (a, kw) -> ((Compress) a[0]).copy());
            TYPE.def("__deepcopy__", (a, kw) -> ((Compress) a[0]).copy());
        }

        /*
         * java.util.zip cannot clone a stream's state, so copy() replays every call made so far
         * into a fresh compressor (compression is deterministic); the calls' inputs are kept.
         */
        private final int wbits;
        private final int strategy;
        private final byte[] zdict;
        private final java.util.List<byte[]> inputs = new java.util.ArrayList<>();
        private final java.util.List<Integer> modes = new java.util.ArrayList<>();

        private Compress copy() {
            if (finished) {
                throw Errors.valueError("Inconsistent stream state");
            }
            Compress c = new Compress(level, wbits, strategy, zdict);
            for (int i = 0; i < inputs.size(); i++) {
                c.compress(inputs.get(i), modes.get(i));
            }
            return c;
        }

        private final Deflater deflater;
        private final boolean gzip;
        private final int level;
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private boolean headerWritten;
        private boolean finished;

        Compress(int level, int wbits, int strategy, byte[] zdict) {
            Container c = container(wbits, false);
            if (level < -1 || level > 9) {
                throw Errors.of(ERROR, "Bad compression level");
            }
            this.level = level;
            this.wbits = wbits;
            this.strategy = strategy;
            this.zdict = zdict;
            this.gzip = c == Container.GZIP;
            this.deflater = new Deflater(level, c != Container.ZLIB);
            if (strategy == 1) {
                deflater.setStrategy(Deflater.FILTERED);
            } else if (strategy == 2) {
                deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            }
            if (zdict != null) {
                deflater.setDictionary(zdict);
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        byte[] compress(byte[] input, int mode) {
            if (finished) {
                throw Errors.of(ERROR, "Error -2 while " + (mode == Z_NO_FLUSH ? "compressing" : "flushing") + " data: inconsistent stream state");
            }
            inputs.add(input);
            modes.add(mode);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (gzip && !headerWritten) {
                int xfl = level == 9 ? 2 : level == 1 ? 4 : 0;
                out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3}, 0, 10);
                headerWritten = true;
            }
            crc.update(input);
            deflater.setInput(input);
            byte[] buf = new byte[8192];
            if (mode == Z_FINISH) {
                deflater.finish();
                while (!deflater.finished()) {
                    int n = deflater.deflate(buf);
                    out.write(buf, 0, n);
                }
                if (gzip) {
                    long c = crc.getValue();
                    long size = deflater.getBytesRead();
                    for (int k = 0; k < 4; k++) {
                        out.write((int) (c >>> (8 * k)));
                    }
                    for (int k = 0; k < 4; k++) {
                        out.write((int) (size >>> (8 * k)));
                    }
                }
                deflater.end();
                finished = true;
            } else {
                int flush = mode == Z_SYNC_FLUSH ? Deflater.SYNC_FLUSH : mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH
                        : mode == Z_NO_FLUSH ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH;
                while (true) {
                    int n = deflater.deflate(buf, 0, buf.length, flush);
                    out.write(buf, 0, n);
                    if (n < buf.length && (flush != Deflater.NO_FLUSH || deflater.needsInput())) {
                        break;
                    }
                }
            }
            return out.toByteArray();
        }
    }

    static byte[] compress(byte[] input, int level, int wbits) {
        return new Compress(level, wbits, 0, null).compress(input, Z_FINISH);
    }

    // ---- decompression --------------------------------------------------------------------

    /** A decompressor object (decompressobj()), also used by the one-shot decompress(). */
    static final class Decompress extends PyObject {
        static final PyType TYPE = Mod.type("zlib", "Decompress", null, null);

        static {
            TYPE.def("decompress", (a, kw) -> {
                PyObject[] p = Args.bind("decompress", Arrays.copyOfRange(a, 1, a.length), kw, new String[] {"data", "max_length"}, 1);
                int max = intArg(p[1], 0);
                if (max < 0) {
                    throw Errors.valueError("max_length must be non-negative");
                }
                Decompress d = (Decompress) a[0];
                byte[] input = data(p[0]);
                d.log.add(new Object[] {input, max});
                return new PyBytes(d.decompress(input, max, false));
            });
            TYPE.def("flush", (a, kw) -> {
                Args.checkMethod("flush", a, kw, 0, 1);
                if (a.length > 1 && intArg(a[1], 1) <= 0) {
                    throw Errors.valueError("length must be greater than zero");
                }
                Decompress d = (Decompress) a[0];
                d.log.add(null);
                return new PyBytes(d.flush());
            });
            TYPE.def("copy", (a, kw) -> {
                Args.checkMethod("copy", a, kw, 0, 0);
                return ((Decompress) a[0]).copy();
            });
            TYPE.def("__copy__", (a, kw) -> ((Decompress) a[0]).copy());
            TYPE.def("__deepcopy__", (a, kw) -> ((Decompress) a[0]).copy());
        }

        /** The calls made so far, for copy() to replay: {input, max_length}, or null for a flush. */
        private final java.util.List<Object[]> log = new java.util.ArrayList<>();
        private final int wbits;

        private byte[] flush() {
            byte[] tail = unconsumedTail;
            unconsumedTail = new byte[0];
            return decompress(tail, 0, true);
        }

        private Decompress copy() {
            Decompress d = new Decompress(wbits, zdict);
            for (Object[] call : log) {
                d.log.add(call);
                if (call == null) {
                    d.flush();
                } else {
                    d.decompress((byte[]) call[0], (Integer) call[1], false);
                }
            }
            return d;
        }

        private Container container;
        private Inflater inflater;
        private final byte[] zdict;
        private byte[] pending = new byte[0];
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private boolean eof;
        private byte[] unusedData = new byte[0];
        private byte[] unconsumedTail = new byte[0];

        Decompress(int wbits, byte[] zdict) {
            this.wbits = wbits;
            this.container = container(wbits, true);
            this.zdict = zdict;
            if (container == Container.ZLIB || container == Container.RAW) {
                start();
            }
        }

        private void start() {
            inflater = new Inflater(container != Container.ZLIB);
            if (container == Container.RAW && zdict != null) {
                inflater.setDictionary(zdict);
            }
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        /** The length of a complete gzip header at the start of b, or -1 when more bytes are needed. */
        private static int gzipHeader(byte[] b) {
            if (b.length < 10) {
                return -1;
            }
            if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
                throw Errors.of(ERROR, "Error -3 while decompressing data: incorrect header check");
            }
            if (b[2] != 8) {
                throw Errors.of(ERROR, "Error -3 while decompressing data: unknown compression method");
            }
            int flags = b[3] & 0xff;
            int at = 10;
            if ((flags & 4) != 0) {
                if (b.length < at + 2) {
                    return -1;
                }
                at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
            }
            for (int bit : new int[] {8, 16}) {
                if ((flags & bit) != 0) {
                    while (at < b.length && b[at] != 0) {
                        at++;
                    }
                    if (at >= b.length) {
                        return -1;
                    }
                    at++;
                }
            }
            if ((flags & 2) != 0) {
                at += 2;
            }
            return at <= b.length ? at : -1;
        }

        byte[] decompress(byte[] input, int maxLength, boolean flushing) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (eof) {
                unusedData = concat(unusedData, input);
                return out.toByteArray();
            }
            byte[] in = concat(pending, input);
            pending = new byte[0];
            if (inflater == null) {
                if (container == Container.AUTO) {
                    if (in.length < 2) {
                        pending = in;
                        return out.toByteArray();
                    }
                    container = (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b ? Container.GZIP : Container.ZLIB;
                    if (container == Container.ZLIB) {
                        start();
                    }
                }
                if (container == Container.GZIP) {
                    int h = gzipHeader(in);
                    if (h < 0) {
                        pending = in;
                        return out.toByteArray();
                    }
                    in = Arrays.copyOfRange(in, h, in.length);
                    start();
                }
            }
            inflater.setInput(in);
            byte[] buf = new byte[8192];
            try {
                while (!inflater.finished()) {
                    int room = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                    if (room <= 0) {
                        break;
                    }
                    int n = inflater.inflate(buf, 0, room);
                    if (n == 0) {
                        if (inflater.needsDictionary()) {
                            if (zdict == null) {
                                throw Errors.of(ERROR, "Error 2 while decompressing data");
                            }
                            inflater.setDictionary(zdict);
                            continue;
                        }
                        if (inflater.needsInput()) {
                            break;
                        }
                    }
                    out.write(buf, 0, n);
                    crc.update(buf, 0, n);
                }
            } catch (DataFormatException e) {
                throw Errors.of(ERROR, "Error -3 while decompressing data: " + e.getMessage());
            }
            int remaining = inflater.getRemaining();
            byte[] rest = Arrays.copyOfRange(in, in.length - remaining, in.length);
            if (inflater.finished()) {
                if (container == Container.GZIP) {
                    if (rest.length < 8) {
                        pending = rest;
                        rest = new byte[0];
                        if (flushing) {
                            return out.toByteArray();
                        }
                        return out.toByteArray();
                    }
                    long want = (rest[0] & 0xffL) | (rest[1] & 0xffL) << 8 | (rest[2] & 0xffL) << 16 | (rest[3] & 0xffL) << 24;
                    if (want != crc.getValue()) {
                        throw Errors.of(ERROR, "Error -3 while decompressing data: incorrect data check");
                    }
                    rest = Arrays.copyOfRange(rest, 8, rest.length);
                }
                eof = true;
                unusedData = concat(unusedData, rest);
                inflater.end();
            } else {
                unconsumedTail = rest;
            }
            return out.toByteArray();
        }

        /** The one-shot decompress's end check: the stream must be complete. */
        void requireEnd() {
            if (!eof) {
                throw Errors.of(ERROR, "Error -5 while decompressing data: incomplete or truncated stream");
            }
        }

        @Override
        public PyObject lookupAttr(String name) {
            switch (name) {
                case "eof": return PyBool.of(eof);
                case "unused_data": return new PyBytes(unusedData);
                case "unconsumed_tail": return new PyBytes(unconsumedTail);
                default: return super.lookupAttr(name);
            }
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("zlib");
        m.set("__doc__", dev.eddy.runtime.PyNone.NONE);
        m.set("error", ERROR);
        String[][] ints = {
            {"MAX_WBITS", "15"}, {"DEFLATED", "8"}, {"DEF_MEM_LEVEL", "8"}, {"DEF_BUF_SIZE", "16384"},
            {"Z_NO_COMPRESSION", "0"}, {"Z_BEST_SPEED", "1"}, {"Z_BEST_COMPRESSION", "9"}, {"Z_DEFAULT_COMPRESSION", "-1"},
            {"Z_DEFAULT_STRATEGY", "0"}, {"Z_FILTERED", "1"}, {"Z_HUFFMAN_ONLY", "2"}, {"Z_RLE", "3"}, {"Z_FIXED", "4"},
            {"Z_NO_FLUSH", "0"}, {"Z_PARTIAL_FLUSH", "1"}, {"Z_SYNC_FLUSH", "2"}, {"Z_FULL_FLUSH", "3"}, {"Z_FINISH", "4"},
            {"Z_BLOCK", "5"}, {"Z_TREES", "6"},
        };
        for (String[] kv : ints) {
            m.set(kv[0], PyInt.of(Long.parseLong(kv[1])));
        }
        m.set("ZLIB_VERSION", new PyStr("1.2.13"));
        m.set("ZLIB_RUNTIME_VERSION", new PyStr("1.2.13"));
        Mod.def(m, "compress", (a, kw) -> {
            PyObject[] p = Args.bind("compress", a, kw, new String[] {"data", "level", "wbits"}, 1);
            return new PyBytes(compress(data(p[0]), intArg(p[1], -1), intArg(p[2], 15)));
        });
        Mod.def(m, "decompress", (a, kw) -> {
            PyObject[] p = Args.bind("decompress", a, kw, new String[] {"data", "wbits", "bufsize"}, 1);
            if (intArg(p[2], 16384) < 0) {
                throw Errors.valueError("bufsize must be non-negative");
            }
            Decompress d = new Decompress(intArg(p[1], 15), null);
            byte[] out = d.decompress(data(p[0]), 0, true);
            d.requireEnd();
            return new PyBytes(out);
        });
        Mod.def(m, "compressobj", (a, kw) -> {
            PyObject[] p = Args.bind("compressobj", a, kw,
                    new String[] {"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0);
            if (intArg(p[1], 8) != 8) {
                throw Errors.valueError("Invalid initialization option");
            }
            return new Compress(intArg(p[0], -1), intArg(p[2], 15), intArg(p[4], 0),
                    p[5] == null || p[5] == PyNone.NONE ? null : data(p[5]));
        });
        Mod.def(m, "decompressobj", (a, kw) -> {
            PyObject[] p = Args.bind("decompressobj", a, kw, new String[] {"wbits", "zdict"}, 0);
            return new Decompress(intArg(p[0], 15), p[1] == null ? null : data(p[1]));
        });
        Mod.def(m, "crc32", (a, kw) -> {
            Args.check("crc32", a, kw, 1, 2);
            long start = a.length > 1 ? Ops.index(a[1], null).toBig().longValue() : 0;
            return PyInt.of(BinasciiModule.crc32(data(a[0]), start));
        });
        Mod.def(m, "adler32", (a, kw) -> {
            Args.check("adler32", a, kw, 1, 2);
            long start = a.length > 1 ? Ops.index(a[1], null).toBig().longValue() & 0xFFFFFFFFL : 1;
            return PyInt.of(adler32(data(a[0]), start));
        });
        return m;
    }

    static long adler32(byte[] data, long start) {
        long s1 = start & 0xffff;
        long s2 = (start >>> 16) & 0xffff;
        for (byte b : data) {
            s1 = (s1 + (b & 0xff)) % 65521;
            s2 = (s2 + s1) % 65521;
        }
        return (s2 << 16) | s1;
    }
}
