package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.FloatFormat;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The json module: dumps/loads (and dump/load) with CPython's output format and error messages. */
public final class JsonModule implements ModuleProvider {
    static final PyType DECODE_ERROR = PyType.builtin("JSONDecodeError", Exceptions.VALUE_ERROR, null);

    static {
        DECODE_ERROR.module = "json.decoder";
    }

    private static final String[] DUMP_PARAMS = {"obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls",
        "indent", "separators", "default", "sort_keys"};

    @Override
    public String name() {
        return "json";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("json");
        m.set("JSONDecodeError", DECODE_ERROR);
        Mod.def(m, "dumps", (a, kw) -> new PyStr(dumps(Args.bind("dumps", a, kw, DUMP_PARAMS, 1))));
        Mod.def(m, "dump", (a, kw) -> {
            if (a.length - (kw == null ? 0 : kw.length) < 2) {
                throw Errors.typeError("dump() missing required argument 'fp'");
            }
            PyObject fp = a[1];
            PyObject[] rest = new PyObject[a.length - 1];
            rest[0] = a[0];
            System.arraycopy(a, 2, rest, 1, a.length - 2);
            Ops.callMethod(fp, "write", new PyStr(dumps(Args.bind("dump", rest, kw, DUMP_PARAMS, 1))));
            return PyNone.NONE;
        });
        String[] loadParams = {"s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"};
        Mod.def(m, "loads", (a, kw) -> {
            PyObject[] p = Args.bind("loads", a, kw, loadParams, 1);
            if (!(p[0] instanceof PyStr s)) {
                throw Errors.typeError("the JSON object must be str, bytes or bytearray, not " + p[0].type().name);
            }
            return new Decoder(s.value, p).decode();
        });
        Mod.def(m, "load", (a, kw) -> {
            PyObject[] p = Args.bind("load", a, kw, new String[] {"fp", "cls", "object_hook", "parse_float", "parse_int",
                "parse_constant", "object_pairs_hook"}, 1);
            p[0] = Ops.callMethod(p[0], "read");
            return new Decoder(p[0].toString(), p).decode();
        });
        return m;
    }

    // ---- encoding ------------------------------------------------------------------------------

    private static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : o.isTrue();
    }

    static String dumps(PyObject[] p) {
        Encoder e = new Encoder();
        e.skipKeys = flag(p[1], false);
        e.ensureAscii = flag(p[2], true);
        e.allowNan = flag(p[4], true);
        PyObject indent = p[6] == null ? PyNone.NONE : p[6];
        if (indent != PyNone.NONE) {
            e.indent = indent instanceof PyStr s ? s.value : " ".repeat(Math.max(0, Ops.toInt(indent)));
            e.itemSep = ",";
        }
        if (p[7] != null && p[7] != PyNone.NONE) {
            PyObject[] seps = Ops.toArray(p[7]);
            e.itemSep = seps[0].toString();
            e.keySep = seps[1].toString();
        }
        e.dflt = p[8] == null || p[8] == PyNone.NONE ? null : p[8];
        e.sortKeys = flag(p[9], false);
        e.encode(p[0], 0);
        return e.out.toString();
    }

    static final class Encoder {
        final StringBuilder out = new StringBuilder();
        boolean skipKeys;
        boolean ensureAscii = true;
        boolean allowNan = true;
        boolean sortKeys;
        String indent;
        String itemSep = ", ";
        String keySep = ": ";
        PyObject dflt;
        private final IdentityHashMap<PyObject, Boolean> active = new IdentityHashMap<>();

        void string(String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"': out.append("\\\""); break;
                    case '\\': out.append("\\\\"); break;
                    case '\n': out.append("\\n"); break;
                    case '\r': out.append("\\r"); break;
                    case '\t': out.append("\\t"); break;
                    case '\b': out.append("\\b"); break;
                    case '\f': out.append("\\f"); break;
                    default:
                        if (c < 0x20 || (ensureAscii && c > 0x7e)) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                }
            }
            out.append('"');
        }

        private String floatText(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (!allowNan) {
                    throw Errors.valueError("Out of range float values are not JSON compliant");
                }
                return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
            }
            return FloatFormat.repr(d);
        }

        private void newline(int level) {
            if (indent != null) {
                out.append('\n');
                for (int i = 0; i < level; i++) {
                    out.append(indent);
                }
            }
        }

        private void enter(PyObject o) {
            if (active.put(o, Boolean.TRUE) != null) {
                throw Errors.valueError("Circular reference detected");
            }
        }

        void encode(PyObject o, int level) {
            if (o instanceof PyStr s) {
                string(s.value);
            } else if (o == PyNone.NONE) {
                out.append("null");
            } else if (o instanceof PyBool b) {
                out.append(b.value != 0 ? "true" : "false");
            } else if (o instanceof PyInt i) {
                out.append(i.isBig() ? i.big.toString() : Long.toString(i.value));
            } else if (o instanceof PyFloat f) {
                out.append(floatText(f.value));
            } else if (o instanceof PyList || o instanceof PyTuple || o instanceof NamedTuple.Instance) {
                PyObject[] items = o instanceof PyList l ? l.toArray() : Ops.toArray(o);
                if (items.length == 0) {
                    out.append("[]");
                    return;
                }
                enter(o);
                out.append('[');
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        out.append(itemSep);
                    }
                    newline(level + 1);
                    encode(items[i], level + 1);
                }
                newline(level);
                out.append(']');
                active.remove(o);
            } else if (o instanceof PyDict d) {
                if (d.map.isEmpty()) {
                    out.append("{}");
                    return;
                }
                enter(o);
                out.append('{');
                List<Map.Entry<PyObject, PyObject>> entries = new ArrayList<>(d.map.entrySet());
                if (sortKeys) {
                    PyList keys = new PyList();
                    for (Map.Entry<PyObject, PyObject> e : entries) {
                        keys.append(e.getKey());
                    }
                    dev.eddy.runtime.ListMethods.sort(keys, null, false);
                    entries.clear();
                    for (int i = 0; i < keys.size; i++) {
                        entries.add(Map.entry(keys.items[i], d.map.get(keys.items[i])));
                    }
                }
                boolean first = true;
                for (Map.Entry<PyObject, PyObject> e : entries) {
                    String key = keyText(e.getKey());
                    if (key == null) {
                        continue;
                    }
                    if (!first) {
                        out.append(itemSep);
                    }
                    first = false;
                    newline(level + 1);
                    string(key);
                    out.append(keySep);
                    encode(e.getValue(), level + 1);
                }
                newline(level);
                out.append('}');
                active.remove(o);
            } else if (dflt != null) {
                enter(o);
                encode(dflt.call(o), level);
                active.remove(o);
            } else {
                throw Errors.typeError("Object of type " + o.type().name + " is not JSON serializable");
            }
        }

        private String keyText(PyObject k) {
            if (k instanceof PyStr s) {
                return s.value;
            }
            if (k instanceof PyBool b) {
                return b.value != 0 ? "true" : "false";
            }
            if (k instanceof PyInt i) {
                return i.toString();
            }
            if (k instanceof PyFloat f) {
                return floatText(f.value);
            }
            if (k == PyNone.NONE) {
                return "null";
            }
            if (skipKeys) {
                return null;
            }
            throw Errors.typeError("keys must be str, int, float, bool or None, not " + k.type().name);
        }
    }

    // ---- decoding ------------------------------------------------------------------------------

    static final class Decoder {
        private final String s;
        private int i;
        private final PyObject objectHook;
        private final PyObject parseFloat;
        private final PyObject parseInt;
        private final PyObject pairsHook;

        Decoder(String s, PyObject[] p) {
            this.s = s;
            this.objectHook = none(p[2]);
            this.parseFloat = none(p[3]);
            this.parseInt = none(p[4]);
            this.pairsHook = none(p[6]);
        }

        private static PyObject none(PyObject o) {
            return o == PyNone.NONE ? null : o;
        }

        private PyException error(String msg, int pos) {
            int line = 1;
            int lastNl = -1;
            for (int k = 0; k < pos && k < s.length(); k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    lastNl = k;
                }
            }
            int col = pos - lastNl;
            PyBaseException e = new PyBaseException(DECODE_ERROR, new PyObject[] {
                new PyStr(msg + ": line " + line + " column " + col + " (char " + pos + ")")});
            e.storeAttr("msg", new PyStr(msg));
            e.storeAttr("doc", new PyStr(s));
            e.storeAttr("pos", PyInt.of(pos));
            e.storeAttr("lineno", PyInt.of(line));
            e.storeAttr("colno", PyInt.of(col));
            return new PyException(e);
        }

        private void ws() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    break;
                }
                i++;
            }
        }

        PyObject decode() {
            ws();
            PyObject v = value();
            ws();
            if (i != s.length()) {
                throw error("Extra data", i);
            }
            return v;
        }

        private boolean lit(String w) {
            if (s.startsWith(w, i)) {
                i += w.length();
                return true;
            }
            return false;
        }

        private PyObject value() {
            if (i >= s.length()) {
                throw error("Expecting value", i);
            }
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    i++;
                    return new PyStr(string());
                case '{':
                    i++;
                    return object();
                case '[':
                    i++;
                    return array();
                default:
                    break;
            }
            if (lit("null")) {
                return PyNone.NONE;
            }
            if (lit("true")) {
                return PyBool.TRUE;
            }
            if (lit("false")) {
                return PyBool.FALSE;
            }
            if (lit("NaN")) {
                return new PyFloat(Double.NaN);
            }
            if (lit("Infinity")) {
                return new PyFloat(Double.POSITIVE_INFINITY);
            }
            if (lit("-Infinity")) {
                return new PyFloat(Double.NEGATIVE_INFINITY);
            }
            return number();
        }

        private PyObject number() {
            int start = i;
            int k = i;
            if (k < s.length() && s.charAt(k) == '-') {
                k++;
            }
            if (k >= s.length() || !Character.isDigit(s.charAt(k)) || s.charAt(k) > '9') {
                throw error("Expecting value", start);
            }
            if (s.charAt(k) == '0') {
                k++;
            } else {
                while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                    k++;
                }
            }
            boolean isFloat = false;
            if (k + 1 < s.length() && s.charAt(k) == '.' && s.charAt(k + 1) >= '0' && s.charAt(k + 1) <= '9') {
                isFloat = true;
                k += 2;
                while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                    k++;
                }
            }
            if (k < s.length() && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
                int e = k + 1;
                if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                    e++;
                }
                if (e < s.length() && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
                    isFloat = true;
                    k = e;
                    while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                        k++;
                    }
                }
            }
            String text = s.substring(start, k);
            i = k;
            if (isFloat) {
                return parseFloat != null ? parseFloat.call(new PyStr(text)) : new PyFloat(Double.parseDouble(text));
            }
            return parseInt != null ? parseInt.call(new PyStr(text)) : PyInt.of(new BigInteger(text));
        }

        private String string() {
            int begin = i - 1;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("Unterminated string starting at", begin);
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    if (i >= s.length()) {
                        throw error("Unterminated string starting at", begin);
                    }
                    char e = s.charAt(i++);
                    switch (e) {
                        case '"': sb.append('"'); break;
                        case '\\': sb.append('\\'); break;
                        case '/': sb.append('/'); break;
                        case 'b': sb.append('\b'); break;
                        case 'f': sb.append('\f'); break;
                        case 'n': sb.append('\n'); break;
                        case 'r': sb.append('\r'); break;
                        case 't': sb.append('\t'); break;
                        case 'u': sb.append(hex4(i - 2)); break;
                        default: throw error("Invalid \\escape", i - 2);
                    }
                } else if (c < 0x20) {
                    throw error("Invalid control character at", i - 1);
                } else {
                    sb.append(c);
                }
            }
        }

        private char hex4(int escapePos) {
            if (i + 4 > s.length()) {
                throw error("Invalid \\uXXXX escape", escapePos);
            }
            try {
                char c = (char) Integer.parseInt(s.substring(i, i + 4), 16);
                i += 4;
                return c;
            } catch (NumberFormatException ex) {
                throw error("Invalid \\uXXXX escape", escapePos);
            }
        }

        private PyObject object() {
            List<PyObject[]> pairs = new ArrayList<>();
            ws();
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return finish(pairs);
            }
            while (true) {
                if (i >= s.length() || s.charAt(i) != '"') {
                    throw error("Expecting property name enclosed in double quotes", i);
                }
                i++;
                PyStr key = new PyStr(string());
                ws();
                if (i >= s.length() || s.charAt(i) != ':') {
                    throw error("Expecting ':' delimiter", i);
                }
                i++;
                ws();
                pairs.add(new PyObject[] {key, value()});
                ws();
                if (i < s.length() && s.charAt(i) == '}') {
                    i++;
                    return finish(pairs);
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter", i);
                }
                i++;
                ws();
            }
        }

        private PyObject finish(List<PyObject[]> pairs) {
            if (pairsHook != null) {
                PyObject[] items = new PyObject[pairs.size()];
                for (int k = 0; k < items.length; k++) {
                    items[k] = new PyTuple(pairs.get(k));
                }
                return pairsHook.call(new PyList(items));
            }
            PyDict d = new PyDict();
            for (PyObject[] kv : pairs) {
                d.put(kv[0], kv[1]);
            }
            return objectHook != null ? objectHook.call(d) : d;
        }

        private PyObject array() {
            PyList l = new PyList();
            ws();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return l;
            }
            while (true) {
                l.append(value());
                ws();
                if (i < s.length() && s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                if (i >= s.length() || s.charAt(i) != ',') {
                    throw error("Expecting ',' delimiter", i);
                }
                i++;
                ws();
            }
        }
    }
}
