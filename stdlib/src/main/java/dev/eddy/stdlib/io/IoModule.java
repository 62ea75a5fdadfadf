package dev.eddy.stdlib.io;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/** The _io module: open() and the stream classes io.py re-exports. */
public final class IoModule implements ModuleProvider {
    public static final int DEFAULT_BUFFER_SIZE = 8192;

    /** The builtin open(): one function object, shared by builtins and _io. */
    public static final PyBuiltinFunction OPEN = new PyBuiltinFunction("open", IoModule::open);

    @Override
    public String name() {
        return "_io";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_io");
        fill(m);
        return m;
    }

    /** Puts _io's names into {@code m} (the io module shares them). */
    public static void fill(PyModule m) {
        m.set("open", OPEN);
        // builtins.open starts as a forwarder to this function; from now on it is this function
        if (dev.eddy.runtime.Importer.current().importModule("builtins") instanceof PyModule b) {
            b.set("open", OPEN);
        }
        m.set("open_code", new PyBuiltinFunction("open_code", (a, kw) -> {
            PyObject[] p = Args.bind("open_code", a, kw, new String[] {"path"}, 1);
            if (!(p[0] instanceof PyStr)) {
                throw Errors.typeError("open_code() argument 'path' must be str, not " + p[0].type().name);
            }
            return OPEN.call(p[0], new PyStr("rb"));
        }));
        m.set("text_encoding", new PyBuiltinFunction("text_encoding", (a, kw) -> {
            PyObject[] p = Args.bind("text_encoding", a, kw, new String[] {"encoding", "stacklevel"}, 1);
            return p[0] == PyNone.NONE ? new PyStr("locale") : p[0];
        }));
        m.set("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        m.set("UnsupportedOperation", IoBase.UNSUPPORTED);
        m.set("BlockingIOError", Exceptions.BLOCKING_IO_ERROR);
        m.set("_IOBase", IoBase.IOBASE);
        m.set("_RawIOBase", IoBase.RAW_IOBASE);
        m.set("_BufferedIOBase", IoBase.BUFFERED_IOBASE);
        m.set("_TextIOBase", IoBase.TEXT_IOBASE);
        m.set("FileIO", FileIO.TYPE);
        m.set("BufferedReader", Buffered.READER);
        m.set("BufferedWriter", Buffered.WRITER);
        m.set("BufferedRandom", Buffered.RANDOM);
        m.set("BufferedRWPair", RWPair.TYPE);
        m.set("TextIOWrapper", TextIOWrapper.TYPE);
        m.set("IncrementalNewlineDecoder", NewlineDecoder.TYPE);
        m.set("StringIO", StringIO.TYPE);
        m.set("BytesIO", BytesIO.TYPE);
    }

    /** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
    static PyObject open(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("open", a, kw,
                new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
        PyObject file = p[0];
        if (!(file instanceof PyStr) && !(file instanceof dev.eddy.runtime.PyBytes) && file.asIndexOrNull() == null) {
            Paths.fspath(file);
        }
        String mode = p[1] == null ? "r" : IoBase.text(p[1], "open() argument 'mode'");
        int buffering = p[2] == null ? -1 : Ops.toInt(p[2]);
        PyObject encoding = none(p[3]);
        PyObject errors = none(p[4]);
        PyObject newline = none(p[5]);
        if (encoding != PyNone.NONE && !(encoding instanceof PyStr)) {
            throw Errors.typeError("open() argument 'encoding' must be str or None, not " + encoding.type().name);
        }
        if (errors != PyNone.NONE && !(errors instanceof PyStr)) {
            throw Errors.typeError("open() argument 'errors' must be str or None, not " + errors.type().name);
        }
        boolean creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        java.util.Set<Character> seen = new java.util.HashSet<>();
        for (char c : mode.toCharArray()) {
            if ("axrwb+t".indexOf(c) < 0 || !seen.add(c)) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            switch (c) {
                case 'x' -> creating = true;
                case 'r' -> reading = true;
                case 'w' -> writing = true;
                case 'a' -> appending = true;
                case '+' -> updating = true;
                case 't' -> text = true;
                default -> binary = true;
            }
        }
        if (text && binary) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
        if (kinds > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (kinds == 0) {
            // as in CPython, FileIO is the one to complain
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        if (binary && encoding != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            dev.eddy.runtime.PyModule warnings = (dev.eddy.runtime.PyModule) dev.eddy.runtime.Importer.current().importModule("warnings");
            warnings.get("warn").call(new PyStr("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used"),
                    Exceptions.RUNTIME_WARNING, PyInt.of(2));
        }
        String rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
        FileIO raw = new FileIO(FileIO.TYPE);
        raw.init(new PyObject[] {file, new PyStr(rawMode), p[6] == null ? dev.eddy.runtime.PyBool.TRUE : p[6],
            p[7] == null ? PyNone.NONE : p[7]}, null);
        try {
            boolean lineBuffering = buffering == 1 || buffering < 0 && raw.isatty();
            if (buffering == 1 || buffering < 0) {
                buffering = DEFAULT_BUFFER_SIZE;
            }
            if (buffering == 0) {
                if (binary) {
                    return raw;
                }
                throw Errors.valueError("can't have unbuffered text I/O");
            }
            Buffered buffer = Buffered.over(updating ? Buffered.RANDOM : reading ? Buffered.READER : Buffered.WRITER, raw, buffering);
            if (binary) {
                return buffer;
            }
            TextIOWrapper w = new TextIOWrapper(TextIOWrapper.TYPE);
            w.init(new PyObject[] {buffer, encoding, errors, newline, dev.eddy.runtime.PyBool.of(lineBuffering)}, null);
            w.storeAttr("mode", new PyStr(mode));
            return w;
        } catch (PyException e) {
            raw.close();
            throw e;
        }
    }

    private static PyObject none(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
