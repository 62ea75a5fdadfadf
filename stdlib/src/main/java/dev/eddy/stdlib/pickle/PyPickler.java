package dev.eddy.stdlib.pickle;

import dev.eddy.builtins.Functions;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyByteArray;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyExtensible;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyFunction;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.Exceptions;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * _pickle.Pickler: writes the pickle of an object, opcode for opcode as CPython's C pickler
 * does (the same bytes for the same data at every protocol), with its memo, framing from
 * protocol 4, persistent_id, dispatch_table and reducer_override. Python classes may
 * subclass it.
 */
final class PyPickler extends PickleObject {
    static final PyType TYPE = PickleModule.type("Pickler", PyPickler::construct);

    static {
        TYPE.def("__init__", (a, kw) -> {
            ((PyPickler) a[0]).init(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        TYPE.def("dump", (a, kw) -> {
            Args.checkMethod("dump", a, kw, 1, 1);
            PyPickler p = (PyPickler) a[0];
            if (p.file == null) {
                throw Errors.of(PickleModule.PICKLING_ERROR, "Pickler.__init__() was not called by " + p.type().name + ".__init__()");
            }
            p.file.getAttr("write").call(new PyBytes(p.dump(a[1])));
            return PyNone.NONE;
        });
        TYPE.def("clear_memo", (a, kw) -> {
            Args.checkMethod("clear_memo", a, kw, 0, 0);
            ((PyPickler) a[0]).memo.clear();
            ((PyPickler) a[0]).internedNames.clear();
            return PyNone.NONE;
        });
    }

    /** The encoding name protocols 0-2 pickle bytes with: one object, as in CPython, so later uses are memo hits. */
    private static final PyStr LATIN1 = new PyStr("latin1");

    private PyObject file;
    private int proto = Opcodes.DEFAULT_PROTOCOL;
    private boolean bin = true;
    private boolean fixImports = true;
    private PyObject bufferCallback = PyNone.NONE;
    /** id(obj) -> memo index; holds the objects so that their identities stay unique. */
    private final IdentityHashMap<PyObject, Integer> memo = new IdentityHashMap<>();
    /**
     * A string CPython makes afresh on each lookup (a C type's __qualname__), so it is never the
     * same object as a memoized equal string: not looked up or recorded by value.
     */
    private PyObject freshString;
    /** Memoized identifier-like strings by value: see {@link #memoized}. */
    private final java.util.HashMap<String, PyObject> internedNames = new java.util.HashMap<>();
    private boolean framing;
    /** Where the current frame's reserved header starts in {@link #out}, or -1. */
    private int frameStart = -1;
    private byte[] buf = new byte[0];
    private int len;
    private PyObject persistentId;
    private PyObject reducerOverride;
    private PyObject dispatchTable;

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyPickler p = PyExtensible.adopt(new PyPickler(), cls);
        if (!cls.heapType) {
            p.init(a, kw);
        }
        return p;
    }

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    /** Pickler(file, protocol=None, fix_imports=True, buffer_callback=None). */
    private void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("Pickler", a, kw, new String[] {"file", "protocol", "fix_imports", "buffer_callback"}, 1);
        proto = protocol(p[1]);
        fixImports = p[2] == null || p[2].isTrue();
        bufferCallback = p[3] == null ? PyNone.NONE : p[3];
        if (bufferCallback != PyNone.NONE && proto < 5) {
            throw Errors.valueError("buffer_callback needs protocol >= 5");
        }
        if (p[0].lookupAttr("write") == null) {
            throw Errors.typeError("file must have a 'write' attribute");
        }
        file = p[0];
        bin = proto > 0;
        memo.clear();
        internedNames.clear();
    }

    /** pickler.memo: a dict {id(obj): (index, obj)}, as the C pickler's memo proxy copies it. */
    @Override
    PyObject memoProxy() {
        PyDict d = new PyDict();
        for (Map.Entry<PyObject, Integer> e : memo.entrySet()) {
            d.setItem(dev.eddy.runtime.Reduce.builtin("id").call(e.getKey()), PyTuple.of(PyInt.of(e.getValue()), e.getKey()));
        }
        return d;
    }

    /** A protocol argument: None for the default, negative for the highest. */
    static int protocol(PyObject p) {
        if (p == null || p == PyNone.NONE) {
            return Opcodes.DEFAULT_PROTOCOL;
        }
        long n = Ops.index(p, null).longValueExact();
        if (n < 0) {
            return Opcodes.HIGHEST_PROTOCOL;
        }
        if (n > Opcodes.HIGHEST_PROTOCOL) {
            throw Errors.valueError("pickle protocol must be <= " + Opcodes.HIGHEST_PROTOCOL);
        }
        return (int) n;
    }

    /** A pickler for dumps(): no file. */
    static PyPickler forDumps(int proto, boolean fixImports, PyObject bufferCallback) {
        PyPickler p = new PyPickler();
        p.proto = proto;
        p.bin = proto > 0;
        p.fixImports = fixImports;
        p.bufferCallback = bufferCallback;
        if (bufferCallback != PyNone.NONE && proto < 5) {
            throw Errors.valueError("buffer_callback needs protocol >= 5");
        }
        return p;
    }

    // ---- output ----------------------------------------------------------------------------------

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + n + 64));
        }
    }

    private void write(int b) {
        startFrame();
        ensure(1);
        buf[len++] = (byte) b;
    }

    private void write(byte[] b) {
        startFrame();
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void writeAscii(String s) {
        write(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void writeLE(long v, int n) {
        startFrame();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    /** With framing on, the first write after a frame closes reserves room for the next frame's header. */
    private void startFrame() {
        if (framing && frameStart == -1) {
            frameStart = len;
            ensure(Opcodes.FRAME_HEADER_SIZE);
            len += Opcodes.FRAME_HEADER_SIZE;
        }
    }

    private void commitFrame() {
        if (!framing || frameStart == -1) {
            return;
        }
        int frameLen = len - frameStart - Opcodes.FRAME_HEADER_SIZE;
        if (frameLen >= Opcodes.FRAME_SIZE_MIN) {
            buf[frameStart] = (byte) Opcodes.FRAME;
            for (int i = 0; i < 8; i++) {
                buf[frameStart + 1 + i] = (byte) ((long) frameLen >>> (8 * i));
            }
        } else {
            System.arraycopy(buf, frameStart + Opcodes.FRAME_HEADER_SIZE, buf, frameStart, frameLen);
            len -= Opcodes.FRAME_HEADER_SIZE;
        }
        frameStart = -1;
    }

    private void opcodeBoundary() {
        if (framing && frameStart != -1 && len - frameStart - Opcodes.FRAME_HEADER_SIZE >= Opcodes.FRAME_SIZE_TARGET) {
            commitFrame();
        }
    }

    /** An opcode and its argument, with a large payload kept outside any frame, as the C pickler writes it. */
    private void writeBytes(byte[] header, byte[] payload) {
        boolean wasFraming = framing;
        if (framing && payload.length >= Opcodes.FRAME_SIZE_TARGET) {
            commitFrame();
            framing = false;
        }
        write(header);
        write(payload);
        framing = wasFraming;
    }

    /** The whole pickle of obj: PROTO, the object, STOP, framed from protocol 4. */
    byte[] dump(PyObject obj) {
        len = 0;
        frameStart = -1;
        lookupHooks();
        if (proto >= 2) {
            write(Opcodes.PROTO);
            write(proto);
            if (proto >= 4) {
                framing = true;
            }
        }
        save(obj, false);
        write(Opcodes.STOP);
        commitFrame();
        framing = false;
        return java.util.Arrays.copyOf(buf, len);
    }

    /** persistent_id, reducer_override and dispatch_table as a subclass or instance defines them. */
    private void lookupHooks() {
        persistentId = lookupAttr("persistent_id");
        reducerOverride = lookupAttr("reducer_override");
        dispatchTable = lookupAttr("dispatch_table");
    }

    // ---- memo ------------------------------------------------------------------------------------

    /**
     * The memoized object obj is, or null. CPython interns identifier-like strings (attribute
     * names, names in code), so equal ones are one object there and pickle as one memo entry;
     * they are looked up by value here to give the same bytes.
     */
    private PyObject memoized(PyObject obj) {
        if (memo.containsKey(obj)) {
            return obj;
        }
        if (obj instanceof PyStr s && obj != freshString && obj.type() == PyStr.TYPE && isIdentifier(s.value)) {
            return internedNames.get(s.value);
        }
        return null;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || s.length() > 64 || Character.isDigit(s.charAt(0))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    private void memoize(PyObject obj) {
        int idx = memo.size();
        memo.put(obj, idx);
        if (obj instanceof PyStr s && obj != freshString && obj.type() == PyStr.TYPE && isIdentifier(s.value)) {
            internedNames.putIfAbsent(s.value, obj);
        }
        if (proto >= 4) {
            write(Opcodes.MEMOIZE);
        } else if (bin) {
            if (idx < 256) {
                write(Opcodes.BINPUT);
                write(idx);
            } else {
                write(Opcodes.LONG_BINPUT);
                writeLE(idx, 4);
            }
        } else {
            write(Opcodes.PUT);
            writeAscii(idx + "\n");
        }
    }

    private void memoGet(PyObject obj) {
        int idx = memo.get(obj);
        if (bin) {
            if (idx < 256) {
                write(Opcodes.BINGET);
                write(idx);
            } else {
                write(Opcodes.LONG_BINGET);
                writeLE(idx, 4);
            }
        } else {
            write(Opcodes.GET);
            writeAscii(idx + "\n");
        }
    }

    // ---- save ------------------------------------------------------------------------------------

    private void save(PyObject obj, boolean persSave) {
        opcodeBoundary();
        if (!persSave && persistentId != null) {
            PyObject pid = persistentId.call(obj);
            if (pid != PyNone.NONE) {
                savePers(pid);
                return;
            }
        }
        PyType type = obj.type();
        if (obj == PyNone.NONE) {
            write(Opcodes.NONE);
            return;
        }
        if (obj instanceof PyBool b) {
            if (proto >= 2) {
                write(b.isTrue() ? Opcodes.NEWTRUE : Opcodes.NEWFALSE);
            } else {
                writeAscii(b.isTrue() ? "I01\n" : "I00\n");
            }
            return;
        }
        if (type == PyInt.TYPE) {
            saveLong((PyInt) obj);
            return;
        }
        if (type == PyFloat.TYPE) {
            saveFloat(((PyFloat) obj).value);
            return;
        }
        PyObject memoized = memoized(obj);
        if (memoized != null) {
            memoGet(memoized);
            return;
        }
        if (type == PyBytes.TYPE) {
            saveBytes((PyBytes) obj);
            return;
        }
        if (type == PyStr.TYPE) {
            saveStr((PyStr) obj);
            return;
        }
        PyObject reduceValue = null;
        if (reducerOverride != null) {
            PyObject r = reducerOverride.call(obj);
            if (r != PyNotImplemented.INSTANCE) {
                reduceValue = r;
            }
        }
        if (reduceValue == null) {
            if (type == PyDict.TYPE) {
                saveDict((PyDict) obj);
                return;
            } else if (type == PySet.TYPE) {
                saveSet((PySet) obj);
                return;
            } else if (type == PySet.FROZEN_TYPE) {
                saveFrozenSet((PySet) obj);
                return;
            } else if (type == PyList.TYPE) {
                saveList((PyList) obj);
                return;
            } else if (type == PyTuple.TYPE) {
                saveTuple((PyTuple) obj);
                return;
            } else if (type == PyByteArray.TYPE) {
                saveByteArray((PyByteArray) obj);
                return;
            }
            if (obj instanceof PyType t && type == PyType.TYPE) {
                saveType(t);
                return;
            } else if (obj instanceof PyFunction) {
                saveGlobal(obj, null);
                return;
            }
            reduceValue = reduce(obj, type);
            if (reduceValue == null) {
                return;
            }
        }
        if (reduceValue instanceof PyStr s) {
            saveGlobal(obj, s);
            return;
        }
        if (!(reduceValue instanceof PyTuple rt)) {
            throw Errors.of(PickleModule.PICKLING_ERROR, "__reduce__ must return a string or tuple");
        }
        saveReduce(rt, obj);
    }

    /** The reduce value from the dispatch table or __reduce_ex__; null when obj was saved as a global instead. */
    private PyObject reduce(PyObject obj, PyType type) {
        PyObject table = dispatchTable != null ? dispatchTable
                : Importer.current().importModule("copyreg").getAttr("dispatch_table");
        PyObject reduceFunc = null;
        if (table instanceof PyDict d) {
            reduceFunc = d.get(type);
        } else {
            try {
                reduceFunc = table.getItem(type);
            } catch (PyException e) {
                if (!e.matches(Exceptions.KEY_ERROR)) {
                    throw e;
                }
            }
        }
        if (reduceFunc != null) {
            return reduceFunc.call(obj);
        }
        if (type.isSubtypeOf(PyType.TYPE)) {
            saveGlobal(obj, null);
            return null;
        }
        PyObject reduceEx = obj.lookupAttr("__reduce_ex__");
        if (reduceEx != null) {
            return reduceEx.call(PyInt.of(proto));
        }
        PyObject reduce = obj.lookupAttr("__reduce__");
        if (reduce == null) {
            // an object whose attribute lookup hides object's methods (a module) still has object's reduction
            return PyType.OBJECT.lookup("__reduce_ex__").call(obj, PyInt.of(proto));
        }
        return reduce.call();
    }

    private void savePers(PyObject pid) {
        if (bin) {
            save(pid, true);
            write(Opcodes.BINPERSID);
        } else {
            PyStr s = pid.str();
            String v = s.value;
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) > 127 || v.charAt(i) == '\n') {
                    throw Errors.of(PickleModule.PICKLING_ERROR, "persistent IDs in protocol 0 must be ASCII strings");
                }
            }
            write(Opcodes.PERSID);
            writeAscii(v + "\n");
        }
    }

    private void saveLong(PyInt v) {
        if (!v.isBig() && v.value <= 0x7fffffffL && v.value >= -0x80000000L) {
            long val = v.value;
            if (bin) {
                if ((val & 0xffff0000L) != 0 || val < 0) {
                    write(Opcodes.BININT);
                    writeLE(val, 4);
                } else if ((val & 0xff00L) != 0) {
                    write(Opcodes.BININT2);
                    writeLE(val, 2);
                } else {
                    write(Opcodes.BININT1);
                    write((int) val);
                }
            } else {
                writeAscii("I" + val + "\n");
            }
            return;
        }
        BigInteger big = v.toBig();
        if (proto >= 2) {
            byte[] be = big.toByteArray();
            int n = be.length;
            if (big.signum() == 0) {
                n = 0;
            }
            // two's complement, little-endian, as few bytes as keep the sign
            byte[] le = new byte[n];
            for (int i = 0; i < n; i++) {
                le[i] = be[be.length - 1 - i];
            }
            if (n < 256) {
                write(Opcodes.LONG1);
                write(n);
            } else {
                write(Opcodes.LONG4);
                writeLE(n, 4);
            }
            write(le);
        } else {
            writeAscii("L" + big + "L\n");
        }
    }

    private void saveFloat(double x) {
        if (bin) {
            write(Opcodes.BINFLOAT);
            long bits = Double.doubleToRawLongBits(x);
            for (int i = 7; i >= 0; i--) {
                write((int) (bits >>> (8 * i)) & 0xff);
            }
        } else {
            writeAscii("F" + new PyFloat(x).repr().value + "\n");
        }
    }

    private void saveBytes(PyBytes obj) {
        byte[] b = obj.bytes;
        if (proto < 3) {
            // protocols 0-2 have no bytes opcode: codecs.encode(latin-1 text, 'latin1')
            PyObject reduceValue;
            if (b.length == 0) {
                reduceValue = PyTuple.of(PyBytes.TYPE, new PyTuple(new PyObject[0]));
            } else {
                PyObject encode = Importer.current().importModule("codecs").getAttr("encode");
                reduceValue = PyTuple.of(encode, PyTuple.of(new PyStr(new String(b, StandardCharsets.ISO_8859_1)),
                        LATIN1));
            }
            saveReduce((PyTuple) reduceValue, obj);
            return;
        }
        byte[] header;
        if (b.length <= 0xff) {
            header = new byte[] {(byte) Opcodes.SHORT_BINBYTES, (byte) b.length};
        } else if ((long) b.length <= 0xffffffffL) {
            header = sized(Opcodes.BINBYTES, b.length, 4);
        } else {
            header = sized(Opcodes.BINBYTES8, b.length, 8);
        }
        writeBytes(header, b);
        memoize(obj);
    }

    private static byte[] sized(int opcode, long n, int width) {
        byte[] h = new byte[1 + width];
        h[0] = (byte) opcode;
        for (int i = 0; i < width; i++) {
            h[1 + i] = (byte) (n >>> (8 * i));
        }
        return h;
    }

    private void saveByteArray(PyByteArray obj) {
        byte[] b = obj.toBytes();
        if (proto < 5) {
            PyObject reduceValue = b.length == 0 ? PyTuple.of(obj.type(), new PyTuple(new PyObject[0]))
                    : PyTuple.of(obj.type(), PyTuple.of(new PyBytes(b)));
            saveReduce((PyTuple) reduceValue, obj);
            return;
        }
        writeBytes(sized(Opcodes.BYTEARRAY8, b.length, 8), b);
        memoize(obj);
    }

    /** UTF-8 with lone surrogates kept, as CPython's "surrogatepass". */
    private static byte[] utf8SurrogatePass(String s) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                o.write(c);
            } else if (c < 0x800) {
                o.write(0xc0 | c >> 6);
                o.write(0x80 | c & 0x3f);
            } else if (c < 0x10000) {
                o.write(0xe0 | c >> 12);
                o.write(0x80 | c >> 6 & 0x3f);
                o.write(0x80 | c & 0x3f);
            } else {
                o.write(0xf0 | c >> 18);
                o.write(0x80 | c >> 12 & 0x3f);
                o.write(0x80 | c >> 6 & 0x3f);
                o.write(0x80 | c & 0x3f);
            }
        }
        return o.toByteArray();
    }

    /** Protocol 0's UNICODE argument: raw-unicode-escape, with the characters that would break the line escaped. */
    private static byte[] rawUnicodeEscape(String s) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x10000) {
                o.writeBytes(String.format("\\U%08x", c).getBytes(StandardCharsets.ISO_8859_1));
            } else if (c >= 256 || c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a) {
                o.writeBytes(String.format("\\u%04x", c).getBytes(StandardCharsets.ISO_8859_1));
            } else {
                o.write(c);
            }
        }
        return o.toByteArray();
    }

    private void saveStr(PyStr obj) {
        if (bin) {
            byte[] b = utf8SurrogatePass(obj.value);
            byte[] header;
            if (b.length <= 0xff && proto >= 4) {
                header = new byte[] {(byte) Opcodes.SHORT_BINUNICODE, (byte) b.length};
            } else if ((long) b.length > 0xffffffffL && proto >= 4) {
                header = sized(Opcodes.BINUNICODE8, b.length, 8);
            } else {
                header = sized(Opcodes.BINUNICODE, b.length, 4);
            }
            writeBytes(header, b);
        } else {
            write(Opcodes.UNICODE);
            write(rawUnicodeEscape(obj.value));
            write('\n');
        }
        memoize(obj);
    }

    private void saveTuple(PyTuple obj) {
        PyObject[] items = obj.items;
        int n = items.length;
        if (n == 0) {
            if (proto > 0) {
                write(Opcodes.EMPTY_TUPLE);
            } else {
                write(Opcodes.MARK);
                write(Opcodes.TUPLE);
            }
            return;
        }
        if (n <= 3 && proto >= 2) {
            for (PyObject x : items) {
                save(x, false);
            }
            if (memo.containsKey(obj)) {
                // the tuple is part of a cycle and was pickled meanwhile: drop our copy
                for (int i = 0; i < n; i++) {
                    write(Opcodes.POP);
                }
                memoGet(obj);
                return;
            }
            write(n == 1 ? Opcodes.TUPLE1 : n == 2 ? Opcodes.TUPLE2 : Opcodes.TUPLE3);
            memoize(obj);
            return;
        }
        write(Opcodes.MARK);
        for (PyObject x : items) {
            save(x, false);
        }
        if (memo.containsKey(obj)) {
            if (bin) {
                write(Opcodes.POP_MARK);
            } else {
                for (int i = 0; i <= n; i++) {
                    write(Opcodes.POP);
                }
            }
            memoGet(obj);
            return;
        }
        write(Opcodes.TUPLE);
        memoize(obj);
    }

    private void saveList(PyList obj) {
        if (bin) {
            write(Opcodes.EMPTY_LIST);
        } else {
            write(Opcodes.MARK);
            write(Opcodes.LIST);
        }
        memoize(obj);
        if (obj.size == 0) {
            return;
        }
        if (!bin) {
            for (int i = 0; i < obj.size; i++) {
                save(obj.get(i), false);
                write(Opcodes.APPEND);
            }
            return;
        }
        if (obj.size == 1) {
            save(obj.get(0), false);
            write(Opcodes.APPEND);
            return;
        }
        int total = 0;
        do {
            write(Opcodes.MARK);
            int thisBatch = 0;
            while (total < obj.size) {
                save(obj.get(total), false);
                total++;
                if (++thisBatch == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            write(Opcodes.APPENDS);
        } while (total < obj.size);
    }

    /** Items of an iterator, appended in batches (a batch of one with APPEND). */
    private void batchList(PyObject iter) {
        if (!bin) {
            for (PyObject x = iter.next(); x != null; x = iter.next()) {
                save(x, false);
                write(Opcodes.APPEND);
            }
            return;
        }
        List<PyObject> batch = new ArrayList<>();
        PyObject x = iter.next();
        while (x != null) {
            batch.clear();
            while (x != null && batch.size() < Opcodes.BATCHSIZE) {
                batch.add(x);
                x = iter.next();
            }
            if (batch.size() == 1) {
                save(batch.get(0), false);
                write(Opcodes.APPEND);
            } else {
                write(Opcodes.MARK);
                for (PyObject y : batch) {
                    save(y, false);
                    }
                write(Opcodes.APPENDS);
            }
        }
    }

    private void saveDict(PyDict obj) {
        if (bin) {
            write(Opcodes.EMPTY_DICT);
        } else {
            write(Opcodes.MARK);
            write(Opcodes.DICT);
        }
        memoize(obj);
        if (obj.size() == 0) {
            return;
        }
        List<Map.Entry<PyObject, PyObject>> entries = new ArrayList<>(obj.map.entrySet());
        if (!bin) {
            for (Map.Entry<PyObject, PyObject> e : entries) {
                save(e.getKey(), false);
                save(e.getValue(), false);
                write(Opcodes.SETITEM);
            }
            return;
        }
        if (entries.size() == 1) {
            save(entries.get(0).getKey(), false);
            save(entries.get(0).getValue(), false);
            write(Opcodes.SETITEM);
            return;
        }
        int total = 0;
        do {
            write(Opcodes.MARK);
            int thisBatch = 0;
            while (total < entries.size()) {
                save(entries.get(total).getKey(), false);
                save(entries.get(total).getValue(), false);
                total++;
                if (++thisBatch == Opcodes.BATCHSIZE) {
                    break;
                }
            }
            write(Opcodes.SETITEMS);
        } while (total < entries.size());
        if (obj.size() != entries.size()) {
            throw Errors.runtimeError("dictionary changed size during iteration");
        }
    }

    /** (key, value) pairs of an iterator, set in batches (a batch of one with SETITEM). */
    private void batchDict(PyObject iter) {
        List<PyObject[]> batch = new ArrayList<>();
        PyObject x = iter.next();
        while (x != null) {
            batch.clear();
            while (x != null && (batch.size() < Opcodes.BATCHSIZE || !bin)) {
                if (!(x instanceof PyTuple t) || t.items.length != 2) {
                    throw Errors.typeError("dict items iterator must return 2-tuples");
                }
                batch.add(t.items);
                x = iter.next();
            }
            if (!bin || batch.size() == 1) {
                for (PyObject[] kv : batch) {
                    save(kv[0], false);
                    save(kv[1], false);
                    write(Opcodes.SETITEM);
                }
            } else {
                write(Opcodes.MARK);
                for (PyObject[] kv : batch) {
                    save(kv[0], false);
                    save(kv[1], false);
                    }
                write(Opcodes.SETITEMS);
            }
        }
    }

    private void saveSet(PySet obj) {
        if (proto < 4) {
            saveReduce(PyTuple.of(PySet.TYPE, PyTuple.of(new PyList(Ops.toArray(obj)))), obj);
            return;
        }
        write(Opcodes.EMPTY_SET);
        memoize(obj);
        PyObject[] items = Ops.toArray(obj);
        int i = 0;
        while (i < items.length) {
            write(Opcodes.MARK);
            int end = Math.min(items.length, i + Opcodes.BATCHSIZE);
            for (; i < end; i++) {
                save(items[i], false);
            }
            write(Opcodes.ADDITEMS);
        }
    }

    private void saveFrozenSet(PySet obj) {
        if (proto < 4) {
            saveReduce(PyTuple.of(obj.type(), PyTuple.of(new PyList(Ops.toArray(obj)))), obj);
            return;
        }
        write(Opcodes.MARK);
        for (PyObject x : Ops.toArray(obj)) {
            save(x, false);
        }
        if (memo.containsKey(obj)) {
            write(Opcodes.POP_MARK);
            memoGet(obj);
            return;
        }
        write(Opcodes.FROZENSET);
        memoize(obj);
    }

    private void saveType(PyType t) {
        if (t == PyNone.NONE.type()) {
            saveReduce(PyTuple.of(PyType.TYPE, PyTuple.of(PyNone.NONE)), t);
        } else if (t == PyNotImplemented.INSTANCE.type()) {
            saveReduce(PyTuple.of(PyType.TYPE, PyTuple.of(PyNotImplemented.INSTANCE)), t);
        } else if (t == dev.eddy.runtime.PyEllipsis.INSTANCE.type()) {
            saveReduce(PyTuple.of(PyType.TYPE, PyTuple.of(dev.eddy.runtime.PyEllipsis.INSTANCE)), t);
        } else {
            saveGlobal(t, null);
        }
    }

    // ---- globals ---------------------------------------------------------------------------------

    private static PyObject deepAttr(PyObject obj, String[] path) {
        for (String part : path) {
            obj = obj.lookupAttr(part);
            if (obj == null) {
                return null;
            }
        }
        return obj;
    }

    private static String whichModule(PyObject obj, String[] path) {
        PyObject m = obj.lookupAttr("__module__");
        if (m != null && m != PyNone.NONE) {
            return m.str().value;
        }
        PyObject modules = Importer.current().importModule("sys").getAttr("modules");
        if (modules instanceof PyDict d) {
            for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(d.map.entrySet())) {
                String name = e.getKey().str().value;
                if (name.equals("__main__") || name.equals("__mp_main__") || e.getValue() == PyNone.NONE) {
                    continue;
                }
                try {
                    if (deepAttr(e.getValue(), path) == obj) {
                        return name;
                    }
                } catch (PyException ignored) {
                    // a module whose attributes cannot be read is not where obj lives
                }
            }
        }
        return "__main__";
    }

    private PyException picklingError(String m) {
        return Errors.of(PickleModule.PICKLING_ERROR, m);
    }

    private void saveGlobal(PyObject obj, PyStr name) {
        String globalName = name != null ? name.value : obj.getAttr("__qualname__").str().value;
        String[] path = globalName.split("\\.", -1);
        for (String part : path) {
            if (part.equals("<locals>")) {
                throw Errors.attributeError("Can't pickle local object '" + globalName + "'");
            }
        }
        String moduleName = whichModule(obj, path);
        PyObject module;
        try {
            module = Importer.current().importModule(moduleName);
        } catch (PyException e) {
            throw picklingError("Can't pickle " + obj.repr().value + ": import of module '" + moduleName + "' failed");
        }
        PyObject parent = module;
        PyObject cls = module;
        for (String part : path) {
            parent = cls;
            cls = cls.lookupAttr(part);
            if (cls == null) {
                throw picklingError("Can't pickle " + obj.repr().value + ": attribute lookup " + globalName + " on "
                        + moduleName + " failed");
            }
        }
        if (cls != obj) {
            throw picklingError("Can't pickle " + obj.repr().value + ": it's not the same object as " + moduleName
                    + "." + globalName);
        }
        String lastName = path[path.length - 1];
        if (proto >= 2) {
            PyObject registry = Importer.current().importModule("copyreg").getAttr("_extension_registry");
            PyObject code = registry instanceof PyDict d ? d.get(PyTuple.of(new PyStr(moduleName), new PyStr(globalName))) : null;
            if (code != null) {
                long c = Ops.index(code, null).longValueExact();
                if (c <= 0 || c > 0x7fffffffL) {
                    throw picklingError("Can't pickle " + obj.repr().value + ": extension code " + c + " is out of range");
                }
                if (c <= 0xff) {
                    write(Opcodes.EXT1);
                    write((int) c);
                } else if (c <= 0xffff) {
                    write(Opcodes.EXT2);
                    writeLE(c, 2);
                } else {
                    write(Opcodes.EXT4);
                    writeLE(c, 4);
                }
                return;
            }
        }
        if (proto >= 4) {
            save(new PyStr(moduleName), false);
            PyStr qualname = new PyStr(globalName);
            freshString = obj instanceof PyType t && !t.heapType ? qualname : null;
            save(qualname, false);
            freshString = null;
            write(Opcodes.STACK_GLOBAL);
        } else if (parent != module) {
            // a nested qualified name before protocol 4: getattr(parent, last name)
            saveReduce(PyTuple.of(dev.eddy.runtime.Reduce.builtin("getattr"), PyTuple.of(parent, new PyStr(lastName))), null);
            return;
        } else {
            String mod = moduleName;
            String nm = globalName;
            if (proto < 3 && fixImports) {
                PyObject compat = Importer.current().importModule("_compat_pickle");
                PyObject nameMapping = compat.getAttr("REVERSE_NAME_MAPPING");
                PyObject importMapping = compat.getAttr("REVERSE_IMPORT_MAPPING");
                PyObject mapped = ((PyDict) nameMapping).get(PyTuple.of(new PyStr(mod), new PyStr(nm)));
                if (mapped != null) {
                    if (!(mapped instanceof PyTuple mt) || mt.items.length != 2) {
                        throw Errors.runtimeError("_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not "
                                + mapped.type().name);
                    }
                    mod = mt.items[0].str().value;
                    nm = mt.items[1].str().value;
                } else {
                    PyObject m2 = ((PyDict) importMapping).get(new PyStr(mod));
                    if (m2 != null) {
                        mod = m2.str().value;
                    }
                }
            }
            write(Opcodes.GLOBAL);
            byte[] mb = mod.getBytes(bin ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
            byte[] nb = nm.getBytes(bin ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
            if (!bin && (!isAscii(mod) || !isAscii(nm))) {
                throw picklingError("can't pickle module identifier '" + (isAscii(mod) ? nm : mod)
                        + "' using pickle protocol " + proto);
            }
            write(mb);
            write('\n');
            write(nb);
            write('\n');
        }
        memoize(obj);
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    // ---- reduce ----------------------------------------------------------------------------------

    private void saveReduce(PyTuple args, PyObject obj) {
        int size = args.items.length;
        if (size < 2 || size > 6) {
            throw picklingError("tuple returned by __reduce__ must contain 2 through 6 elements");
        }
        PyObject callable = args.items[0];
        PyObject argtup = args.items[1];
        PyObject state = size > 2 ? args.items[2] : PyNone.NONE;
        PyObject listItems = size > 3 ? args.items[3] : PyNone.NONE;
        PyObject dictItems = size > 4 ? args.items[4] : PyNone.NONE;
        PyObject stateSetter = size > 5 ? args.items[5] : PyNone.NONE;
        if (!Functions.callable(callable)) {
            throw picklingError("first item of the tuple returned by __reduce__ must be callable");
        }
        if (!(argtup instanceof PyTuple at)) {
            throw picklingError("second item of the tuple returned by __reduce__ must be a tuple");
        }
        if (listItems != PyNone.NONE && !isIterator(listItems)) {
            throw picklingError("fourth element of the tuple returned by __reduce__ must be an iterator, not "
                    + listItems.type().name);
        }
        if (dictItems != PyNone.NONE && !isIterator(dictItems)) {
            throw picklingError("fifth element of the tuple returned by __reduce__ must be an iterator, not "
                    + dictItems.type().name);
        }
        if (stateSetter != PyNone.NONE && !Functions.callable(stateSetter)) {
            throw picklingError("sixth element of the tuple returned by __reduce__ must be a function, not "
                    + stateSetter.type().name);
        }
        String callableName = null;
        if (proto >= 2) {
            PyObject n = callable.lookupAttr("__name__");
            if (n instanceof PyStr ns) {
                callableName = ns.value;
            }
        }
        if ("__newobj_ex__".equals(callableName)) {
            if (at.items.length != 3) {
                throw picklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, not " + at.items.length);
            }
            PyObject cls = at.items[0];
            if (!(cls instanceof PyType)) {
                throw picklingError("first item from NEWOBJ_EX argument tuple must be a class, not " + cls.type().name);
            }
            if (!(at.items[1] instanceof PyTuple)) {
                throw picklingError("second item from NEWOBJ_EX argument tuple must be a tuple, not "
                        + at.items[1].type().name);
            }
            if (!(at.items[2] instanceof PyDict)) {
                throw picklingError("third item from NEWOBJ_EX argument tuple must be a dict, not "
                        + at.items[2].type().name);
            }
            if (proto >= 4) {
                save(cls, false);
                save(at.items[1], false);
                save(at.items[2], false);
                write(Opcodes.NEWOBJ_EX);
            } else {
                // before protocol 4: functools.partial(cls.__new__, cls, *args, **kwargs)()
                PyObject[] pargs = ((PyTuple) at.items[1]).items;
                PyDict kw = (PyDict) at.items[2];
                PyObject[] all = new PyObject[pargs.length + 2 + kw.size()];
                String[] names = new String[kw.size()];
                all[0] = cls.getAttr("__new__");
                all[1] = cls;
                System.arraycopy(pargs, 0, all, 2, pargs.length);
                int i = 0;
                for (Map.Entry<PyObject, PyObject> e : kw.map.entrySet()) {
                    names[i] = e.getKey().str().value;
                    all[2 + pargs.length + i] = e.getValue();
                    i++;
                }
                PyObject partial = Importer.current().importModule("functools").getAttr("partial").call(all, names);
                save(partial, false);
                save(new PyTuple(new PyObject[0]), false);
                write(Opcodes.REDUCE);
            }
        } else if ("__newobj__".equals(callableName)) {
            if (at.items.length < 1) {
                throw picklingError("__newobj__ arglist is empty");
            }
            PyObject cls = at.items[0];
            if (!(cls instanceof PyType)) {
                throw picklingError("args[0] from __newobj__ args is not a type");
            }
            if (obj != null) {
                PyObject objClass = obj.getAttr("__class__");
                if (objClass != cls) {
                    throw picklingError("args[0] from __newobj__ args has the wrong class");
                }
            }
            save(cls, false);
            save(new PyTuple(java.util.Arrays.copyOfRange(at.items, 1, at.items.length)), false);
            write(Opcodes.NEWOBJ);
        } else {
            save(callable, false);
            save(argtup, false);
            write(Opcodes.REDUCE);
        }
        if (obj != null) {
            if (memo.containsKey(obj)) {
                // obj was pickled while pickling its arguments (a cycle): use that one
                write(Opcodes.POP);
                memoGet(obj);
            } else {
                memoize(obj);
            }
        }
        if (listItems != PyNone.NONE) {
            batchList(listItems);
        }
        if (dictItems != PyNone.NONE) {
            batchDict(dictItems);
        }
        if (state != PyNone.NONE) {
            if (stateSetter == PyNone.NONE) {
                save(state, false);
                write(Opcodes.BUILD);
            } else {
                save(stateSetter, false);
                save(obj, false);
                save(state, false);
                write(Opcodes.TUPLE2);
                write(Opcodes.REDUCE);
                write(Opcodes.POP);
            }
        }
    }

    private static boolean isIterator(PyObject o) {
        return o instanceof PyIterator || o.type().lookup("__next__") != null;
    }
}
