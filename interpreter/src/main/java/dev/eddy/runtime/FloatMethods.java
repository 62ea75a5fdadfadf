package dev.eddy.runtime;

/** float(): construction and the methods of float. */
public final class FloatMethods {
    private FloatMethods() {
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        Args.check("float", a, kw, 0, 1);
        if (a.length == 0) {
            return new PyFloat(0.0);
        }
        PyObject x = a[0];
        if (x instanceof PyFloat) {
            return x;
        }
        if (x instanceof PyInt i) {
            return new PyFloat(i.toDouble());
        }
        if (x instanceof PyStr s) {
            return new PyFloat(parse(s.value));
        }
        PyObject m = x.type().lookup("__float__");
        if (m != null) {
            return Descriptors.callBound(m, x, x.type());
        }
        m = x.type().lookup("__index__");
        if (m != null) {
            return new PyFloat(((PyInt) Descriptors.callBound(m, x, x.type())).toDouble());
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + x.type().name + "'");
    }

    public static double parse(String text) {
        String s = text.strip();
        String l = s.toLowerCase();
        String body = l.startsWith("+") || l.startsWith("-") ? l.substring(1) : l;
        double sign = l.startsWith("-") ? -1 : 1;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (!body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") || body.isEmpty() || body.equals(".")
                || body.startsWith("e") || body.startsWith(".e")) {
            throw Errors.valueError("could not convert string to float: " + PyStr.repr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }
}
