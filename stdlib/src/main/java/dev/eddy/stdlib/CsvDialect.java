package dev.eddy.stdlib;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** _csv.Dialect: a validated, immutable set of CSV formatting parameters. */
final class CsvDialect extends PyObject {
    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;
    /** A character parameter that is None. */
    static final int NOT_SET = -1;

    static final String[] ATTRS = {
        "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict",
    };

    private final PyType type;
    final int delimiter;
    final boolean doublequote;
    final int escapechar;
    final String lineterminator;
    final int quotechar;
    final int quoting;
    final boolean skipinitialspace;
    final boolean strict;

    /** Values: the parameters in {@link #ATTRS} order, null where not given. */
    CsvDialect(PyType type, PyObject[] v) {
        this.type = type;
        this.delimiter = character("delimiter", v[0], ',', false);
        this.doublequote = v[1] == null || v[1].isTrue();
        this.escapechar = character("escapechar", v[2], NOT_SET, true);
        if (v[3] == null) {
            this.lineterminator = "\r\n";
        } else if (v[3] == PyNone.NONE) {
            throw Errors.typeError("lineterminator must be set");
        } else if (v[3] instanceof PyStr s) {
            this.lineterminator = s.value;
        } else {
            throw Errors.typeError("\"lineterminator\" must be a string");
        }
        this.quotechar = character("quotechar", v[4], '"', true);
        int q;
        if (v[5] == null) {
            q = v[4] == PyNone.NONE ? QUOTE_NONE : QUOTE_MINIMAL;
        } else if (v[5] instanceof PyInt i && !(v[5] instanceof PyBool)) {
            q = i.isBig() ? -1 : (int) Math.max(-1, Math.min(99, i.value));
        } else if (v[5] instanceof PyBool b) {
            q = b.isTrue() ? 1 : 0;
        } else {
            throw Errors.typeError("\"quoting\" must be an integer");
        }
        if (q < QUOTE_MINIMAL || q > QUOTE_NONE) {
            throw Errors.typeError("bad \"quoting\" value");
        }
        this.quoting = q;
        this.skipinitialspace = v[6] != null && v[6].isTrue();
        this.strict = v[7] != null && v[7].isTrue();
        if (delimiter == NOT_SET) {
            throw Errors.typeError("\"delimiter\" must be a 1-character string");
        }
        if (quotechar == NOT_SET && quoting != QUOTE_NONE) {
            throw Errors.typeError("quotechar must be set if quoting enabled");
        }
    }

    private static int character(String name, PyObject o, int dflt, boolean noneAllowed) {
        if (o == null) {
            return dflt;
        }
        if (o == PyNone.NONE && noneAllowed) {
            return NOT_SET;
        }
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("\"" + name + "\" must be string, not " + o.type().name);
        }
        if (s.codePointLength() != 1) {
            throw Errors.typeError("\"" + name + "\" must be a 1-character string");
        }
        return s.value.codePointAt(0);
    }

    @Override
    public PyType type() {
        return type;
    }

    private static PyObject ch(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.ofCodePoint(c);
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "delimiter": return ch(delimiter);
            case "doublequote": return PyBool.of(doublequote);
            case "escapechar": return ch(escapechar);
            case "lineterminator": return new PyStr(lineterminator);
            case "quotechar": return ch(quotechar);
            case "quoting": return PyInt.of(quoting);
            case "skipinitialspace": return PyBool.of(skipinitialspace);
            case "strict": return PyBool.of(strict);
            default: return super.lookupAttr(name);
        }
    }

    @Override
    public void setAttr(String name, PyObject value) {
        for (String a : ATTRS) {
            if (a.equals(name)) {
                throw Errors.attributeError("attribute '" + name + "' of '_csv.Dialect' objects is not writable");
            }
        }
        super.setAttr(name, value);
    }
}
