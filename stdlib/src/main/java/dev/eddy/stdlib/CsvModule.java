package dev.eddy.stdlib;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The _csv module: CSV reader and writer objects, dialects and their registry. */
public final class CsvModule implements ModuleProvider {
    static final PyType ERROR = Mod.type("_csv", "Error", Exceptions.EXCEPTION, null);

    /** The module's state: registered dialects and the field size limit. */
    static final class State {
        final Map<String, CsvDialect> dialects = new LinkedHashMap<>();
        long fieldLimit = 128 * 1024;
        /** This module's Dialect type (its constructor reads the registry). */
        PyType dialectType;
    }

    @Override
    public String name() {
        return "_csv";
    }

    /** Splits call arguments into (first positional or null, keyword values by ATTRS), rejecting other names. */
    private static CsvDialect dialect(State state, PyObject given, PyObject[] a, int npos, String[] kw) {
        PyObject[] v = new PyObject[CsvDialect.ATTRS.length];
        boolean any = false;
        if (kw != null) {
            for (int k = 0; k < kw.length; k++) {
                if (kw[k].equals("dialect")) {
                    if (given != null) {
                        throw Errors.typeError("argument for function given by name ('dialect') and position (2)");
                    }
                    given = a[npos + k];
                    continue;
                }
                int idx = java.util.Arrays.asList(CsvDialect.ATTRS).indexOf(kw[k]);
                if (idx < 0) {
                    throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for this function");
                }
                v[idx] = a[npos + k];
                any = true;
            }
        }
        if (given instanceof PyStr name) {
            CsvDialect d = state.dialects.get(name.value);
            if (d == null) {
                throw Errors.of(ERROR, "unknown dialect");
            }
            given = d;
        }
        if (given instanceof CsvDialect d && !any) {
            return d;
        }
        if (given != null && given != PyNone.NONE) {
            for (int i = 0; i < v.length; i++) {
                if (v[i] == null) {
                    v[i] = given.lookupAttr(CsvDialect.ATTRS[i]);
                }
            }
        }
        return new CsvDialect(state.dialectType, v);
    }

    // ---- reading ---------------------------------------------------------------------------

    private enum ParseState {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    /** _csv.reader: parses the lines an iterator yields into lists of fields. */
    static final class Reader extends PyIterator {
        static final PyType TYPE = Mod.type("_csv", "reader", PyIterator.TYPE, null);
        private static final int EOL = -2;

        private final State state;
        private final PyObject input;
        final CsvDialect dialect;
        private long lineNum;
        private ParseState ps;
        private List<PyObject> fields;
        private final StringBuilder field = new StringBuilder();
        private int fieldLen;
        private boolean numericField;

        Reader(State state, PyObject input, CsvDialect dialect) {
            this.state = state;
            this.input = input;
            this.dialect = dialect;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject lookupAttr(String name) {
            switch (name) {
                case "dialect": return dialect;
                case "line_num": return PyInt.of(lineNum);
                default: return super.lookupAttr(name);
            }
        }

        private void saveField() {
            PyObject f = new PyStr(field.toString());
            if (numericField) {
                numericField = false;
                f = PyFloat.TYPE.call(f);
            }
            field.setLength(0);
            fieldLen = 0;
            fields.add(f);
        }

        private void addChar(int c) {
            if (fieldLen >= state.fieldLimit) {
                throw Errors.of(ERROR, "field larger than field limit (" + state.fieldLimit + ")");
            }
            field.appendCodePoint(c);
            fieldLen++;
        }

        @Override
        public PyObject next() {
            fields = new ArrayList<>();
            ps = ParseState.START_RECORD;
            field.setLength(0);
            fieldLen = 0;
            numericField = false;
            do {
                PyObject line = input.next();
                if (line == null) {
                    if (fieldLen != 0 || ps == ParseState.IN_QUOTED_FIELD) {
                        if (dialect.strict) {
                            throw Errors.of(ERROR, "unexpected end of data");
                        }
                        saveField();
                        break;
                    }
                    return null;
                }
                if (!(line instanceof PyStr s)) {
                    throw Errors.of(ERROR, "iterator should return strings, not " + line.type().name
                            + " (the file should be opened in text mode)");
                }
                lineNum++;
                String text = s.value;
                for (int i = 0; i < text.length(); ) {
                    int c = text.codePointAt(i);
                    i += Character.charCount(c);
                    process(c);
                }
                process(EOL);
            } while (ps != ParseState.START_RECORD);
            PyList out = new PyList();
            for (PyObject f : fields) {
                out.append(f);
            }
            fields = null;
            return out;
        }

        private void process(int c) {
            CsvDialect d = dialect;
            switch (ps) {
                case START_RECORD:
                    if (c == EOL) {
                        return;
                    }
                    if (c == '\n' || c == '\r') {
                        ps = ParseState.EAT_CRNL;
                        return;
                    }
                    ps = ParseState.START_FIELD;
                    // fall through
                case START_FIELD:
                    if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        ps = c == EOL ? ParseState.START_RECORD : ParseState.EAT_CRNL;
                    } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
                        ps = ParseState.IN_QUOTED_FIELD;
                    } else if (c == d.escapechar) {
                        ps = ParseState.ESCAPED_CHAR;
                    } else if (c == ' ' && d.skipinitialspace) {
                        return;
                    } else if (c == d.delimiter) {
                        saveField();
                    } else {
                        if (d.quoting == CsvDialect.QUOTE_NONNUMERIC) {
                            numericField = true;
                        }
                        addChar(c);
                        ps = ParseState.IN_FIELD;
                    }
                    return;
                case ESCAPED_CHAR:
                    if (c == '\n' || c == '\r') {
                        addChar(c);
                        ps = ParseState.AFTER_ESCAPED_CRNL;
                        return;
                    }
                    addChar(c == EOL ? '\n' : c);
                    ps = ParseState.IN_FIELD;
                    return;
                case AFTER_ESCAPED_CRNL:
                    if (c == EOL) {
                        return;
                    }
                    // fall through
                case IN_FIELD:
                    if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        ps = c == EOL ? ParseState.START_RECORD : ParseState.EAT_CRNL;
                    } else if (c == d.escapechar) {
                        ps = ParseState.ESCAPED_CHAR;
                    } else if (c == d.delimiter) {
                        saveField();
                        ps = ParseState.START_FIELD;
                    } else {
                        addChar(c);
                    }
                    return;
                case IN_QUOTED_FIELD:
                    if (c == EOL) {
                        return;
                    }
                    if (c == d.escapechar) {
                        ps = ParseState.ESCAPE_IN_QUOTED_FIELD;
                    } else if (c == d.quotechar && d.quoting != CsvDialect.QUOTE_NONE) {
                        ps = d.doublequote ? ParseState.QUOTE_IN_QUOTED_FIELD : ParseState.IN_FIELD;
                    } else {
                        addChar(c);
                    }
                    return;
                case ESCAPE_IN_QUOTED_FIELD:
                    addChar(c == EOL ? '\n' : c);
                    ps = ParseState.IN_QUOTED_FIELD;
                    return;
                case QUOTE_IN_QUOTED_FIELD:
                    if (d.quoting != CsvDialect.QUOTE_NONE && c == d.quotechar) {
                        addChar(c);
                        ps = ParseState.IN_QUOTED_FIELD;
                    } else if (c == d.delimiter) {
                        saveField();
                        ps = ParseState.START_FIELD;
                    } else if (c == '\n' || c == '\r' || c == EOL) {
                        saveField();
                        ps = c == EOL ? ParseState.START_RECORD : ParseState.EAT_CRNL;
                    } else if (!d.strict) {
                        addChar(c);
                        ps = ParseState.IN_FIELD;
                    } else {
                        throw Errors.of(ERROR, "'" + new String(Character.toChars(d.delimiter)) + "' expected after '"
                                + new String(Character.toChars(d.quotechar)) + "'");
                    }
                    return;
                case EAT_CRNL:
                    if (c == '\n' || c == '\r') {
                        return;
                    }
                    if (c == EOL) {
                        ps = ParseState.START_RECORD;
                        return;
                    }
                    throw Errors.of(ERROR, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
                default:
                    throw new IllegalStateException(ps.toString());
            }
        }
    }

    // ---- writing ---------------------------------------------------------------------------

    /** _csv.writer: formats rows and passes each line to the file's write method. */
    static final class Writer extends PyObject {
        static final PyType TYPE = Mod.type("_csv", "writer", null, null);

        static {
            TYPE.def("writerow", (a, kw) -> {
                dev.eddy.runtime.Args.checkMethod("writerow", a, kw, 1, 1);
                return ((Writer) a[0]).writerow(a[1]);
            });
            TYPE.def("writerows", (a, kw) -> {
                dev.eddy.runtime.Args.checkMethod("writerows", a, kw, 1, 1);
                Writer w = (Writer) a[0];
                PyObject it = a[1].iter();
                for (PyObject row = it.next(); row != null; row = it.next()) {
                    w.writerow(row);
                }
                return PyNone.NONE;
            });
        }

        private final PyObject write;
        final CsvDialect dialect;

        Writer(PyObject write, CsvDialect dialect) {
            this.write = write;
            this.dialect = dialect;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject lookupAttr(String name) {
            return name.equals("dialect") ? dialect : super.lookupAttr(name);
        }

        /** Appends one field, quoted and escaped as the dialect asks; returns whether it wrote any characters. */
        private void appendField(StringBuilder rec, boolean first, String f, boolean quoted) {
            CsvDialect d = dialect;
            if (!first) {
                rec.appendCodePoint(d.delimiter);
            }
            StringBuilder body = new StringBuilder();
            if (f != null) {
                for (int i = 0; i < f.length(); ) {
                    int c = f.codePointAt(i);
                    i += Character.charCount(c);
                    boolean wantEscape = false;
                    if (c == d.delimiter || c == d.escapechar || c == d.quotechar || d.lineterminator.indexOf(c) >= 0) {
                        if (d.quoting == CsvDialect.QUOTE_NONE) {
                            wantEscape = true;
                        } else {
                            if (c == d.quotechar) {
                                if (d.doublequote) {
                                    body.appendCodePoint(d.quotechar);
                                } else {
                                    wantEscape = true;
                                }
                            } else if (c == d.escapechar) {
                                wantEscape = true;
                            }
                            if (!wantEscape) {
                                quoted = true;
                            }
                        }
                        if (wantEscape) {
                            if (d.escapechar == CsvDialect.NOT_SET) {
                                throw Errors.of(ERROR, "need to escape, but no escapechar set");
                            }
                            body.appendCodePoint(d.escapechar);
                        }
                    }
                    body.appendCodePoint(c);
                }
            }
            if (quoted) {
                rec.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
            } else {
                rec.append(body);
            }
        }

        PyObject writerow(PyObject row) {
            PyObject it;
            try {
                it = row.iter();
            } catch (dev.eddy.runtime.PyException e) {
                throw Errors.of(ERROR, "iterable expected, not " + row.type().name);
            }
            StringBuilder rec = new StringBuilder();
            int n = 0;
            for (PyObject f = it.next(); f != null; f = it.next()) {
                boolean quoted;
                switch (dialect.quoting) {
                    case CsvDialect.QUOTE_NONNUMERIC:
                        quoted = !(f instanceof PyInt || f instanceof PyFloat || f.type().lookup("__index__") != null
                                || f.type().lookup("__float__") != null);
                        break;
                    case CsvDialect.QUOTE_ALL:
                        quoted = true;
                        break;
                    default:
                        quoted = false;
                }
                String text = f instanceof PyStr s ? s.value : f == PyNone.NONE ? null : f.str().value;
                appendField(rec, n == 0, text, quoted);
                n++;
            }
            if (n == 1 && rec.length() == 0) {
                if (dialect.quoting == CsvDialect.QUOTE_NONE) {
                    throw Errors.of(ERROR, "single empty field record must be quoted");
                }
                appendField(rec, true, null, true);
            }
            rec.append(dialect.lineterminator);
            return write.call(new PyStr(rec.toString()));
        }
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_csv");
        State state = new State();
        m.set("__doc__", new PyStr("CSV parsing and writing."));
        m.set("__version__", new PyStr("1.0"));
        m.set("QUOTE_MINIMAL", PyInt.of(CsvDialect.QUOTE_MINIMAL));
        m.set("QUOTE_ALL", PyInt.of(CsvDialect.QUOTE_ALL));
        m.set("QUOTE_NONNUMERIC", PyInt.of(CsvDialect.QUOTE_NONNUMERIC));
        m.set("QUOTE_NONE", PyInt.of(CsvDialect.QUOTE_NONE));
        m.set("Error", ERROR);
        PyType dialectType = Mod.type("_csv", "Dialect", null, (cls, a, kw) -> {
            int npos = kw == null ? a.length : a.length - kw.length;
            if (npos > 1) {
                throw Errors.typeError("Dialect() takes at most 1 positional argument (" + npos + " given)");
            }
            return dialect(state, npos == 1 ? a[0] : null, a, npos, kw);
        });
        state.dialectType = dialectType;
        m.set("Dialect", dialectType);
        Mod.def(m, "reader", (a, kw) -> {
            int npos = kw == null ? a.length : a.length - kw.length;
            if (npos < 1 || npos > 2) {
                throw Errors.typeError("expected at most 2 arguments, got " + npos);
            }
            return new Reader(state, a[0].iter(), dialect(state, npos == 2 ? a[1] : null, a, npos, kw));
        });
        Mod.def(m, "writer", (a, kw) -> {
            int npos = kw == null ? a.length : a.length - kw.length;
            if (npos < 1 || npos > 2) {
                throw Errors.typeError("expected at most 2 arguments, got " + npos);
            }
            PyObject write = a[0].lookupAttr("write");
            if (write == null || !dev.eddy.builtins.Functions.callable(write)) {
                throw Errors.typeError("argument 1 must have a \"write\" method");
            }
            return new Writer(write, dialect(state, npos == 2 ? a[1] : null, a, npos, kw));
        });
        Mod.def(m, "register_dialect", (a, kw) -> {
            int npos = kw == null ? a.length : a.length - kw.length;
            if (npos < 1 || npos > 2) {
                throw Errors.typeError("register_dialect() expected at most 2 arguments, got " + npos);
            }
            if (!(a[0] instanceof PyStr name)) {
                throw Errors.typeError("dialect name must be a string");
            }
            state.dialects.put(name.value, dialect(state, npos == 2 ? a[1] : null, a, npos, kw));
            return PyNone.NONE;
        });
        Mod.def(m, "unregister_dialect", (a, kw) -> {
            dev.eddy.runtime.Args.check("unregister_dialect", a, kw, 1, 1);
            if (!(a[0] instanceof PyStr name) || state.dialects.remove(name.value) == null) {
                throw Errors.of(ERROR, "unknown dialect");
            }
            return PyNone.NONE;
        });
        Mod.def(m, "get_dialect", (a, kw) -> {
            dev.eddy.runtime.Args.check("get_dialect", a, kw, 1, 1);
            CsvDialect d = a[0] instanceof PyStr name ? state.dialects.get(name.value) : null;
            if (d == null) {
                throw Errors.of(ERROR, "unknown dialect");
            }
            return d;
        });
        Mod.def(m, "list_dialects", (a, kw) -> {
            dev.eddy.runtime.Args.check("list_dialects", a, kw, 0, 0);
            PyList out = new PyList();
            for (String k : state.dialects.keySet()) {
                out.append(new PyStr(k));
            }
            return out;
        });
        Mod.def(m, "field_size_limit", (a, kw) -> {
            PyObject[] p = dev.eddy.runtime.Args.bind("field_size_limit", a, kw, new String[] {"new_limit"}, 0);
            long old = state.fieldLimit;
            if (p[0] != null) {
                if (!(p[0] instanceof PyInt i)) {
                    throw Errors.typeError("limit must be an integer");
                }
                state.fieldLimit = Ops.index(i, null).longValueExact();
            }
            return PyInt.of(old);
        });
        return m;
    }
}
