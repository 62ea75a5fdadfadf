package dev.eddy.builtins;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyObject;

/** Keyword-argument parsing for builtins, with CPython's messages. */
public final class Kw {
    private Kw() {
    }

    /**
     * The values of the keyword arguments named {@code allowed} (null when not given), raising
     * "'x' is an invalid keyword argument for f()" for any other keyword.
     */
    public static PyObject[] only(String fname, PyObject[] a, String[] kw, String... allowed) {
        PyObject[] out = new PyObject[allowed.length];
        if (kw == null) {
            return out;
        }
        int base = a.length - kw.length;
        outer:
        for (int k = 0; k < kw.length; k++) {
            for (int i = 0; i < allowed.length; i++) {
                if (allowed[i].equals(kw[k])) {
                    out[i] = a[base + k];
                    continue outer;
                }
            }
            throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for " + fname + "()");
        }
        return out;
    }

    /** Raises "f() takes no keyword arguments" when keywords were given. */
    public static void none(String fname, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** The number of positional arguments. */
    public static int npos(PyObject[] a, String[] kw) {
        return kw == null ? a.length : a.length - kw.length;
    }
}
