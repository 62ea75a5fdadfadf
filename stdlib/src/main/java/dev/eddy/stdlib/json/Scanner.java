package dev.eddy.stdlib.json;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/**
 * {@code _json.make_scanner} (the type {@code _json.Scanner}): json.decoder's {@code scan_once}.
 * Made from a decoder (its {@code strict}, {@code object_hook}, {@code object_pairs_hook},
 * {@code parse_float}, {@code parse_int} and {@code parse_constant}, read once), it is called
 * with {@code (string, idx)} and returns the value that starts at {@code idx} and the index after
 * it, or raises StopIteration(idx) when no value starts there.
 */
final class Scanner extends AcceleratorObject {
    static final PyType TYPE = PyType.builtin("Scanner", PyType.OBJECT, Scanner::construct).notAcceptableBase();
    private static final String[] PARAMS = {"context"};
    private static final String[] CALL_PARAMS = {"string", "idx"};

    static {
        TYPE.module = "_json";
        TYPE.dict.put("__doc__", new PyStr("JSON scanner object"));
    }

    final boolean strict;
    final PyObject objectHook;
    final PyObject objectPairsHook;
    final PyObject parseFloat;
    final PyObject parseInt;
    final PyObject parseConstant;

    private Scanner(PyObject context) {
        strict = context.getAttr("strict").isTrue();
        objectHook = context.getAttr("object_hook");
        objectPairsHook = context.getAttr("object_pairs_hook");
        parseFloat = context.getAttr("parse_float");
        parseInt = context.getAttr("parse_int");
        parseConstant = context.getAttr("parse_constant");
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        return new Scanner(Args.bind("make_scanner", a, kw, PARAMS, 1)[0]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String typeName() {
        return "_json.Scanner";
    }

    @Override
    PyObject member(String name) {
        switch (name) {
            case "strict": return PyBool.of(strict);
            case "object_hook": return objectHook;
            case "object_pairs_hook": return objectPairsHook;
            case "parse_float": return parseFloat;
            case "parse_int": return parseInt;
            case "parse_constant": return parseConstant;
            default: return null;
        }
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] p = Args.bind("scan_once", args, kwnames, CALL_PARAMS, 2);
        long idx = JsonModule.ssize(p[1]);
        if (!(p[0] instanceof PyStr text)) {
            throw Errors.typeError("first argument must be a string, not " + p[0].type().name);
        }
        if (idx < 0) {
            throw Errors.valueError("idx cannot be negative");
        }
        JsonParser parser = new JsonParser(text, strict, this);
        if (idx >= parser.codePointLength()) {
            throw Errors.stopIteration(PyInt.of(idx));
        }
        PyObject value = parser.scanOnce(parser.unitIndex(idx));
        return PyTuple.of(value, PyInt.of(parser.codePointIndex(parser.next)));
    }
}
