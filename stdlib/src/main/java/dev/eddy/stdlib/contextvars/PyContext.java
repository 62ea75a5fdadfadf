package dev.eddy.stdlib.contextvars;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.IdentityIds;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ThreadState;
import java.util.LinkedHashMap;

/**
 * contextvars.Context: a mapping from context variables to values. The thread's current
 * context is the one ContextVar.get/set use; Context.run makes another current for a call.
 */
public final class PyContext extends PyObject {
    public static final PyType TYPE = PyType.builtin("Context", PyType.OBJECT, (cls, a, kw) -> {
        Args.check("Context", a, kw, 0, 0);
        return new PyContext();
    });

    /** The values; shared with copies until one of them writes (copying is O(1), as CPython's HAMT). */
    LinkedHashMap<PyContextVar, PyObject> vars;
    private boolean shared;
    private boolean entered;

    public PyContext() {
        this.vars = new LinkedHashMap<>();
    }

    private PyContext(LinkedHashMap<PyContextVar, PyObject> vars) {
        this.vars = vars;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The calling thread's current context (an empty one is made on first use). */
    public static PyContext current() {
        ThreadState ts = ThreadState.current();
        if (!(ts.context instanceof PyContext c)) {
            PyContext fresh = new PyContext();
            ts.context = fresh;
            return fresh;
        }
        return c;
    }

    /** copy_context(): a new context with the current one's values. */
    public static PyContext copyCurrent() {
        return current().copy();
    }

    public PyContext copy() {
        shared = true;
        PyContext c = new PyContext(vars);
        c.shared = true;
        return c;
    }

    /** The values, for a write: this context's own map from now on. */
    LinkedHashMap<PyContextVar, PyObject> writable() {
        if (shared) {
            vars = new LinkedHashMap<>(vars);
            shared = false;
        }
        return vars;
    }

    /** A copy of the calling thread's current context, or null while it has never had one (asyncio's capture). */
    public static PyObject captureCurrent() {
        return ThreadState.current().context instanceof PyContext c ? c.copy() : null;
    }

    /** Calls {@code fn} with this context current (Context.run). */
    public PyObject run(PyObject fn, PyObject[] args, String[] kwnames) {
        if (entered) {
            throw Errors.runtimeError("cannot enter context: " + repr().value + " is already entered");
        }
        ThreadState ts = ThreadState.current();
        PyObject saved = ts.context;
        entered = true;
        ts.context = this;
        try {
            return fn.call(args, kwnames);
        } finally {
            ts.context = saved;
            entered = false;
        }
    }

    @Override
    public PyObject getItem(PyObject key) {
        PyObject v = vars.get(checkVar(key));
        if (v == null) {
            throw keyError(key);
        }
        return v;
    }

    private static PyException keyError(PyObject key) {
        return new PyException(new dev.eddy.runtime.PyBaseException(dev.eddy.runtime.Exceptions.KEY_ERROR, new PyObject[] {key}));
    }

    private static PyContextVar checkVar(PyObject key) {
        if (key instanceof PyContextVar v) {
            return v;
        }
        throw Errors.typeError("a ContextVar key was expected, got " + key.repr().value);
    }

    @Override
    public boolean contains(PyObject key) {
        return vars.containsKey(checkVar(key));
    }

    @Override
    public int len() {
        return vars.size();
    }

    @Override
    public PyObject iter() {
        return new PyList(vars.keySet().toArray(new PyObject[0])).iter();
    }

    @Override
    public PyStr repr() {
        return new PyStr("<_contextvars.Context object at 0x" + Long.toHexString(IdentityIds.of(this)) + ">");
    }

    private static PyContext self(PyObject o) {
        if (o instanceof PyContext c) {
            return c;
        }
        throw Errors.typeError("descriptor requires a '_contextvars.Context' object but received a '" + o.type().name + "'");
    }

    static {
        TYPE.module = "_contextvars";
        TYPE.def("run", (a, kw) -> {
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos < 2) {
                throw Errors.typeError("run() missing 1 required positional argument");
            }
            return self(a[0]).run(a[1], java.util.Arrays.copyOfRange(a, 2, a.length), kw);
        });
        TYPE.def("copy", (a, kw) -> self(a[0]).copy());
        TYPE.def("get", (a, kw) -> {
            Args.checkMethod("get", a, kw, 1, 2);
            PyObject v = self(a[0]).vars.get(checkVar(a[1]));
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        });
        TYPE.def("keys", (a, kw) -> new PyList(self(a[0]).vars.keySet().toArray(new PyObject[0])));
        TYPE.def("values", (a, kw) -> new PyList(self(a[0]).vars.values().toArray(new PyObject[0])));
        TYPE.def("items", (a, kw) -> {
            PyList l = new PyList();
            self(a[0]).vars.forEach((k, v) -> l.append(new PyTuple(new PyObject[] {k, v})));
            return l;
        });
        TYPE.def("__getitem__", (a, kw) -> self(a[0]).getItem(a[1]));
        TYPE.def("__contains__", (a, kw) -> PyBool.of(self(a[0]).contains(a[1])));
        TYPE.def("__len__", (a, kw) -> PyInt.of(self(a[0]).len()));
        TYPE.def("__iter__", (a, kw) -> self(a[0]).iter());
        TYPE.def("__eq__", (a, kw) -> a[1] instanceof PyContext o ? PyBool.of(self(a[0]).vars.equals(o.vars))
                : dev.eddy.runtime.PyNotImplemented.INSTANCE);
    }
}
