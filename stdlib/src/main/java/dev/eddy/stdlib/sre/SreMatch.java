package dev.eddy.stdlib.sre;

import dev.eddy.builtins.BuiltinsModule;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** re.Match: the result of a successful match, with the spans of its groups. */
public final class SreMatch extends PyObject {
    public static final PyType TYPE = PyType.builtin("Match", PyType.OBJECT, null);

    static {
        TYPE.module = "re";
        TYPE.def("group", (a, kw) -> {
            SreMatch m = self(a);
            Args.checkMethod("group", a, kw, 0, Integer.MAX_VALUE);
            if (a.length == 1) {
                return m.groupValue(0, PyNone.NONE);
            }
            if (a.length == 2) {
                return m.groupValue(m.groupIndex(a[1]), PyNone.NONE);
            }
            PyObject[] out = new PyObject[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                out[i - 1] = m.groupValue(m.groupIndex(a[i]), PyNone.NONE);
            }
            return new PyTuple(out);
        });
        TYPE.def("__getitem__", (a, kw) -> {
            Args.checkMethod("__getitem__", a, kw, 1, 1);
            SreMatch m = self(a);
            return m.groupValue(m.groupIndex(a[1]), PyNone.NONE);
        });
        TYPE.def("groups", (a, kw) -> {
            SreMatch m = self(a);
            PyObject[] p = SreModule.bind("groups", rest(a), kw, new String[] {"default"}, 0);
            PyObject dflt = p[0] == null ? PyNone.NONE : p[0];
            PyObject[] out = new PyObject[m.ngroups - 1];
            for (int i = 1; i < m.ngroups; i++) {
                out[i - 1] = m.groupValue(i, dflt);
            }
            return new PyTuple(out);
        });
        TYPE.def("groupdict", (a, kw) -> {
            SreMatch m = self(a);
            PyObject[] p = SreModule.bind("groupdict", rest(a), kw, new String[] {"default"}, 0);
            PyObject dflt = p[0] == null ? PyNone.NONE : p[0];
            PyDict out = new PyDict();
            if (m.pattern.groupindex instanceof PyDict gi) {
                for (PyObject key : gi.map.keySet()) {
                    out.put(key, m.groupValue(m.groupIndex(key), dflt));
                }
            }
            return out;
        });
        TYPE.def("start", (a, kw) -> {
            SreMatch m = self(a);
            Args.checkMethod("start", a, kw, 0, 1);
            return PyInt.of(m.span(a.length > 1 ? m.groupIndex(a[1]) : 0)[0]);
        });
        TYPE.def("end", (a, kw) -> {
            SreMatch m = self(a);
            Args.checkMethod("end", a, kw, 0, 1);
            return PyInt.of(m.span(a.length > 1 ? m.groupIndex(a[1]) : 0)[1]);
        });
        TYPE.def("span", (a, kw) -> {
            SreMatch m = self(a);
            Args.checkMethod("span", a, kw, 0, 1);
            int[] s = m.span(a.length > 1 ? m.groupIndex(a[1]) : 0);
            return PyTuple.of(PyInt.of(s[0]), PyInt.of(s[1]));
        });
        TYPE.def("expand", (a, kw) -> {
            SreMatch m = self(a);
            PyObject[] p = SreModule.bind("expand", rest(a), kw, new String[] {"template"}, 1);
            PyObject re = dev.eddy.runtime.Importer.current().importModule("re");
            return Ops.callMethod(re, "_expand", m.pattern, m, p[0]);
        });
        TYPE.def("__copy__", (a, kw) -> a[0]);
        TYPE.def("__deepcopy__", (a, kw) -> a[0]);
        TYPE.defClassMethod("__class_getitem__", (a, kw) -> a[0]);
    }

    final SrePattern pattern;
    final PyObject string;
    final int[] text;
    /** Spans: [2*i] and [2*i+1] for group i, -1 when the group did not take part. */
    final int[] spans;
    final int ngroups;
    final int pos;
    final int endpos;
    final int lastindex;

    SreMatch(SrePattern pattern, PyObject string, SreState st) {
        this.pattern = pattern;
        this.string = string;
        this.text = st.text;
        this.ngroups = pattern.groups + 1;
        this.spans = new int[ngroups * 2];
        spans[0] = st.start;
        spans[1] = st.ptr;
        for (int i = 0, j = 0; i < pattern.groups; i++, j += 2) {
            if (j + 1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j + 1] >= 0) {
                spans[j + 2] = st.marks[j];
                spans[j + 3] = st.marks[j + 1];
                if (spans[j + 2] > spans[j + 3]) {
                    throw Errors.systemError("The span of capturing group is wrong, please report a bug for the re module.");
                }
            } else {
                spans[j + 2] = -1;
                spans[j + 3] = -1;
            }
        }
        this.pos = st.pos;
        this.endpos = st.endpos;
        this.lastindex = st.lastindex;
    }

    private static SreMatch self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof SreMatch m)) {
            throw Errors.typeError("descriptor requires a 're.Match' object");
        }
        return m;
    }

    private static PyObject[] rest(PyObject[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A group number from an int or a group name; IndexError when there is no such group. */
    int groupIndex(PyObject index) {
        long i = -1;
        if (index instanceof PyInt || index instanceof PyBool || index.type().lookup("__index__") != null) {
            PyInt v = Ops.index(index, null);
            i = v.isBig() ? -1 : v.value;
        } else if (pattern.groupindex instanceof PyDict gi) {
            PyObject v = gi.map.get(index);
            if (v instanceof PyInt n && !n.isBig()) {
                i = n.value;
            }
        }
        if (i < 0 || i >= ngroups) {
            throw Errors.indexError("no such group");
        }
        return (int) i;
    }

    int[] span(int g) {
        return new int[] {spans[2 * g], spans[2 * g + 1]};
    }

    PyObject groupValue(int g, PyObject dflt) {
        int from = spans[2 * g];
        if (from < 0) {
            return dflt;
        }
        return SrePattern.slice(string, text, from, spans[2 * g + 1], pattern.isBytes);
    }

    @Override
    public PyObject getItem(PyObject key) {
        return groupValue(groupIndex(key), PyNone.NONE);
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "string": return string;
            case "re": return pattern;
            case "pos": return PyInt.of(pos);
            case "endpos": return PyInt.of(endpos);
            case "lastindex": return lastindex >= 0 ? PyInt.of(lastindex) : PyNone.NONE;
            case "lastgroup": {
                if (lastindex < 0 || !(pattern.indexgroup instanceof PyTuple ig) || lastindex >= ig.items.length) {
                    return PyNone.NONE;
                }
                return ig.items[lastindex];
            }
            case "regs": {
                PyObject[] out = new PyObject[ngroups];
                for (int i = 0; i < ngroups; i++) {
                    out[i] = PyTuple.of(PyInt.of(spans[2 * i]), PyInt.of(spans[2 * i + 1]));
                }
                return new PyTuple(out);
            }
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public PyStr repr() {
        String r = groupValue(0, PyNone.NONE).repr().value;
        if (r.codePointCount(0, r.length()) > 50) {
            r = r.substring(0, r.offsetByCodePoints(0, 50));
        }
        return new PyStr("<re.Match object; span=(" + spans[0] + ", " + spans[1] + "), match=" + r + ">");
    }
}
