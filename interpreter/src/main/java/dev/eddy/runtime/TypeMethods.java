package dev.eddy.runtime;

import java.util.Arrays;

/**
 * Installs the methods of the builtin types (int, bool, float, str, bytes, list, tuple, dict,
 * set, frozenset) and holds the argument helpers their bodies share.
 */
public final class TypeMethods {
    private TypeMethods() {
    }

    private static boolean installed;

    /** Called once at start-up; later calls do nothing. */
    public static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        IntMethods.install(PyInt.TYPE);
        FloatMethods.install(PyFloat.TYPE);
        StrMethods.install(PyStr.TYPE);
        BytesMethods.install(PyBytes.TYPE);
        BytesMethods.install(PyByteArray.TYPE);
        BytesTextMethods.install(PyBytes.TYPE);
        BytesTextMethods.install(PyByteArray.TYPE);
        ByteArrayMethods.install(PyByteArray.TYPE);
        MemoryViewMethods.install(PyMemoryView.TYPE);
        ListMethods.install(PyList.TYPE);
        TupleMethods.install(PyTuple.TYPE);
        DictMethods.install(PyDict.TYPE);
        SetMethods.install(PySet.TYPE, PySet.FROZEN_TYPE);
    }

    /** A read-only attribute computed from the instance (int.real, float.imag). */
    static void property(PyType t, String name, java.util.function.Function<PyObject[], PyObject> getter) {
        t.dict.put(name, new PyProperty(new PyBuiltinFunction(name, (a, kw) -> getter.apply(a)), null, null, null));
    }

    // ---- argument helpers -------------------------------------------------------------------

    /** The arguments after self. */
    static PyObject[] rest(PyObject[] args) {
        return args.length == 1 ? Args.EMPTY : Arrays.copyOfRange(args, 1, args.length);
    }

    /** Binds a method's arguments after self to named parameters (Args.bind with CPython's messages). */
    static PyObject[] bind(String name, PyObject[] args, String[] kwnames, String[] params, int required) {
        return Args.bind(name, rest(args), kwnames, params, required);
    }

    /** A method whose arguments after self must all be positional, between min and max of them. */
    static void check(String name, PyObject[] args, String[] kwnames, int min, int max) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        int n = args.length - 1;
        if (n >= min && n <= max) {
            return;
        }
        if (min == max && min == 0) {
            throw Errors.typeError(name + "() takes no arguments (" + n + " given)");
        }
        if (min == max && min == 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
        }
        // CPython names the bare method in these messages ("insert expected 2 arguments, got 1")
        String bare = name.substring(name.indexOf('.') + 1);
        if (min == max) {
            throw Errors.typeError(bare + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n < min) {
            throw Errors.typeError(bare + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        throw Errors.typeError(bare + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /**
     * A start/end argument as _PyEval_SliceIndex reads it: null or None gives {@code dflt},
     * huge ints clamp.
     */
    static int sliceIndex(PyObject o, int dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        PyInt i = o.asIndexOrNull();
        if (i == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i.isBig()) {
            return i.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.value));
    }

    /** CPython's ADJUST_INDICES: {start, end} clamped for a sequence of {@code len} (start may exceed len). */
    static int[] adjust(PyObject start, PyObject end, int len) {
        int s = sliceIndex(start, 0);
        int e = sliceIndex(end, Integer.MAX_VALUE);
        if (e > len) {
            e = len;
        } else if (e < 0) {
            e = Math.max(0, e + len);
        }
        if (s < 0) {
            s = Math.max(0, s + len);
        }
        return new int[] {s, e};
    }

    /** An index argument (list.insert, list.pop): any __index__ object, clamped to a Java int. */
    static long index(PyObject o) {
        PyInt i = Ops.index(o, null);
        if (i.isBig()) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return i.value;
    }

    /** An integer argument (counts, widths) as a long, huge values clamped. */
    static long asLong(PyObject o) {
        PyInt i = Ops.index(o, null);
        return i.isBig() ? (i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : i.value;
    }

    /** A boolean argument read as CPython's 'p' converter reads it (truth value). */
    static boolean flag(PyObject o, boolean dflt) {
        return o == null ? dflt : o.isTrue();
    }
}
