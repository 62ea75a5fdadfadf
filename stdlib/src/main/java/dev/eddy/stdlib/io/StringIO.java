package dev.eddy.stdlib.io;

import dev.eddy.builtins.IoBase;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/**
 * _io.StringIO: a text stream over an in-memory string, with TextIOWrapper's newline rules
 * (newline=None translates '\r\n' and '\r' on the way in; '\r' or '\r\n' replace '\n' on writing).
 * Positions count UTF-16 units, which differ from CPython's code points only past U+FFFF.
 */
public final class StringIO extends IoBase.PyIOBase {
    public static final PyType TYPE = PyType.builtin("StringIO", IoBase.TEXT_IOBASE, (cls, a, kw) -> {
        StringIO s = new StringIO(cls);
        if (!cls.heapType) {
            s.init(a, kw);
        }
        return s;
    });

    private final StringBuilder text = new StringBuilder();
    private int pos;
    private boolean initialized;
    private PyObject newline = new PyStr("\n");
    private boolean translate;
    private boolean universal;
    private String readNl = "\n";
    private String writeNl;
    private int seen;

    private StringIO(PyType type) {
        super(type);
    }

    void init(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("StringIO", a, kw, new String[] {"initial_value", "newline"}, 0);
        PyObject nl = p[1] == null ? new PyStr("\n") : p[1];
        if (nl != PyNone.NONE && !(nl instanceof PyStr)) {
            throw Errors.typeError("newline must be str or None, not " + nl.type().name);
        }
        String s = nl == PyNone.NONE ? null : ((PyStr) nl).value;
        if (s != null && !s.isEmpty() && !s.equals("\n") && !s.equals("\r") && !s.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + s);
        }
        if (p[0] != null && p[0] != PyNone.NONE && !(p[0] instanceof PyStr)) {
            throw Errors.typeError("initial_value must be str or None, not " + p[0].type().name);
        }
        newline = nl;
        universal = s == null || s.isEmpty();
        translate = s == null;
        readNl = universal ? null : s;
        writeNl = s != null && (s.equals("\r") || s.equals("\r\n")) ? s : null;
        text.setLength(0);
        pos = 0;
        closedFlag = false;
        initialized = true;
        if (p[0] instanceof PyStr init && !init.value.isEmpty()) {
            write(init.value);
            pos = 0;
        }
    }

    private void check() {
        if (!initialized) {
            throw Errors.valueError("I/O operation on uninitialized object");
        }
        if (closedFlag) {
            // StringIO's own text has no full stop, unlike the other streams'
            throw dev.eddy.runtime.Errors.valueError("I/O operation on closed file");
        }
    }

    int write(String s) {
        check();
        int n = s.codePointCount(0, s.length());
        if (translate && s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (writeNl != null) {
            s = s.replace("\n", writeNl);
        }
        noteNewlines(s);
        while (text.length() < pos) {
            text.append('\0');
        }
        int end = pos + s.length();
        text.replace(pos, Math.min(end, text.length()), s);
        pos = end;
        return n;
    }

    private void noteNewlines(String s) {
        if (!universal) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seen |= 1;
            } else if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= 4;
                    i++;
                } else {
                    seen |= 2;
                }
            }
        }
    }

    String read(long n) {
        check();
        int len = text.length();
        int from = Math.min(pos, len);
        int to = n < 0 ? len : TextIOWrapper.advance(text, from, n);
        pos = Math.max(pos, to);
        return text.substring(from, to);
    }

    String readline(long limit) {
        check();
        int len = text.length();
        int from = Math.min(pos, len);
        int end = -1;
        if (readNl != null) {
            int i = text.indexOf(readNl, from);
            end = i < 0 ? -1 : i + readNl.length();
        } else if (translate) {
            int i = text.indexOf("\n", from);
            end = i < 0 ? -1 : i + 1;
        } else {
            for (int i = from; i < len; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    end = i + 1;
                    break;
                }
                if (c == '\r') {
                    end = i + 1 < len && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                    break;
                }
            }
        }
        int to = end < 0 ? len : end;
        if (limit >= 0) {
            to = Math.min(to, TextIOWrapper.advance(text, from, limit));
        }
        pos = Math.max(pos, to);
        return text.substring(from, to);
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
            String line = readline(-1);
            return line.isEmpty() ? null : new PyStr(line);
        }
        return super.next();
    }

    /** The position in code points, as CPython counts it (past the end, each missing one is a char). */
    private long codePointPos() {
        int len = text.length();
        return pos <= len ? text.codePointCount(0, pos) : text.codePointCount(0, len) + (pos - len);
    }

    /** The char index of code point {@code n}. */
    private int charIndex(long n) {
        int i = TextIOWrapper.advance(text, 0, n);
        long counted = text.codePointCount(0, i);
        return (int) (i + Math.max(0, n - counted));
    }

    private static StringIO self(PyObject[] a) {
        if (a.length > 0 && a[0] instanceof StringIO x) {
            return x;
        }
        throw IoBase.wrongSelf(a, TYPE);
    }

    private static long arg(PyObject[] a, int i) {
        return IoBase.size(a, i);
    }

    static {
        PyType t = TYPE;
        t.module = "_io";
        IoBase.doc(t, "Text I/O implementation using an in-memory buffer.");
        t.def("__init__", (a, kw) -> {
            self(a).init(Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        t.def("getvalue", (a, kw) -> {
            self(a).check();
            return new PyStr(self(a).text.toString());
        });
        t.def("write", (a, kw) -> {
            Args.checkMethod("write", a, kw, 1, 1);
            if (!(a[1] instanceof PyStr s)) {
                throw Errors.typeError("string argument expected, got '" + a[1].type().name + "'");
            }
            return PyInt.of(self(a).write(s.value));
        });
        t.def("read", (a, kw) -> {
            Args.checkMethod("read", a, kw, 0, 1);
            return new PyStr(self(a).read(arg(a, 1)));
        });
        t.def("readline", (a, kw) -> {
            Args.checkMethod("readline", a, kw, 0, 1);
            return new PyStr(self(a).readline(arg(a, 1)));
        });
        t.def("__next__", (a, kw) -> {
            String line = self(a).readline(-1);
            if (line.isEmpty()) {
                throw Errors.stopIteration(null);
            }
            return new PyStr(line);
        });
        t.def("seek", (a, kw) -> {
            Args.checkMethod("seek", a, kw, 1, 2);
            StringIO s = self(a);
            s.check();
            long off = Ops.index(a[1], null).longValueExact();
            int whence = a.length > 2 ? Ops.toInt(a[2]) : 0;
            if (whence < 0 || whence > 2) {
                throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (off < 0 && whence == 0) {
                throw Errors.valueError("Negative seek position " + off);
            }
            if (whence != 0 && off != 0) {
                throw IoBase.unsupported(whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
            }
            s.pos = whence == 0 ? s.charIndex(off) : whence == 1 ? s.pos : s.text.length();
            return PyInt.of(s.codePointPos());
        });
        t.def("tell", (a, kw) -> {
            self(a).check();
            return PyInt.of(self(a).codePointPos());
        });
        t.def("truncate", (a, kw) -> {
            Args.checkMethod("truncate", a, kw, 0, 1);
            StringIO s = self(a);
            s.check();
            long n = a.length > 1 && a[1] != PyNone.NONE ? Ops.index(a[1], null).longValueExact() : s.codePointPos();
            if (n < 0) {
                throw Errors.valueError("Negative size value " + n);
            }
            int at = s.charIndex(n);
            if (at < s.text.length()) {
                s.text.setLength(at);
            }
            return PyInt.of(n);
        });
        t.def("close", (a, kw) -> {
            self(a).closedFlag = true;
            return PyNone.NONE;
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            t.def(name, (a, kw) -> {
                self(a).check();
                return PyBool.TRUE;
            });
        }
        IoBase.property(t, "closed", (a, kw) -> PyBool.of(self(a).closedFlag));
        IoBase.property(t, "line_buffering", (a, kw) -> {
            self(a).check();
            return PyBool.FALSE;
        });
        IoBase.property(t, "newlines", (a, kw) -> {
            StringIO s = self(a);
            s.check();
            if (!s.universal || s.seen == 0) {
                return PyNone.NONE;
            }
            String[] one = {null, "\n", "\r", null, "\r\n"};
            if (s.seen == 1 || s.seen == 2 || s.seen == 4) {
                return new PyStr(one[s.seen]);
            }
            java.util.List<PyObject> l = new java.util.ArrayList<>();
            if ((s.seen & 2) != 0) {
                l.add(new PyStr("\r"));
            }
            if ((s.seen & 1) != 0) {
                l.add(new PyStr("\n"));
            }
            if ((s.seen & 4) != 0) {
                l.add(new PyStr("\r\n"));
            }
            return new PyTuple(l.toArray(new PyObject[0]));
        });
        t.def("__getstate__", (a, kw) -> {
            StringIO s = self(a);
            s.check();
            return new PyTuple(new PyObject[] {new PyStr(s.text.toString()), s.newline, PyInt.of(s.pos),
                s.dict == null ? PyNone.NONE : s.lookupAttr("__dict__")});
        });
    }
}
