package dev.eddy.stdlib.json;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.FloatFormat;
import dev.eddy.runtime.ListMethods;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ThreadState;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code _json.make_encoder} (the type {@code _json.Encoder}): a configured JSON writer that
 * turns a Python value into JSON text in one pass, as CPython's C encoder does. Calling it
 * with {@code (obj, _current_indent_level)} returns the text as a list of strings (json joins them).
 *
 * <p>As in CPython's C encoder: str, int and float subclasses are written by the base type's
 * rules (an IntEnum member is written as its number, never through its own {@code __repr__});
 * an exact list or tuple is read directly and a subclass through its iteration; an exact
 * dict is read directly, while any dict subclass (OrderedDict included) gives its pairs through
 * its {@code items()}; {@code sort_keys} sorts those pairs as {@code list.sort} would; anything
 * else goes to {@code default}. Nesting counts against the recursion limit.
 *
 * <p>Circular references are detected (when {@code markers} is a dict) by object identity
 * within the call; the markers dict itself is kept but not written to, since no program can
 * reach it while the encoder runs.
 */
final class Encoder extends AcceleratorObject {
    static final PyType TYPE = PyType.builtin("Encoder", PyType.OBJECT, Encoder::construct).notAcceptableBase();
    private static final String[] PARAMS = {"markers", "default", "encoder", "indent", "key_separator",
        "item_separator", "sort_keys", "skipkeys", "allow_nan"};
    private static final String[] CALL_PARAMS = {"obj", "_current_indent_level"};
    private static final String ENCODING = " while encoding a JSON object";
    /** How many pieces of text make one chunk of the result. */
    private static final int CHUNK_PIECES = 100000;

    static {
        TYPE.module = "_json";
        TYPE.dict.put("__doc__", new PyStr("_iterencode(obj, _current_indent_level) -> iterable"));
    }

    /** How strings are quoted: by one of this module's escapers directly, or by calling {@link #encoder}. */
    private enum StringMode { ASCII, UNICODE, CALL }

    private final PyObject markers;
    private final PyObject defaultFn;
    private final PyObject encoder;
    private final PyObject indent;
    private final PyStr keySeparator;
    private final PyStr itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;
    private final StringMode stringMode;

    private Encoder(PyObject[] p) {
        markers = p[0];
        defaultFn = p[1];
        encoder = p[2];
        indent = p[3];
        keySeparator = (PyStr) p[4];
        itemSeparator = (PyStr) p[5];
        sortKeys = p[6].isTrue();
        skipKeys = p[7].isTrue();
        allowNan = p[8].isTrue();
        stringMode = encoder instanceof PyBuiltinFunction f && f.body == JsonModule.ESCAPE_ASCII ? StringMode.ASCII
                : encoder instanceof PyBuiltinFunction f && f.body == JsonModule.ESCAPE_UNICODE ? StringMode.UNICODE
                : StringMode.CALL;
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("make_encoder", a, kw, PARAMS, PARAMS.length);
        for (int i = 4; i <= 5; i++) {
            if (!(p[i] instanceof PyStr)) {
                throw Errors.typeError("make_encoder() argument " + (i + 1) + " must be str, not " + p[i].type().name);
            }
        }
        if (p[0] != PyNone.NONE && !(p[0] instanceof PyDict)) {
            throw Errors.typeError("make_encoder() argument 1 must be dict or None, not " + p[0].type().name);
        }
        return new Encoder(p);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String typeName() {
        return "_json.Encoder";
    }

    @Override
    PyObject member(String name) {
        switch (name) {
            case "markers": return markers;
            case "default": return defaultFn;
            case "encoder": return encoder;
            case "indent": return indent;
            case "key_separator": return keySeparator;
            case "item_separator": return itemSeparator;
            case "sort_keys": return PyBool.of(sortKeys);
            case "skipkeys": return PyBool.of(skipKeys);
            default: return null;
        }
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] p = Args.bind("_iterencode", args, kwnames, CALL_PARAMS, 2);
        JsonModule.ssize(p[1]);
        Run run = new Run();
        run.value(p[0]);
        return run.finish();
    }

    /**
     * One call's output and the containers being written (for circular references). The text
     * is cut into chunks as CPython 3.11's accumulator cuts it: one chunk every
     * {@link #CHUNK_PIECES} pieces written (a scalar, a bracket, a separator, a key).
     */
    private final class Run {
        private final StringBuilder out = new StringBuilder();
        private final ArrayList<PyObject> chunks = new ArrayList<>();
        private int pieces;
        private final IdentityHashMap<PyObject, Boolean> active = markers == PyNone.NONE ? null : new IdentityHashMap<>();
        private final ThreadState thread = ThreadState.current();

        private void piece() {
            if (++pieces == CHUNK_PIECES) {
                chunks.add(new PyStr(out.toString()));
                out.setLength(0);
                pieces = 0;
            }
        }

        private void write(String s) {
            out.append(s);
            piece();
        }

        private void write(char c) {
            out.append(c);
            piece();
        }

        /** The text written, as a list of chunks. */
        PyList finish() {
            if (pieces > 0) {
                chunks.add(new PyStr(out.toString()));
            }
            return new PyList(chunks.toArray(new PyObject[0]));
        }

        private void enter() {
            if (++thread.depth > thread.recursionLimit) {
                thread.depth--;
                throw Errors.of(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded" + ENCODING);
            }
        }

        private void mark(PyObject o) {
            if (active != null && active.put(o, Boolean.TRUE) != null) {
                throw Errors.valueError("Circular reference detected");
            }
        }

        private void unmark(PyObject o) {
            if (active != null) {
                active.remove(o);
            }
        }

        void value(PyObject o) {
            if (o == PyNone.NONE) {
                write("null");
            } else if (o == PyBool.TRUE) {
                write("true");
            } else if (o == PyBool.FALSE) {
                write("false");
            } else if (o instanceof PyStr s) {
                string(s);
            } else if (o instanceof PyInt i) {
                integer(i);
            } else if (o instanceof PyFloat f) {
                write(floatText(f.value));
            } else if (o instanceof PyList || o instanceof PyTuple || o.type().isSubtypeOf(PyTuple.TYPE)) {
                enter();
                try {
                    list(o);
                } finally {
                    thread.depth--;
                }
            } else if (o instanceof PyDict || o.type().isSubtypeOf(PyDict.TYPE)) {
                enter();
                try {
                    dict(o);
                } finally {
                    thread.depth--;
                }
            } else {
                mark(o);
                PyObject replacement = defaultFn.call(o);
                enter();
                try {
                    value(replacement);
                } finally {
                    thread.depth--;
                }
                unmark(o);
            }
        }

        private void string(PyStr s) {
            switch (stringMode) {
                case ASCII:
                    JsonEscapes.appendAscii(s.value, out);
                    break;
                case UNICODE:
                    JsonEscapes.appendUnicode(s.value, out);
                    break;
                default:
                    PyObject encoded = encoder.call(s);
                    if (!(encoded instanceof PyStr e)) {
                        throw Errors.typeError("encoder() must return a string, not " + encoded.type().name);
                    }
                    out.append(e.value);
            }
            piece();
        }

        private void integer(PyInt i) {
            if (i.isBig()) {
                out.append(intText(i));
            } else {
                out.append(i.value);
            }
            piece();
        }

        /** int.__repr__, whatever a subclass's own __repr__ says. */
        private String intText(PyInt i) {
            return i.isBig() ? PyInt.of(i.big).repr().value : Long.toString(i.value);
        }

        private String floatText(double d) {
            if (Double.isFinite(d)) {
                return FloatFormat.repr(d);
            }
            if (!allowNan) {
                throw Errors.valueError("Out of range float values are not JSON compliant");
            }
            return d > 0 ? "Infinity" : d < 0 ? "-Infinity" : "NaN";
        }

        private void list(PyObject seq) {
            PyObject[] items;
            int n;
            PyList live = null;
            if (seq instanceof PyList l && l.type() == PyList.TYPE) {
                live = l;
                items = null;
                n = l.size;
            } else {
                // a tuple's own items; a subclass's iteration (its __iter__ may differ)
                items = seq instanceof PyTuple t && t.type() == PyTuple.TYPE ? t.items : iterate(seq);
                n = items.length;
            }
            if (n == 0) {
                write("[]");
                return;
            }
            mark(seq);
            write('[');
            // a list is read as it stands at each step, as CPython reads it
            for (int i = 0; live != null ? i < live.size : i < n; i++) {
                if (i > 0) {
                    write(itemSeparator.value);
                }
                value(live != null ? live.items[i] : items[i]);
            }
            unmark(seq);
            write(']');
        }

        private PyObject[] iterate(PyObject seq) {
            ArrayList<PyObject> items = new ArrayList<>();
            PyObject it = seq.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                items.add(x);
            }
            return items.toArray(new PyObject[0]);
        }

        private void dict(PyObject d) {
            PyDict exact = d instanceof PyDict pd && pd.type() == PyDict.TYPE ? pd : null;
            int size = d instanceof PyDict pd ? pd.map.size() : d.len();
            if (size == 0) {
                write("{}");
                return;
            }
            mark(d);
            write('{');
            boolean first = true;
            if (exact != null && !sortKeys) {
                // a snapshot, as dict.items() would give
                int n = exact.map.size();
                PyObject[] keys = new PyObject[n];
                PyObject[] values = new PyObject[n];
                int k = 0;
                for (Map.Entry<PyObject, PyObject> e : exact.map.entrySet()) {
                    keys[k] = e.getKey();
                    values[k++] = e.getValue();
                }
                for (int i = 0; i < n; i++) {
                    first = member(first, keys[i], values[i]);
                }
            } else {
                PyList items = items(d, exact);
                if (sortKeys) {
                    ListMethods.sort(items, null, false);
                }
                for (int i = 0; i < items.size; i++) {
                    if (!(items.items[i] instanceof PyTuple t) || t.items.length != 2) {
                        throw Errors.valueError("items must return 2-tuples");
                    }
                    first = member(first, t.items[0], t.items[1]);
                }
            }
            unmark(d);
            write('}');
        }

        /** The mapping's (key, value) pairs as a new list: a dict's own, or whatever a subclass's items() gives. */
        private PyList items(PyObject d, PyDict exact) {
            PyList list = new PyList();
            if (exact != null) {
                for (Map.Entry<PyObject, PyObject> e : exact.map.entrySet()) {
                    list.append(PyTuple.of(e.getKey(), e.getValue()));
                }
                return list;
            }
            PyObject result = Ops.callMethod(d, "items");
            PyObject it;
            try {
                it = result.iter();
            } catch (PyException e) {
                if (e.matches(Exceptions.TYPE_ERROR)) {
                    throw Errors.typeError(d.type().name + ".items() returned a non-iterable (type "
                            + result.type().name + ")");
                }
                throw e;
            }
            for (PyObject x = it.next(); x != null; x = it.next()) {
                list.append(x);
            }
            return list;
        }

        /** Writes one key and value (the separator first unless {@code first}); returns whether nothing was written yet. */
        private boolean member(boolean first, PyObject key, PyObject value) {
            PyStr text;
            if (key instanceof PyStr s) {
                text = s;
            } else if (key instanceof PyFloat f) {
                text = new PyStr(floatText(f.value));
            } else if (key == PyBool.TRUE) {
                text = new PyStr("true");
            } else if (key == PyBool.FALSE) {
                text = new PyStr("false");
            } else if (key == PyNone.NONE) {
                text = new PyStr("null");
            } else if (key instanceof PyInt i) {
                text = new PyStr(intText(i));
            } else if (skipKeys) {
                return first;
            } else {
                throw Errors.typeError("keys must be str, int, float, bool or None, not " + key.type().name);
            }
            if (!first) {
                write(itemSeparator.value);
            }
            string(text);
            write(keySeparator.value);
            value(value);
            return false;
        }
    }
}
