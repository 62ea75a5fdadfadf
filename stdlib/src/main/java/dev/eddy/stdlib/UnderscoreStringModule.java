package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyIterator;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** The _string module: the format-string parser string.Formatter is built on. */
public final class UnderscoreStringModule implements ModuleProvider {
    @Override
    public String name() {
        return "_string";
    }

    /** Yields (literal, field_name, format_spec, conversion) for each piece of a format string. */
    static final class FormatterIterator extends PyIterator {
        static final PyType TYPE = Mod.type("_string", "formatteriterator", PyIterator.TYPE, null);
        private final String fmt;
        private int pos;

        FormatterIterator(String fmt) {
            this.fmt = fmt;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            int n = fmt.length();
            if (pos >= n) {
                return null;
            }
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < n) {
                c = fmt.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= n;
            int len = pos - start;
            if (c == '}' && markup && (atEnd || fmt.charAt(pos) != '}')) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (markup && fmt.charAt(pos) == c) {
                // an escaped brace: the literal keeps one, and no field follows
                pos++;
                return PyTuple.of(new PyStr(fmt.substring(start, start + len)), PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            PyStr literal = new PyStr(fmt.substring(start, markup ? start + len - 1 : start + len));
            if (!markup) {
                return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return field(literal);
        }

        private PyObject field(PyStr literal) {
            int n = fmt.length();
            int nameStart = pos;
            char c = 0;
            while (pos < n) {
                c = fmt.charAt(pos++);
                if (c == '{') {
                    throw Errors.valueError("unexpected '{' in field name");
                }
                if (c == '[') {
                    while (pos < n && fmt.charAt(pos) != ']') {
                        pos++;
                    }
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            int nameEnd = pos - 1;
            PyObject conversion = PyNone.NONE;
            int specStart = pos;
            int specEnd = pos;
            if (c == '!' || c == ':') {
                boolean done = false;
                if (c == '!') {
                    if (pos >= n) {
                        throw Errors.valueError("end of string while looking for conversion specifier");
                    }
                    int cp = fmt.codePointAt(pos);
                    conversion = PyStr.ofCodePoint(cp);
                    pos += Character.charCount(cp);
                    if (pos < n) {
                        char d = fmt.charAt(pos++);
                        if (d == '}') {
                            done = true;
                            specStart = specEnd = pos;
                        } else if (d != ':') {
                            throw Errors.valueError("expected ':' after conversion specifier");
                        }
                    }
                }
                if (!done) {
                    specStart = pos;
                    int count = 1;
                    while (true) {
                        if (pos >= n) {
                            throw Errors.valueError("unmatched '{' in format spec");
                        }
                        char d = fmt.charAt(pos++);
                        if (d == '{') {
                            count++;
                        } else if (d == '}' && --count == 0) {
                            break;
                        }
                    }
                    specEnd = pos - 1;
                }
            } else if (c != '}') {
                throw Errors.valueError("expected '}' before end of string");
            } else {
                nameEnd = pos - 1;
                specStart = specEnd = pos;
            }
            return PyTuple.of(literal, new PyStr(fmt.substring(nameStart, nameEnd)),
                    new PyStr(fmt.substring(specStart, specEnd)), conversion);
        }
    }

    /** Yields (is_attribute, name_or_index) for the rest of a field name after its first part. */
    static final class FieldNameIterator extends PyIterator {
        static final PyType TYPE = Mod.type("_string", "fieldnameiterator", PyIterator.TYPE, null);
        private final String name;
        private int pos;

        FieldNameIterator(String name, int pos) {
            this.name = name;
            this.pos = pos;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            int end = name.length();
            if (pos >= end) {
                return null;
            }
            char c = name.charAt(pos++);
            int start = pos;
            if (c == '.') {
                while (pos < end && name.charAt(pos) != '.' && name.charAt(pos) != '[') {
                    pos++;
                }
                if (pos == start) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                return PyTuple.of(PyBool.TRUE, new PyStr(name.substring(start, pos)));
            }
            if (c == '[') {
                while (pos < end && name.charAt(pos) != ']') {
                    pos++;
                }
                if (pos >= end) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                int stop = pos++;
                if (stop == start) {
                    throw Errors.valueError("Empty attribute in format string");
                }
                return PyTuple.of(PyBool.FALSE, indexOrName(name.substring(start, stop)));
            }
            throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
    }

    /** The field name part as an int when it is all decimal digits, else as str. */
    static PyObject indexOrName(String s) {
        if (s.isEmpty()) {
            return PyStr.EMPTY;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) {
                return new PyStr(s);
            }
            v = v * 10 + d;
            if (v > Long.MAX_VALUE / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
        }
        return PyInt.of(v);
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_string");
        m.set("__doc__", new PyStr("string helper module"));
        Mod.def(m, "formatter_parser", (a, kw) -> {
            Args.check("formatter_parser", a, kw, 1, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("expected str, got " + a[0].type().name);
            }
            return new FormatterIterator(s.value);
        });
        Mod.def(m, "formatter_field_name_split", (a, kw) -> {
            Args.check("formatter_field_name_split", a, kw, 1, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("expected str, got " + a[0].type().name);
            }
            String name = s.value;
            int i = 0;
            while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            return PyTuple.of(indexOrName(name.substring(0, i)), new FieldNameIterator(name, i));
        });
        return m;
    }
}
