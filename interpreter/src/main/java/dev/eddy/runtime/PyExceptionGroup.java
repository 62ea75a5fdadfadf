package dev.eddy.runtime;

import java.util.ArrayList;
import java.util.List;

/** An instance of BaseExceptionGroup or ExceptionGroup: a message and a tuple of exceptions. */
public final class PyExceptionGroup extends PyBaseException {
    public static final PyType BASE_TYPE = PyType.builtin("BaseExceptionGroup", Exceptions.BASE_EXCEPTION, PyExceptionGroup::construct);
    public static final PyType TYPE = new PyType("ExceptionGroup", new PyType[] {BASE_TYPE, Exceptions.EXCEPTION}, null, true);

    static {
        TYPE.constructor = PyExceptionGroup::construct;
        Exceptions.ALL.put("BaseExceptionGroup", BASE_TYPE);
        Exceptions.ALL.put("ExceptionGroup", TYPE);
        for (PyType t : new PyType[] {BASE_TYPE}) {
            t.def("__str__", (a, kw) -> {
                PyExceptionGroup g = (PyExceptionGroup) a[0];
                int n = g.exceptions.items.length;
                return new PyStr(g.message.str().value + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")");
            });
            t.def("__repr__", (a, kw) -> {
                PyExceptionGroup g = (PyExceptionGroup) a[0];
                return new PyStr(g.type().name + "(" + g.message.repr().value + ", " + new PyList(g.exceptions.items.clone()).repr().value + ")");
            });
            t.def("split", (a, kw) -> {
                PyExceptionGroup g = (PyExceptionGroup) a[0];
                PyBaseException[] r = g.split(a[1]);
                return new PyTuple(new PyObject[] {r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]});
            });
            t.def("subgroup", (a, kw) -> {
                PyBaseException m = ((PyExceptionGroup) a[0]).split(a[1])[0];
                return m == null ? PyNone.NONE : m;
            });
            t.def("derive", (a, kw) -> ((PyExceptionGroup) a[0]).derive(Ops.toArray(a[1])));
        }
    }

    public PyObject message;
    public PyTuple exceptions;

    public PyExceptionGroup(PyType type, PyObject message, PyTuple exceptions) {
        super(type, new PyObject[] {message, new PyList(exceptions.items.clone())});
        this.message = message;
        this.exceptions = exceptions;
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        String name = cls.name;
        if (a.length != 2) {
            throw Errors.typeError(name + " expected 2 arguments, got " + a.length);
        }
        if (!(a[0] instanceof PyStr)) {
            throw Errors.typeError("argument 1 must be str, not " + a[0].type().name);
        }
        if (!(a[1] instanceof PyList) && !(a[1] instanceof PyTuple)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Ops.toArray(a[1]);
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= e.type().isSubtypeOf(Exceptions.EXCEPTION);
        }
        PyType actual = cls;
        if (cls == BASE_TYPE && allExceptions) {
            actual = TYPE;
        } else if (cls.isSubtypeOf(Exceptions.EXCEPTION) && !allExceptions) {
            if (cls == TYPE) {
                throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
            throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        return new PyExceptionGroup(actual, a[0], new PyTuple(items.clone()));
    }

    /** A group of the same kind with other exceptions (BaseExceptionGroup.derive). */
    public PyBaseException derive(PyObject[] excs) {
        PyObject d = type.lookup("derive");
        if (d != null && !(d instanceof PyBuiltinFunction)) {
            PyObject r = Descriptors.callBound(d, this, type, new PyList(excs));
            return (PyBaseException) r;
        }
        return (PyBaseException) BASE_TYPE.call(message, new PyList(excs));
    }

    /** The condition of split/subgroup/except*: a type, a tuple of types, or a predicate. */
    static boolean test(PyObject cond, PyBaseException e) {
        if (cond instanceof PyType t) {
            return e.type().isSubtypeOf(t);
        }
        if (cond instanceof PyTuple tup) {
            for (PyObject x : tup.items) {
                if (x instanceof PyType t && e.type().isSubtypeOf(t)) {
                    return true;
                }
            }
            return false;
        }
        return cond.call(e).isTrue();
    }

    /** (match, rest): this group split by {@code cond}, keeping its nesting, tracebacks, cause, context and notes. */
    public PyBaseException[] split(PyObject cond) {
        if (test(cond, this)) {
            return new PyBaseException[] {this, null};
        }
        List<PyObject> match = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject o : exceptions.items) {
            PyBaseException e = (PyBaseException) o;
            if (e instanceof PyExceptionGroup g) {
                PyBaseException[] r = g.split(cond);
                if (r[0] != null) {
                    match.add(r[0]);
                }
                if (r[1] != null) {
                    rest.add(r[1]);
                }
            } else if (test(cond, e)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        return new PyBaseException[] {part(match), part(rest)};
    }

    private PyBaseException part(List<PyObject> items) {
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == exceptions.items.length) {
            boolean same = true;
            for (int i = 0; i < items.size(); i++) {
                same &= items.get(i) == exceptions.items[i];
            }
            if (same) {
                return this;
            }
        }
        PyBaseException d = derive(items.toArray(new PyObject[0]));
        d.traceback = traceback;
        d.cause = cause;
        d.context = context;
        d.suppressContext = suppressContext;
        d.notes = notes;
        return d;
    }

    @Override
    protected PyObject specialAttr(String name) {
        switch (name) {
            case "message": return message;
            case "exceptions": return exceptions;
            default: return super.specialAttr(name);
        }
    }
}
