package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.ListMethods;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFunction;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyMethod;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.StrFormat;

import java.util.Map;
import java.util.TreeSet;

/** The object-protocol builtins: iter, next, getattr and friends, callable, ascii, format, dir, vars, type(). */
public final class Functions {
    private Functions() {
    }

    private static final String[] OBJECT_ATTRS = {"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
        "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__",
        "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
        "__subclasshook__"};

    // ---- iteration -----------------------------------------------------------------------------

    /** iter(o) or iter(callable, sentinel). */
    public static PyObject iter(PyObject[] a, String[] kw) {
        Kw.none("iter", kw);
        if (a.length == 1) {
            return a[0].iter();
        }
        Args.check("iter", a, kw, 1, 2);
        if (!callable(a[0])) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new PyCallableIterator(a[0], a[1]);
    }

    /** next(iterator[, default]); a generator's return value becomes StopIteration.value. */
    public static PyObject next(PyObject[] a, String[] kw) {
        Kw.none("next", kw);
        Args.check("next", a, kw, 1, 2);
        PyObject it = a[0];
        PyObject dflt = a.length > 1 ? a[1] : null;
        if (it instanceof PyInstance pi) {
            PyObject m = pi.type.lookup("__next__");
            if (m == null) {
                throw Errors.typeError("'" + pi.type.name + "' object is not an iterator");
            }
            if (dflt == null) {
                return Descriptors.callBound(m, it, pi.type);
            }
            try {
                return Descriptors.callBound(m, it, pi.type);
            } catch (PyException e) {
                if (e.matches(Exceptions.STOP_ITERATION)) {
                    return dflt;
                }
                throw e;
            }
        }
        PyObject r = it.next();
        if (r != null) {
            return r;
        }
        if (dflt != null) {
            return dflt;
        }
        // a generator's return value (or what a delegating iterator finished with) is StopIteration.value
        PyObject value = it instanceof PyGenerator g ? g.returnValue
                : it instanceof PyGenerator.DelegationResult d ? d.result() : null;
        throw Errors.stopIteration(value);
    }

    // ---- attributes --------------------------------------------------------------------------------

    private static String attrName(PyObject n) {
        if (n instanceof PyStr s) {
            return s.value;
        }
        throw Errors.typeError("attribute name must be string, not '" + n.type().name + "'");
    }

    public static PyObject getattr(PyObject[] a, String[] kw) {
        Kw.none("getattr", kw);
        Args.check("getattr", a, kw, 2, 3);
        String name = attrName(a[1]);
        if (a.length == 2) {
            return a[0].getAttr(name);
        }
        try {
            PyObject v = a[0].lookupAttr(name);
            return v == null ? a[2] : v;
        } catch (PyException e) {
            if (e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                return a[2];
            }
            throw e;
        }
    }

    public static PyObject setattr(PyObject[] a, String[] kw) {
        Kw.none("setattr", kw);
        Args.check("setattr", a, kw, 3, 3);
        a[0].setAttr(attrName(a[1]), a[2]);
        return PyNone.NONE;
    }

    public static PyObject delattr(PyObject[] a, String[] kw) {
        Kw.none("delattr", kw);
        Args.check("delattr", a, kw, 2, 2);
        a[0].delAttr(attrName(a[1]));
        return PyNone.NONE;
    }

    public static boolean hasattr(PyObject o, PyObject n) {
        String name = attrName(n);
        try {
            return o.lookupAttr(name) != null;
        } catch (PyException e) {
            if (e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                return false;
            }
            throw e;
        }
    }

    /** Whether a Java class implements calling itself (overrides PyObject.call); asked once per class. */
    private static final ClassValue<Boolean> CALLS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            try {
                return c.getMethod("call", PyObject[].class, String[].class).getDeclaringClass() != PyObject.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    };

    /** callable(o): instances of classes need __call__; objects implemented in Java need a call(). */
    public static boolean callable(PyObject o) {
        if (o instanceof PyInstance) {
            return o.type().lookup("__call__") != null;
        }
        return o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyMethod || o instanceof PyType
                || CALLS.get(o.getClass()) || o.type().lookup("__call__") != null;
    }

    public static PyObject vars(PyObject[] a, String[] kw) {
        Kw.none("vars", kw);
        Args.check("vars", a, kw, 0, 1);
        if (a.length == 0) {
            throw Errors.notImplemented("vars() without arguments is not supported");
        }
        PyObject d = a[0].lookupAttr("__dict__");
        if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    /** dir(obj): the sorted attribute names of obj, its class and the class's bases. */
    public static PyList dir(PyObject o) {
        TreeSet<String> names = new TreeSet<>();
        if (o instanceof PyModule m) {
            m.globals.forEach((k, c) -> {
                if (c.value != null) {
                    names.add(k);
                }
            });
        } else {
            PyObject custom = o instanceof PyInstance pi ? pi.type.lookup("__dir__") : null;
            if (custom != null && !(custom instanceof PyBuiltinFunction)) {
                PyObject r = Descriptors.callBound(custom, o, o.type());
                PyList l = new PyList(dev.eddy.runtime.Ops.toArray(r).clone());
                ListMethods.sort(l, null, false);
                return l;
            }
            if (o instanceof PyInstance pi && pi.dict != null) {
                names.addAll(pi.dict.keySet());
            }
            PyType t = o instanceof PyType ty ? ty : o.type();
            for (PyType c : t.mro) {
                names.addAll(c.dict.keySet());
            }
            for (String s : OBJECT_ATTRS) {
                names.add(s);
            }
            if (t.heapType) {
                names.add("__dict__");
                names.add("__module__");
                names.add("__weakref__");
            }
        }
        PyList out = new PyList();
        for (String s : names) {
            out.append(new PyStr(s));
        }
        ListMethods.sort(out, null, false);
        return out;
    }

    // ---- text ------------------------------------------------------------------------------------

    public static PyStr ascii(PyObject o) {
        return new PyStr(StrFormat.ascii(o));
    }

    /** format(value, format_spec=''). */
    public static PyStr format(PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("format() argument 2 must be str, not " + spec.type().name);
        }
        return StrFormat.format(value, s.value);
    }
}
