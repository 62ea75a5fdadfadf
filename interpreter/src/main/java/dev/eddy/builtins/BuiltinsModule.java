package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyByteArray;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyMemoryView;
import dev.eddy.runtime.PyClassMethod;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyEllipsis;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PySlice;
import dev.eddy.runtime.PyStaticMethod;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.function.BiFunction;
import java.util.function.Function;

/** The builtins module: builtin types, exception classes, constants and functions. */
public final class BuiltinsModule {
    private BuiltinsModule() {
    }

    /**
     * The mutable builtins say in their own dict that they are unhashable ({@code __hash__ = None}),
     * as CPython's do: collections.abc.Hashable and user code read it there.
     */
    private static void markUnhashable() {
        for (PyType t : new PyType[] {PyList.TYPE, PyDict.TYPE, PySet.TYPE, PyByteArray.TYPE,
            dev.eddy.runtime.DictMethods.View.KEYS_TYPE, dev.eddy.runtime.DictMethods.View.ITEMS_TYPE}) {
            if (t.dict.putIfAbsent("__hash__", PyNone.NONE) == null) {
                PyType.invalidateCaches();
            }
        }
    }

    /** Functions and methods show __call__ in their type's dict (collections.abc.Callable looks there). */
    private static void exposeCall() {
        for (PyType t : new PyType[] {dev.eddy.runtime.PyFunction.TYPE, dev.eddy.runtime.PyBuiltinFunction.TYPE, dev.eddy.runtime.PyMethod.TYPE}) {
            if (!t.dict.containsKey("__call__")) {
                t.def("__call__", (a, kw) -> a[0].call(java.util.Arrays.copyOfRange(a, 1, a.length), kw));
                PyType.invalidateCaches();
            }
        }
    }

    /** Builds a fresh builtins module (and the standard stream objects when they are missing). */
    public static PyModule create() {
        StdStreams.unbindSysCells();
        StdStreams.install();
        if (PyType.TYPE.constructor == null) {
            PyType.TYPE.constructor = dev.eddy.runtime.TypeCreation::typeNew;
        }
        ObjectFallbacks.installInto(PyType.OBJECT);
        TypeObjectMethods.install(PyType.TYPE);
        markUnhashable();
        exposeCall();
        PyModule m = new PyModule("builtins");
        m.set("__doc__", new PyStr("Built-in functions, types, exceptions, and other objects."));
        for (PyType t : new PyType[] {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, dev.eddy.runtime.PyComplex.TYPE, PyStr.TYPE,
            PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyRange.TYPE,
            PySlice.TYPE, PyProperty.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PySuper.TYPE, PyEnumerate.TYPE,
            PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE}) {
            m.set(t.name, t);
            exposeNew(t);
        }
        Exceptions.ALL.forEach(m::set);
        // the old names of OSError, kept as aliases
        m.set("IOError", Exceptions.OS_ERROR);
        m.set("EnvironmentError", Exceptions.OS_ERROR);
        m.set("None", PyNone.NONE);
        m.set("True", PyBool.TRUE);
        m.set("False", PyBool.FALSE);
        m.set("NotImplemented", PyNotImplemented.INSTANCE);
        m.set("Ellipsis", PyEllipsis.INSTANCE);
        m.set("__debug__", PyBool.TRUE);

        fn(m, "print", Print::print);
        fn(m, "input", Print::input);
        // open() is _io.open, a Java module of the standard library: found on first use
        fn(m, "open", (a, kw) -> {
            return dev.eddy.runtime.Importer.current().importModule("_io").getAttr("open").call(a, kw);
        });
        fn(m, "len", (a, kw) -> {
            if (a.length != 1 || kw != null) {
                Args.check("len", a, kw, 1, 1);
            }
            // a range's length may exceed a Java int (len(range(10**12)) is fine in CPython)
            return a[0] instanceof PyRange r ? PyInt.of(r.lengthAsSsize()) : PyInt.of(a[0].len());
        });
        fn(m, "isinstance", (a, kw) -> {
            if (a.length != 2 || kw != null) {
                Kw.none("isinstance", kw);
                Args.check("isinstance", a, kw, 2, 2);
            }
            return PyBool.of(TypeChecks.isInstance(a[0], a[1]));
        });
        fn(m, "issubclass", (a, kw) -> {
            Kw.none("issubclass", kw);
            Args.check("issubclass", a, kw, 2, 2);
            return PyBool.of(TypeChecks.isSubclass(a[0], a[1]));
        });
        fn(m, "sum", Reductions::sum);
        fn(m, "min", Reductions::min);
        fn(m, "max", Reductions::max);
        fn(m, "sorted", Reductions::sorted);
        one(m, "any", Reductions::any);
        one(m, "all", Reductions::all);
        one(m, "abs", Numeric::abs);
        fn(m, "round", Numeric::round);
        two(m, "divmod", Numeric::divmod);
        fn(m, "pow", Numeric::pow);
        one(m, "hex", Numeric::hex);
        one(m, "oct", Numeric::oct);
        one(m, "bin", Numeric::bin);
        one(m, "chr", Numeric::chr);
        one(m, "ord", Numeric::ord);
        fn(m, "iter", Functions::iter);
        fn(m, "next", Functions::next);
        fn(m, "getattr", Functions::getattr);
        fn(m, "setattr", Functions::setattr);
        fn(m, "delattr", Functions::delattr);
        two(m, "hasattr", (o, n) -> PyBool.of(Functions.hasattr(o, n)));
        one(m, "callable", o -> PyBool.of(Functions.callable(o)));
        one(m, "hash", o -> PyInt.of(o.hash()));
        one(m, "id", o -> PyInt.of(dev.eddy.runtime.IdentityIds.of(o)));
        one(m, "repr", PyObject::repr);
        one(m, "ascii", Functions::ascii);
        fn(m, "format", (a, kw) -> {
            Kw.none("format", kw);
            Args.check("format", a, kw, 1, 2);
            return Functions.format(a[0], a.length > 1 ? a[1] : PyStr.EMPTY);
        });
        fn(m, "vars", Functions::vars);
        fn(m, "dir", (a, kw) -> {
            Kw.none("dir", kw);
            Args.check("dir", a, kw, 0, 1);
            if (a.length == 0) {
                throw Errors.notImplemented("dir() without arguments is not supported");
            }
            return Functions.dir(a[0]);
        });
        PyBuiltinFunction.Body exit = (a, kw) -> {
            Kw.none("exit", kw);
            throw new PyException(new PyBaseException(Exceptions.SYSTEM_EXIT, a.length == 0 ? Args.EMPTY : new PyObject[] {a[0]}));
        };
        fn(m, "exit", exit);
        fn(m, "quit", exit);
        fn(m, "__import__", BuiltinsModule::importModule);
        return m;
    }

    /** Puts a builtin type's constructor in its namespace as __new__ (code such as enum looks for it there). */
    private static void exposeNew(PyType t) {
        if (t == PyType.OBJECT || t == PyType.TYPE || t.constructor == null || t.dict.containsKey("__new__")) {
            return;
        }
        t.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Errors.typeError(t.name + ".__new__(X): X is not a type object");
            }
            if (!cls.isSubtypeOf(t)) {
                throw Errors.typeError(t.name + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + t.name);
            }
            return cls.constructor.construct(cls, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        }).withSelf(t)));
        PyType.invalidateCaches();
    }

    /** __import__(name, globals=None, locals=None, fromlist=(), level=0): the top package, or the module itself with a fromlist. */
    private static PyObject importModule(PyObject[] a, String[] kw) {
        PyObject[] p = Args.bind("__import__", a, kw, new String[] {"name", "globals", "locals", "fromlist", "level"}, 1);
        if (!(p[0] instanceof PyStr name)) {
            throw Errors.typeError("__import__() argument 1 must be str, not " + p[0].type().name);
        }
        int level = p[4] == null ? 0 : (int) Ops.index(p[4], null).longValueExact();
        dev.eddy.runtime.Importer importer = dev.eddy.runtime.Importer.current();
        if (importer == null) {
            throw Errors.of(Exceptions.IMPORT_ERROR, "No module named '" + name.value + "'");
        }
        return importer.dunderImport(name.value, p[1], p[3], level);
    }

    private static void fn(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.set(name, new PyBuiltinFunction(name, body));
    }

    private static void one(PyModule m, String name, Function<PyObject, PyObject> f) {
        fn(m, name, (a, kw) -> {
            if (a.length != 1 || kw != null) {
                Args.check(name, a, kw, 1, 1);
            }
            return f.apply(a[0]);
        });
    }

    private static void two(PyModule m, String name, BiFunction<PyObject, PyObject, PyObject> f) {
        fn(m, name, (a, kw) -> {
            if (a.length != 2 || kw != null) {
                Kw.none(name, kw);
                Args.check(name, a, kw, 2, 2);
            }
            return f.apply(a[0], a[1]);
        });
    }
}
