package dev.eddy.stdlib.pickle;

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
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;

/**
 * _pickle.Unpickler: reads a pickle of any protocol back into objects, with CPython's C
 * unpickler's checks and messages ("invalid load key", "Ran out of input", "pickle data was
 * truncated"), find_class with the Python 2 name mappings, and persistent_load. Python
 * classes may subclass it.
 */
final class PyUnpickler extends PickleObject {
    static final PyType TYPE = PickleModule.type("Unpickler", PyUnpickler::construct);

    static {
        TYPE.def("__init__", (a, kw) -> {
            ((PyUnpickler) a[0]).init(Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        TYPE.def("load", (a, kw) -> {
            Args.checkMethod("load", a, kw, 0, 0);
            PyUnpickler u = (PyUnpickler) a[0];
            if (u.file == null && u.data == null) {
                throw Errors.of(PickleModule.UNPICKLING_ERROR, "Unpickler.__init__() was not called by "
                        + u.type().name + ".__init__()");
            }
            return u.load();
        });
        TYPE.def("find_class", (a, kw) -> {
            Args.checkMethod("find_class", a, kw, 2, 2);
            return ((PyUnpickler) a[0]).findClass(a[1], a[2]);
        });
    }

    /** The file read from, or null when reading {@link #data} (loads). */
    private PyObject file;
    private byte[] data;
    private int pos;
    /** The bytes of the frame being read from a file, if any. */
    private byte[] frame;
    private int framePos;
    private boolean fixImports = true;
    private String encoding = "ASCII";
    private String errors = "strict";
    private PyObject buffers = PyNone.NONE;
    private int proto;
    private final HashMap<Integer, PyObject> memo = new HashMap<>();
    private final ArrayList<PyObject> stack = new ArrayList<>();
    private final ArrayList<ArrayList<PyObject>> metastack = new ArrayList<>();

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyUnpickler u = PyExtensible.adopt(new PyUnpickler(), cls);
        if (!cls.heapType) {
            u.init(a, kw);
        }
        return u;
    }

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    /** Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()). */
    private void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("Unpickler", a, kw, new String[] {"file", "fix_imports", "encoding", "errors", "buffers"}, 1);
        if (p[0].lookupAttr("read") == null || p[0].lookupAttr("readline") == null) {
            throw Errors.typeError("file must have 'read', 'readinto' and 'readline' attributes");
        }
        file = p[0];
        options(p[1], p[2], p[3], p[4]);
    }

    void options(PyObject fix, PyObject enc, PyObject err, PyObject bufs) {
        fixImports = fix == null || fix.isTrue();
        encoding = enc == null ? "ASCII" : ((PyStr) enc).value;
        errors = err == null ? "strict" : ((PyStr) err).value;
        buffers = bufs == null ? PyNone.NONE : bufs.iter();
    }

    /** unpickler.memo: a dict {index: obj}. */
    @Override
    PyObject memoProxy() {
        PyDict d = new PyDict();
        memo.forEach((k, v) -> d.setItem(PyInt.of(k), v));
        return d;
    }

    /** An unpickler over the bytes given to loads(). */
    static PyUnpickler forLoads(byte[] data) {
        PyUnpickler u = new PyUnpickler();
        u.data = data;
        return u;
    }

    // ---- input -----------------------------------------------------------------------------------

    private PyException truncated() {
        return Errors.of(PickleModule.UNPICKLING_ERROR, "pickle data was truncated");
    }

    /** n bytes of input, or null at its end when not even one is left and {@code atOpcode}. */
    private byte[] read(int n) {
        if (frame != null) {
            if (framePos + n <= frame.length) {
                byte[] r = Arrays.copyOfRange(frame, framePos, framePos + n);
                framePos += n;
                if (framePos == frame.length) {
                    frame = null;
                }
                return r;
            }
            if (framePos < frame.length) {
                throw truncated();
            }
            frame = null;
        }
        if (data != null) {
            if (pos + n > data.length) {
                throw truncated();
            }
            byte[] r = Arrays.copyOfRange(data, pos, pos + n);
            pos += n;
            return r;
        }
        PyObject r = file.getAttr("read").call(PyInt.of(n));
        byte[] b = bytesOf(r);
        if (b.length != n) {
            throw truncated();
        }
        return b;
    }

    private static byte[] bytesOf(PyObject r) {
        if (r instanceof PyBytes pb) {
            return pb.bytes;
        }
        if (r instanceof PyByteArray ba) {
            return ba.toBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + r.type().name + "'");
    }

    /** The next opcode, or -1 at the end of input. */
    private int readOpcode() {
        if (frame != null || data != null) {
            if (frame == null && pos >= data.length) {
                return -1;
            }
            return read(1)[0] & 0xff;
        }
        byte[] b = bytesOf(file.getAttr("read").call(PyInt.of(1)));
        return b.length == 0 ? -1 : b[0] & 0xff;
    }

    /** A line up to and including its newline, returned without it. */
    private byte[] readLine() {
        if (frame != null) {
            for (int i = framePos; i < frame.length; i++) {
                if (frame[i] == '\n') {
                    byte[] r = Arrays.copyOfRange(frame, framePos, i);
                    framePos = i + 1;
                    if (framePos == frame.length) {
                        frame = null;
                    }
                    return r;
                }
            }
            throw truncated();
        }
        if (data != null) {
            for (int i = pos; i < data.length; i++) {
                if (data[i] == '\n') {
                    byte[] r = Arrays.copyOfRange(data, pos, i);
                    pos = i + 1;
                    return r;
                }
            }
            throw truncated();
        }
        byte[] b = bytesOf(file.getAttr("readline").call());
        if (b.length == 0 || b[b.length - 1] != '\n') {
            throw truncated();
        }
        return Arrays.copyOf(b, b.length - 1);
    }

    private static long le(byte[] b) {
        long v = 0;
        for (int i = b.length - 1; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xff);
        }
        return v;
    }

    private int size(int width, String what) {
        long n = le(read(width));
        if (width == 4 && n < 0) {
            n &= 0xffffffffL;
        }
        if (n > Integer.MAX_VALUE - 16 || n < 0) {
            throw Errors.overflow(what + " exceeds system's maximum size of " + Long.MAX_VALUE + " bytes");
        }
        return (int) n;
    }

    // ---- stack -----------------------------------------------------------------------------------

    private PyException error(String m) {
        return Errors.of(PickleModule.UNPICKLING_ERROR, m);
    }

    private void push(PyObject o) {
        stack.add(o);
    }

    private PyObject pop() {
        if (stack.isEmpty()) {
            throw error("unpickling stack underflow");
        }
        return stack.remove(stack.size() - 1);
    }

    private PyObject top() {
        if (stack.isEmpty()) {
            throw error("unpickling stack underflow");
        }
        return stack.get(stack.size() - 1);
    }

    /** The items pushed since the last MARK, removed from the stack with the mark. */
    private PyObject[] popMark() {
        if (metastack.isEmpty()) {
            throw error("could not find MARK");
        }
        PyObject[] items = stack.toArray(new PyObject[0]);
        stack.clear();
        stack.addAll(metastack.remove(metastack.size() - 1));
        return items;
    }

    // ---- load ------------------------------------------------------------------------------------

    PyObject load() {
        stack.clear();
        metastack.clear();
        PyObject persistentLoad = lookupAttr("persistent_load");
        while (true) {
            int op = readOpcode();
            if (op < 0) {
                throw new PyException(new dev.eddy.runtime.PyBaseException(dev.eddy.runtime.Exceptions.EOF_ERROR,
                        new PyObject[] {new PyStr("Ran out of input")}));
            }
            switch (op) {
                case Opcodes.STOP: {
                    PyObject r = pop();
                    frame = null;
                    return r;
                }
                case Opcodes.PROTO: {
                    int p = read(1)[0] & 0xff;
                    if (p > Opcodes.HIGHEST_PROTOCOL) {
                        throw Errors.valueError("unsupported pickle protocol: " + p);
                    }
                    proto = p;
                    break;
                }
                case Opcodes.FRAME: {
                    long n = le(read(8));
                    if (n > Integer.MAX_VALUE) {
                        throw Errors.valueError("frame size > sys.maxsize: " + n);
                    }
                    if (data == null) {
                        frame = read((int) n);
                        framePos = 0;
                        if (frame.length == 0) {
                            frame = null;
                        }
                    } else if (pos + n > data.length) {
                        throw truncated();
                    }
                    break;
                }
                case Opcodes.MARK:
                    metastack.add(new ArrayList<>(stack));
                    stack.clear();
                    break;
                case Opcodes.POP:
                    if (!stack.isEmpty()) {
                        pop();
                    } else if (!metastack.isEmpty()) {
                        popMark();
                    } else {
                        throw error("unpickling stack underflow");
                    }
                    break;
                case Opcodes.POP_MARK:
                    popMark();
                    break;
                case Opcodes.DUP:
                    push(top());
                    break;
                case Opcodes.NONE:
                    push(PyNone.NONE);
                    break;
                case Opcodes.NEWTRUE:
                    push(PyBool.TRUE);
                    break;
                case Opcodes.NEWFALSE:
                    push(PyBool.FALSE);
                    break;
                case Opcodes.INT: {
                    String s = ascii(readLine());
                    if (s.equals("00")) {
                        push(PyBool.FALSE);
                    } else if (s.equals("01")) {
                        push(PyBool.TRUE);
                    } else {
                        push(parseInt(s));
                    }
                    break;
                }
                case Opcodes.LONG: {
                    String s = ascii(readLine());
                    if (s.endsWith("L")) {
                        s = s.substring(0, s.length() - 1);
                    }
                    push(parseInt(s));
                    break;
                }
                case Opcodes.BININT:
                    push(PyInt.of((long) (int) le(read(4))));
                    break;
                case Opcodes.BININT1:
                    push(PyInt.of(read(1)[0] & 0xff));
                    break;
                case Opcodes.BININT2:
                    push(PyInt.of(le(read(2))));
                    break;
                case Opcodes.LONG1:
                    push(decodeLong(read(read(1)[0] & 0xff)));
                    break;
                case Opcodes.LONG4: {
                    int n = (int) le(read(4));
                    if (n < 0) {
                        throw error("LONG pickle has negative byte count");
                    }
                    push(decodeLong(read(n)));
                    break;
                }
                case Opcodes.FLOAT: {
                    String s = ascii(readLine());
                    push(PyFloat.TYPE.call(new PyStr(s)));
                    break;
                }
                case Opcodes.BINFLOAT: {
                    byte[] b = read(8);
                    long bits = 0;
                    for (byte x : b) {
                        bits = bits << 8 | (x & 0xff);
                    }
                    push(new PyFloat(Double.longBitsToDouble(bits)));
                    break;
                }
                case Opcodes.STRING: {
                    byte[] line = readLine();
                    int n = line.length;
                    if (n >= 2 && line[0] == line[n - 1] && (line[0] == '\'' || line[0] == '"')) {
                        byte[] inner = Arrays.copyOfRange(line, 1, n - 1);
                        PyObject raw = Importer.current().importModule("codecs").getAttr("escape_decode")
                                .call(new PyBytes(inner));
                        push(decodeString(((PyTuple) raw).items[0]));
                    } else {
                        throw error("the STRING opcode argument must be quoted");
                    }
                    break;
                }
                case Opcodes.BINSTRING: {
                    int n = (int) le(read(4));
                    if (n < 0) {
                        throw error("BINSTRING pickle has negative byte count");
                    }
                    push(decodeString(new PyBytes(read(n))));
                    break;
                }
                case Opcodes.SHORT_BINSTRING:
                    push(decodeString(new PyBytes(read(read(1)[0] & 0xff))));
                    break;
                case Opcodes.BINBYTES:
                    push(new PyBytes(read(size(4, "BINBYTES"))));
                    break;
                case Opcodes.SHORT_BINBYTES:
                    push(new PyBytes(read(read(1)[0] & 0xff)));
                    break;
                case Opcodes.BINBYTES8:
                    push(new PyBytes(read(size(8, "BINBYTES8"))));
                    break;
                case Opcodes.BYTEARRAY8:
                    push(new PyByteArray(read(size(8, "BYTEARRAY8"))));
                    break;
                case Opcodes.NEXT_BUFFER: {
                    if (buffers == PyNone.NONE) {
                        throw error("pickle stream refers to out-of-band data but no *buffers* argument was given");
                    }
                    PyObject b = buffers.next();
                    if (b == null) {
                        throw error("not enough out-of-band buffers");
                    }
                    push(b);
                    break;
                }
                case Opcodes.READONLY_BUFFER: {
                    PyObject b = top();
                    PyObject mv = dev.eddy.runtime.PyMemoryView.TYPE.call(b);
                    if (!mv.getAttr("readonly").isTrue()) {
                        stack.set(stack.size() - 1, mv.getAttr("toreadonly").call());
                    }
                    break;
                }
                case Opcodes.UNICODE:
                    push(decodeRawUnicodeEscape(readLine()));
                    break;
                case Opcodes.BINUNICODE:
                    push(utf8(read(size(4, "BINUNICODE"))));
                    break;
                case Opcodes.SHORT_BINUNICODE:
                    push(utf8(read(read(1)[0] & 0xff)));
                    break;
                case Opcodes.BINUNICODE8:
                    push(utf8(read(size(8, "BINUNICODE8"))));
                    break;
                case Opcodes.EMPTY_TUPLE:
                    push(new PyTuple(new PyObject[0]));
                    break;
                case Opcodes.TUPLE:
                    push(new PyTuple(popMark()));
                    break;
                case Opcodes.TUPLE1:
                    push(PyTuple.of(pop()));
                    break;
                case Opcodes.TUPLE2: {
                    PyObject b = pop();
                    PyObject a = pop();
                    push(PyTuple.of(a, b));
                    break;
                }
                case Opcodes.TUPLE3: {
                    PyObject c = pop();
                    PyObject b = pop();
                    PyObject a = pop();
                    push(PyTuple.of(a, b, c));
                    break;
                }
                case Opcodes.EMPTY_LIST:
                    push(new PyList());
                    break;
                case Opcodes.LIST:
                    push(new PyList(popMark()));
                    break;
                case Opcodes.EMPTY_DICT:
                    push(new PyDict());
                    break;
                case Opcodes.DICT: {
                    PyObject[] items = popMark();
                    if (items.length % 2 != 0) {
                        throw error("odd number of items for DICT");
                    }
                    PyDict d = new PyDict();
                    for (int i = 0; i < items.length; i += 2) {
                        d.setItem(items[i], items[i + 1]);
                    }
                    push(d);
                    break;
                }
                case Opcodes.EMPTY_SET:
                    push(PySet.TYPE.call());
                    break;
                case Opcodes.FROZENSET:
                    push(PySet.FROZEN_TYPE.call(new PyList(popMark())));
                    break;
                case Opcodes.ADDITEMS: {
                    PyObject[] items = popMark();
                    PyObject set = top();
                    if (set instanceof PySet s && s.type() == PySet.TYPE) {
                        for (PyObject x : items) {
                            s.getAttr("add").call(x);
                        }
                    } else {
                        PyObject add = set.getAttr("add");
                        for (PyObject x : items) {
                            add.call(x);
                        }
                    }
                    break;
                }
                case Opcodes.APPEND: {
                    PyObject x = pop();
                    append(top(), new PyObject[] {x});
                    break;
                }
                case Opcodes.APPENDS: {
                    PyObject[] items = popMark();
                    append(top(), items);
                    break;
                }
                case Opcodes.SETITEM: {
                    PyObject v = pop();
                    PyObject k = pop();
                    top().setItem(k, v);
                    break;
                }
                case Opcodes.SETITEMS: {
                    PyObject[] items = popMark();
                    if (items.length % 2 != 0) {
                        throw error("odd number of items for SETITEMS");
                    }
                    PyObject d = top();
                    for (int i = 0; i < items.length; i += 2) {
                        d.setItem(items[i], items[i + 1]);
                    }
                    break;
                }
                case Opcodes.GET: {
                    String s = ascii(readLine());
                    int idx;
                    try {
                        idx = Integer.parseInt(s);
                    } catch (NumberFormatException e) {
                        throw Errors.valueError("invalid literal for int() with base 10: " + new PyStr(s).repr().value);
                    }
                    push(memoGet(idx));
                    break;
                }
                case Opcodes.BINGET:
                    push(memoGet(read(1)[0] & 0xff));
                    break;
                case Opcodes.LONG_BINGET:
                    push(memoGet((int) le(read(4))));
                    break;
                case Opcodes.PUT: {
                    String s = ascii(readLine());
                    int idx = Integer.parseInt(s);
                    if (idx < 0) {
                        throw Errors.valueError("negative PUT argument");
                    }
                    memo.put(idx, top());
                    break;
                }
                case Opcodes.BINPUT:
                    memo.put(read(1)[0] & 0xff, top());
                    break;
                case Opcodes.LONG_BINPUT: {
                    long idx = le(read(4)) & 0xffffffffL;
                    if (idx > Integer.MAX_VALUE) {
                        throw Errors.valueError("negative LONG_BINPUT argument");
                    }
                    memo.put((int) idx, top());
                    break;
                }
                case Opcodes.MEMOIZE:
                    memo.put(memo.size(), top());
                    break;
                case Opcodes.GLOBAL: {
                    PyStr module = new PyStr(new String(readLine(), StandardCharsets.UTF_8));
                    PyStr name = new PyStr(new String(readLine(), StandardCharsets.UTF_8));
                    push(callFindClass(module, name));
                    break;
                }
                case Opcodes.STACK_GLOBAL: {
                    PyObject name = pop();
                    PyObject module = pop();
                    if (!(name instanceof PyStr) || !(module instanceof PyStr)) {
                        throw error("STACK_GLOBAL requires str");
                    }
                    push(callFindClass(module, name));
                    break;
                }
                case Opcodes.EXT1:
                    push(extension(read(1)[0] & 0xff));
                    break;
                case Opcodes.EXT2:
                    push(extension(le(read(2))));
                    break;
                case Opcodes.EXT4:
                    push(extension((int) le(read(4))));
                    break;
                case Opcodes.REDUCE: {
                    PyObject args = pop();
                    PyObject callable = pop();
                    if (!(args instanceof PyTuple t)) {
                        throw Errors.typeError("argument list must be a tuple");
                    }
                    push(callable.call(t.items, null));
                    break;
                }
                case Opcodes.NEWOBJ: {
                    PyObject args = pop();
                    PyObject cls = pop();
                    if (!(cls instanceof PyType)) {
                        throw error("NEWOBJ class argument isn't a type object");
                    }
                    if (!(args instanceof PyTuple t)) {
                        throw error("NEWOBJ expected an arg tuple.");
                    }
                    PyObject[] all = new PyObject[t.items.length + 1];
                    all[0] = cls;
                    System.arraycopy(t.items, 0, all, 1, t.items.length);
                    push(cls.getAttr("__new__").call(all, null));
                    break;
                }
                case Opcodes.NEWOBJ_EX: {
                    PyObject kwargs = pop();
                    PyObject args = pop();
                    PyObject cls = pop();
                    if (!(cls instanceof PyType)) {
                        throw error("NEWOBJ_EX class argument must be a type, not " + cls.type().name);
                    }
                    if (!(args instanceof PyTuple t)) {
                        throw error("NEWOBJ_EX args argument must be a tuple, not " + args.type().name);
                    }
                    if (!(kwargs instanceof PyDict kd)) {
                        throw error("NEWOBJ_EX kwargs argument must be a dict, not " + kwargs.type().name);
                    }
                    PyObject[] all = new PyObject[t.items.length + 1 + kd.size()];
                    String[] names = new String[kd.size()];
                    all[0] = cls;
                    System.arraycopy(t.items, 0, all, 1, t.items.length);
                    int i = 0;
                    for (java.util.Map.Entry<PyObject, PyObject> e : kd.map.entrySet()) {
                        names[i] = ((PyStr) e.getKey()).value;
                        all[1 + t.items.length + i] = e.getValue();
                        i++;
                    }
                    push(cls.getAttr("__new__").call(all, names.length == 0 ? null : names));
                    break;
                }
                case Opcodes.INST: {
                    PyStr module = new PyStr(ascii(readLine()));
                    PyStr name = new PyStr(ascii(readLine()));
                    PyObject cls = callFindClass(module, name);
                    push(cls.call(popMark(), null));
                    break;
                }
                case Opcodes.OBJ: {
                    PyObject[] items = popMark();
                    if (items.length == 0) {
                        throw error("unpickling stack underflow");
                    }
                    push(items[0].call(Arrays.copyOfRange(items, 1, items.length), null));
                    break;
                }
                case Opcodes.BUILD: {
                    PyObject state = pop();
                    build(top(), state);
                    break;
                }
                case Opcodes.PERSID: {
                    if (persistentLoad == null) {
                        throw error("A load persistent id instruction was encountered, but no persistent_load function was specified.");
                    }
                    byte[] line = readLine();
                    for (byte x : line) {
                        if (x < 0) {
                            throw error("persistent IDs in protocol 0 must be ASCII strings");
                        }
                    }
                    push(persistentLoad.call(new PyStr(ascii(line))));
                    break;
                }
                case Opcodes.BINPERSID: {
                    PyObject pid = pop();
                    if (persistentLoad == null) {
                        throw error("A load persistent id instruction was encountered, but no persistent_load function was specified.");
                    }
                    push(persistentLoad.call(pid));
                    break;
                }
                default: {
                    String key = op >= 0x20 && op < 0x7f ? String.valueOf((char) op) : String.format("\\x%02x", op);
                    throw error("invalid load key, '" + key + "'.");
                }
            }
        }
    }

    private static String ascii(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static PyObject parseInt(String s) {
        return PyInt.TYPE.call(new PyStr(s));
    }

    /** Two's complement little-endian bytes as an int. */
    private static PyObject decodeLong(byte[] le) {
        if (le.length == 0) {
            return PyInt.of(0);
        }
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return PyInt.of(new BigInteger(be));
    }

    private static PyObject utf8(byte[] b) {
        return new PyBytes(b).getAttr("decode").call(new PyStr("utf-8"), new PyStr("surrogatepass"));
    }

    private PyObject decodeRawUnicodeEscape(byte[] b) {
        return new PyBytes(b).getAttr("decode").call(new PyStr("raw-unicode-escape"));
    }

    /** A Python 2 str: bytes when encoding is 'bytes', else decoded with encoding and errors. */
    private PyObject decodeString(PyObject bytes) {
        if (encoding.equals("bytes")) {
            return bytes;
        }
        return bytes.getAttr("decode").call(new PyStr(encoding), new PyStr(errors));
    }

    private PyObject memoGet(int idx) {
        PyObject v = memo.get(idx);
        if (v == null) {
            throw error("Memo value not found at index " + idx);
        }
        return v;
    }

    private void append(PyObject target, PyObject[] items) {
        if (target instanceof PyList l && l.type() == PyList.TYPE) {
            for (PyObject x : items) {
                l.append(x);
            }
            return;
        }
        PyObject extend = target.lookupAttr("extend");
        if (extend != null) {
            extend.call(new PyList(items));
            return;
        }
        PyObject app = target.getAttr("append");
        for (PyObject x : items) {
            app.call(x);
        }
    }

    /** BUILD: __setstate__(state), else the dict part into the instance dict and the slots part with setattr. */
    private void build(PyObject inst, PyObject state) {
        PyObject setstate = inst.lookupAttr("__setstate__");
        if (setstate != null) {
            setstate.call(state);
            return;
        }
        PyObject slotState = PyNone.NONE;
        if (state instanceof PyTuple t && t.items.length == 2) {
            state = t.items[0];
            slotState = t.items[1];
        }
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict sd)) {
                throw error("state is not a dictionary");
            }
            for (java.util.Map.Entry<PyObject, PyObject> e : sd.map.entrySet()) {
                inst.setAttr(((PyStr) e.getKey()).value, e.getValue());
            }
        }
        if (slotState != PyNone.NONE) {
            if (!(slotState instanceof PyDict sd)) {
                throw error("slot state is not a dictionary");
            }
            for (java.util.Map.Entry<PyObject, PyObject> e : sd.map.entrySet()) {
                inst.setAttr(((PyStr) e.getKey()).value, e.getValue());
            }
        }
    }

    private PyObject extension(long code) {
        PyObject copyreg = Importer.current().importModule("copyreg");
        PyObject key = PyInt.of(code);
        PyObject cached = ((PyDict) copyreg.getAttr("_extension_cache")).get(key);
        if (cached != null) {
            return cached;
        }
        PyObject pair = ((PyDict) copyreg.getAttr("_inverted_registry")).get(key);
        if (pair == null) {
            if (code <= 0) {
                throw error("EXT specifies code <= 0");
            }
            throw Errors.valueError("unregistered extension code " + code);
        }
        PyTuple t = (PyTuple) pair;
        PyObject obj = callFindClass(t.items[0], t.items[1]);
        ((PyDict) copyreg.getAttr("_extension_cache")).setItem(key, obj);
        return obj;
    }

    /** self.find_class(module, name): a subclass's override if it has one. */
    private PyObject callFindClass(PyObject module, PyObject name) {
        return getAttr("find_class").call(module, name);
    }

    /** Unpickler.find_class: the Python 2 names mapped for protocols below 3, then the module's attribute. */
    PyObject findClass(PyObject moduleName, PyObject globalName) {
        PyObject module = moduleName;
        PyObject name = globalName;
        if (proto < 3 && fixImports) {
            PyObject compat = Importer.current().importModule("_compat_pickle");
            PyObject mapped = ((PyDict) compat.getAttr("NAME_MAPPING")).get(PyTuple.of(module, name));
            if (mapped != null) {
                if (!(mapped instanceof PyTuple mt) || mt.items.length != 2) {
                    throw Errors.runtimeError("_compat_pickle.NAME_MAPPING values should be 2-tuples, not "
                            + mapped.type().name);
                }
                module = mt.items[0];
                name = mt.items[1];
            } else {
                PyObject m2 = ((PyDict) compat.getAttr("IMPORT_MAPPING")).get(module);
                if (m2 != null) {
                    if (!(m2 instanceof PyStr)) {
                        throw Errors.runtimeError("_compat_pickle.IMPORT_MAPPING values should be strings, not "
                                + m2.type().name);
                    }
                    module = m2;
                }
            }
        }
        Importer.current().importModule("sys").getAttr("audit").call(new PyStr("pickle.find_class"), module, name);
        PyObject mod = Importer.current().importModule(((PyStr) module).value);
        String n = ((PyStr) name).value;
        if (proto >= 4) {
            PyObject obj = mod;
            for (String part : n.split("\\.", -1)) {
                if (part.equals("<locals>")) {
                    throw Errors.attributeError("Can't get local attribute '" + n + "' on " + mod.repr().value);
                }
                PyObject next = obj.lookupAttr(part);
                if (next == null) {
                    throw Errors.attributeError("Can't get attribute '" + n + "' on " + mod.repr().value);
                }
                obj = next;
            }
            return obj;
        }
        PyObject obj = mod.lookupAttr(n);
        if (obj == null) {
            throw Errors.attributeError("Can't get attribute '" + n + "' on " + mod.repr().value);
        }
        return obj;
    }
}
