package dev.eddy.stdlib.sre;

import static dev.eddy.stdlib.sre.SreOpcodes.*;

import dev.eddy.builtins.BuiltinsModule;
import dev.eddy.builtins.Functions;
import dev.eddy.builtins.PyCallableIterator;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.Arrays;

/** re.Pattern: a compiled regular expression and the operations that run it. */
public final class SrePattern extends PyObject {
    public static final PyType TYPE = PyType.builtin("Pattern", PyType.OBJECT, null);

    private static final String[] MATCH_PARAMS = {"string", "pos", "endpos"};
    private static final String[] SUB_PARAMS = {"repl", "string", "count"};
    private static final String[] SPLIT_PARAMS = {"string", "maxsplit"};

    static {
        TYPE.module = "re";
        TYPE.def("match", (a, kw) -> self(a).matchOp(a, kw, "match", 0));
        TYPE.def("fullmatch", (a, kw) -> self(a).matchOp(a, kw, "fullmatch", 1));
        TYPE.def("search", (a, kw) -> self(a).matchOp(a, kw, "search", 2));
        TYPE.def("findall", (a, kw) -> self(a).findall(a, kw));
        TYPE.def("finditer", (a, kw) -> {
            SreScanner s = self(a).scanner(a, kw, "finditer");
            return new PyCallableIterator(s.getAttr("search"), PyNone.NONE);
        });
        TYPE.def("scanner", (a, kw) -> self(a).scanner(a, kw, "scanner"));
        TYPE.def("sub", (a, kw) -> self(a).sub(a, kw, "sub", false));
        TYPE.def("subn", (a, kw) -> self(a).sub(a, kw, "subn", true));
        TYPE.def("split", (a, kw) -> self(a).split(a, kw));
        TYPE.def("__copy__", (a, kw) -> a[0]);
        TYPE.def("__deepcopy__", (a, kw) -> a[0]);
        TYPE.defClassMethod("__class_getitem__", (a, kw) -> a[0]);
    }

    final PyObject pattern;
    final int flags;
    final int[] code;
    /** The number of capturing groups. */
    final int groups;
    final PyObject groupindex;
    final PyObject indexgroup;
    final boolean isBytes;

    /** A subject and its characters as ints. */
    private record Converted(PyObject subject, int[] text) {
    }

    /** The last subject converted, so repeated calls on one string skip the conversion (one field: safe to share). */
    private Converted lastConverted;

    SrePattern(PyObject pattern, int flags, int[] code, int groups, PyObject groupindex, PyObject indexgroup) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.isBytes = pattern instanceof PyBytes;
    }

    private static SrePattern self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof SrePattern p)) {
            throw Errors.typeError("descriptor requires a 're.Pattern' object");
        }
        return p;
    }

    private static PyObject[] rest(PyObject[] a) {
        return Arrays.copyOfRange(a, 1, a.length);
    }

    /** The arguments after self, padded with nulls to n. */
    private static PyObject[] positional(PyObject[] a, int n) {
        PyObject[] p = new PyObject[n];
        System.arraycopy(a, 1, p, 0, a.length - 1);
        return p;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The subject's characters as ints, checking that its kind agrees with the pattern's. */
    int[] text(PyObject subject) {
        Converted last = lastConverted;
        if (last != null && last.subject == subject) {
            return last.text;
        }
        int[] t;
        if (subject instanceof PyStr s) {
            if (isBytes) {
                throw Errors.typeError("cannot use a bytes pattern on a string-like object");
            }
            String v = s.value;
            if (s.isSimple()) {
                t = new int[v.length()];
                for (int i = 0; i < t.length; i++) {
                    t[i] = v.charAt(i);
                }
            } else {
                t = s.codePoints();
            }
        } else if (subject instanceof PyBuffer b) {
            if (!isBytes) {
                throw Errors.typeError("cannot use a string pattern on a bytes-like object");
            }
            byte[] bytes = b.bufferBytes();
            t = new int[bytes.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = bytes[i] & 0xff;
            }
            if (!(subject instanceof PyBytes)) {
                return t; // a mutable buffer may change before the next call
            }
        } else {
            throw Errors.typeError("expected string or bytes-like object, got '" + subject.type().name + "'");
        }
        lastConverted = new Converted(subject, t);
        return t;
    }

    static int index(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        PyInt i = Ops.index(o, null);
        if (i.isBig()) {
            return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        long v = i.value;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    SreState state(PyObject subject, int pos, int endpos) {
        int[] t = text(subject);
        return new SreState(code, t, pos, endpos, groups + 1);
    }

    /** kind 0 match, 1 fullmatch, 2 search. */
    private PyObject matchOp(PyObject[] a, String[] kw, String name, int kind) {
        PyObject[] p = kw == null && a.length >= 2 && a.length <= 4 ? positional(a, 3)
                : SreModule.bind(name, rest(a), kw, MATCH_PARAMS, 1);
        SreState st = state(p[0], index(p[1], 0), index(p[2], Integer.MAX_VALUE));
        boolean found;
        if (kind == 2) {
            found = st.search();
        } else {
            st.matchAll = kind == 1;
            found = st.match();
        }
        return found ? new SreMatch(this, p[0], st) : PyNone.NONE;
    }

    private SreScanner scanner(PyObject[] a, String[] kw, String name) {
        PyObject[] p = SreModule.bind(name, rest(a), kw, MATCH_PARAMS, 1);
        return new SreScanner(this, p[0], state(p[0], index(p[1], 0), index(p[2], Integer.MAX_VALUE)));
    }

    /** The subject's text between two positions, as str or bytes like the subject. */
    static PyObject slice(PyObject subject, int[] text, int from, int to, boolean bytes) {
        if (bytes) {
            byte[] out = new byte[to - from];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) text[from + i];
            }
            return new PyBytes(out);
        }
        if (subject instanceof PyStr s && s.isSimple()) {
            return PyStr.of(s.value.substring(from, to));
        }
        return PyStr.of(new String(text, from, to - from));
    }

    private PyObject empty() {
        return isBytes ? new PyBytes(new byte[0]) : PyStr.EMPTY;
    }

    private PyObject findall(PyObject[] a, String[] kw) {
        PyObject[] p = SreModule.bind("findall", rest(a), kw, MATCH_PARAMS, 1);
        PyObject subject = p[0];
        SreState st = state(subject, index(p[1], 0), index(p[2], Integer.MAX_VALUE));
        PyList out = new PyList();
        while (st.start <= st.end) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            PyObject item;
            if (groups == 0) {
                item = slice(subject, st.text, st.start, st.ptr, isBytes);
            } else if (groups == 1) {
                item = group(subject, st, 1, empty());
            } else {
                PyObject[] items = new PyObject[groups];
                for (int i = 0; i < groups; i++) {
                    items[i] = group(subject, st, i + 1, empty());
                }
                item = new PyTuple(items);
            }
            out.append(item);
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        return out;
    }

    /** Group i (i >= 1) of the state's current match, or dflt when unset. */
    PyObject group(PyObject subject, SreState st, int i, PyObject dflt) {
        int j = (i - 1) * 2;
        if (j + 1 > st.lastmark || st.marks[j] < 0 || st.marks[j + 1] < 0) {
            return dflt;
        }
        int from = st.marks[j];
        int to = st.marks[j + 1];
        if (from > to) {
            return dflt;
        }
        return slice(subject, st.text, from, to, isBytes);
    }

    private PyObject sub(PyObject[] a, String[] kw, String name, boolean withCount) {
        PyObject[] p = SreModule.bind(name, rest(a), kw, SUB_PARAMS, 2);
        PyObject repl = p[0];
        PyObject subject = p[1];
        int count = index(p[2], 0);
        PyObject filter;
        boolean callable;
        if (Functions.callable(repl)) {
            filter = repl;
            callable = true;
        } else {
            boolean literal;
            if (repl instanceof PyStr s) {
                literal = s.value.indexOf('\\') < 0;
            } else if (repl instanceof PyBytes b) {
                literal = true;
                for (byte x : b.bytes) {
                    if (x == '\\') {
                        literal = false;
                        break;
                    }
                }
            } else {
                throw Errors.typeError("expected str or bytes-like object, got '" + repl.type().name + "'");
            }
            if (literal) {
                filter = repl;
                callable = false;
            } else {
                PyObject re = dev.eddy.runtime.Importer.current().importModule("re");
                filter = Ops.callMethod(re, "_subx", this, repl);
                callable = Functions.callable(filter);
            }
        }
        SreState st = state(subject, 0, Integer.MAX_VALUE);
        PyList parts = new PyList();
        int i = 0;
        int n = 0;
        while (count == 0 || n < count) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            int b = st.start;
            int e = st.ptr;
            if (i < b) {
                parts.append(slice(subject, st.text, i, b, isBytes));
            }
            if (callable) {
                PyObject item = filter.call(new SreMatch(this, subject, st));
                if (item != PyNone.NONE) {
                    parts.append(item);
                }
            } else {
                parts.append(filter);
            }
            i = e;
            n++;
            st.mustAdvance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if (i < st.endpos) {
            parts.append(slice(subject, st.text, i, st.endpos, isBytes));
        }
        PyObject joined = Ops.callMethod(empty(), "join", parts);
        return withCount ? PyTuple.of(joined, PyInt.of(n)) : joined;
    }

    private PyObject split(PyObject[] a, String[] kw) {
        PyObject[] p = SreModule.bind("split", rest(a), kw, SPLIT_PARAMS, 1);
        PyObject subject = p[0];
        int maxsplit = index(p[1], 0);
        SreState st = state(subject, 0, Integer.MAX_VALUE);
        PyList out = new PyList();
        int last = st.start;
        int n = 0;
        while (maxsplit == 0 || n < maxsplit) {
            st.reset();
            st.ptr = st.start;
            if (!st.search()) {
                break;
            }
            out.append(slice(subject, st.text, last, st.start, isBytes));
            for (int i = 0; i < groups; i++) {
                out.append(group(subject, st, i + 1, PyNone.NONE));
            }
            n++;
            st.mustAdvance = st.ptr == st.start;
            last = st.start = st.ptr;
        }
        out.append(slice(subject, st.text, last, st.endpos, isBytes));
        return out;
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "pattern": return pattern;
            case "flags": return PyInt.of(flags);
            case "groups": return PyInt.of(groups);
            case "groupindex": {
                // a read-only view in CPython; a copy keeps the pattern's own dict safe
                PyDict d = new PyDict();
                if (groupindex instanceof PyDict gi) {
                    gi.map.forEach(d::put);
                }
                return d;
            }
            default: return super.lookupAttr(name);
        }
    }

    private static final String[] FLAG_NAMES = {
        "re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL",
        "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII",
    };

    @Override
    public PyStr repr() {
        String pr = pattern.repr().value;
        if (pr.codePointCount(0, pr.length()) > 200) {
            pr = pr.substring(0, pr.offsetByCodePoints(0, 200));
        }
        int f = flags;
        if (!isBytes && (f & (FLAG_LOCALE | FLAG_UNICODE | FLAG_ASCII)) == FLAG_UNICODE) {
            f &= ~FLAG_UNICODE;
        }
        if (f == 0) {
            return new PyStr("re.compile(" + pr + ")");
        }
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < FLAG_NAMES.length; bit++) {
            if ((f & (1 << bit)) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append(FLAG_NAMES[bit]);
                f &= ~(1 << bit);
            }
        }
        if (f != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Integer.toHexString(f));
        }
        return new PyStr("re.compile(" + pr + ", " + sb + ")");
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.INSTANCE;
        }
        if (!(other instanceof SrePattern o)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean eq = this == o || (flags == o.flags && isBytes == o.isBytes && Arrays.equals(code, o.code)
                && Ops.eq(pattern, o.pattern));
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @Override
    public long hash() {
        long h = pattern.hash();
        h ^= Arrays.hashCode(code);
        h ^= flags;
        return h == -1 ? -2 : h;
    }
}
