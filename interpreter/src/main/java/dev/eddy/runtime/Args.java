package dev.eddy.runtime;

/** Helpers for builtins to check and unpack their call arguments. */
public final class Args {
    private Args() {
    }

    public static final PyObject[] EMPTY = new PyObject[0];

    public static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] a = new PyObject[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    public static int positional(PyObject[] args, String[] kwnames) {
        return kwnames == null ? args.length : args.length - kwnames.length;
    }

    /** Checks a builtin that takes no keyword arguments and between min and max positional ones. */
    public static void check(String name, PyObject[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n < min || n > max) {
            if (min == max) {
                if (min == 0) {
                    throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
                }
                if (min == 1) {
                    throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
                }
                throw Errors.typeError(name + " expected " + min + " arguments, got " + n);
            }
            if (n < min) {
                throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** A method's arguments (args[0] is self) with no keywords and min..max others. */
    public static void checkMethod(String name, PyObject[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        int n = args.length - 1;
        if (n < min || n > max) {
            if (min == max) {
                if (min == 0) {
                    throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
                }
                if (min == 1) {
                    throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
                }
            }
            if (n < min) {
                throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** The keyword argument {@code name} or null. */
    public static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        if (kwnames == null) {
            return null;
        }
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) {
                return args[base + i];
            }
        }
        return null;
    }

    /**
     * Binds positional and keyword arguments to named parameters, CPython style; the first
     * {@code required} are mandatory. Unfilled optional parameters are null.
     */
    public static PyObject[] bind(String fname, PyObject[] args, String[] kwnames, String[] params, int required) {
        PyObject[] out = new PyObject[params.length];
        int npos = positional(args, kwnames);
        if (npos > params.length) {
            throw Errors.typeError(fname + "() takes at most " + params.length + " argument" + (params.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                int idx = -1;
                for (int p = 0; p < params.length; p++) {
                    if (params[p].equals(kwnames[k])) {
                        idx = p;
                        break;
                    }
                }
                if (idx < 0) {
                    throw Errors.typeError(fname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
                }
                if (out[idx] != null) {
                    throw Errors.typeError("argument for " + fname + "() given by name ('" + kwnames[k] + "') and position (" + (idx + 1) + ")");
                }
                out[idx] = args[npos + k];
            }
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw Errors.typeError(fname + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }
}
