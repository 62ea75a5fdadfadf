package dev.eddy.stdlib.json;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;

/** The _json module: scanstring, encode_basestring(_ascii) and the make_scanner and make_encoder types. */
public final class JsonModule implements ModuleProvider {
    /** encode_basestring_ascii's body; the encoder recognises it and quotes strings itself. */
    static final PyBuiltinFunction.Body ESCAPE_ASCII = (a, kw) -> {
        StringBuilder out = new StringBuilder();
        JsonEscapes.appendAscii(stringArgument("_json.encode_basestring_ascii", a, kw), out);
        return new PyStr(out.toString());
    };
    /** encode_basestring's body; the encoder recognises it too. */
    static final PyBuiltinFunction.Body ESCAPE_UNICODE = (a, kw) -> {
        StringBuilder out = new StringBuilder();
        JsonEscapes.appendUnicode(stringArgument("_json.encode_basestring", a, kw), out);
        return new PyStr(out.toString());
    };

    @Override
    public String name() {
        return "_json";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_json");
        m.set("__doc__", new PyStr("json speedups\n"));
        def(m, "encode_basestring_ascii", ESCAPE_ASCII);
        def(m, "encode_basestring", ESCAPE_UNICODE);
        def(m, "scanstring", JsonModule::scanstring);
        m.set("make_scanner", Scanner.TYPE);
        m.set("make_encoder", Encoder.TYPE);
        return m;
    }

    private static void def(PyModule m, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, body);
        f.module = m.name;
        f.withSelf(m);
        m.set(name, f);
    }

    /** The one argument of a function taking a str (CPython's METH_O functions here). */
    private static String stringArgument(String name, PyObject[] a, String[] kw) {
        Args.check(name, a, kw, 1, 1);
        if (!(a[0] instanceof PyStr s)) {
            throw Errors.typeError("first argument must be a string, not " + a[0].type().name);
        }
        return s.value;
    }

    /** scanstring(string, end, strict=True): the JSON string whose opening quote is before end, and the index after it. */
    private static PyObject scanstring(PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError("scanstring() takes no keyword arguments");
        }
        if (a.length < 2 || a.length > 3) {
            throw Errors.typeError("scanstring() takes " + (a.length < 2 ? "at least 2" : "at most 3")
                    + " arguments (" + a.length + " given)");
        }
        long end = ssize(a[1]);
        boolean strict = a.length < 3 || cInt(a[2]) != 0;
        if (!(a[0] instanceof PyStr text)) {
            throw Errors.typeError("first argument must be a string, not " + a[0].type().name);
        }
        JsonParser parser = new JsonParser(text, strict, null);
        if (end < 0 || end > parser.codePointLength()) {
            throw Errors.valueError("end is out of bounds");
        }
        PyStr value = parser.scanString(parser.unitIndex(end));
        return PyTuple.of(value, PyInt.of(parser.codePointIndex(parser.next)));
    }

    /** AttributeError for a missing attribute, naming the type as CPython's C types name themselves ("_json.Scanner"). */
    static PyException noAttribute(PyObject obj, String typeName, String name) {
        PyException e = Errors.attributeError("'" + typeName + "' object has no attribute '" + name + "'");
        e.value.storeAttr("name", new PyStr(name));
        e.value.storeAttr("obj", obj);
        return e;
    }

    /** An index argument as a C Py_ssize_t. */
    static long ssize(PyObject o) {
        PyInt i = o.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("'" + o.type().name + "' object cannot be interpreted as an integer");
        }
        if (i.isBig()) {
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** An argument as a C int. */
    private static long cInt(PyObject o) {
        long v = ssize(o);
        if (v > Integer.MAX_VALUE) {
            throw Errors.overflow("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Errors.overflow("signed integer is less than minimum");
        }
        return v;
    }
}
