package dev.eddy.runtime;

/** str(): construction and the methods of str. */
public final class StrMethods {
    private StrMethods() {
    }

    static PyObject construct(PyObject[] a, String[] kw) {
        if (a.length == 0) {
            return PyStr.EMPTY;
        }
        PyObject[] p = Args.bind("str", a, kw, new String[] {"object", "encoding", "errors"}, 0);
        if (p[1] != null && p[0] instanceof PyBytes b) {
            return new PyStr(new String(b.bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p[0].str();
    }
}
