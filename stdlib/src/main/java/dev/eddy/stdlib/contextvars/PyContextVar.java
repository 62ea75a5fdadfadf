package dev.eddy.stdlib.contextvars;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.IdentityIds;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** contextvars.ContextVar: a variable whose value depends on the current context. */
public final class PyContextVar extends PyObject {
    public static final PyType TYPE = PyType.builtin("ContextVar", PyType.OBJECT, (cls, a, kw) -> {
        PyObject[] p = Args.bind("ContextVar", a, kw, new String[] {"name", "default"}, 1);
        if (!(p[0] instanceof PyStr name)) {
            throw Errors.typeError("context variable name must be a str");
        }
        return new PyContextVar(name.value, p[1]);
    });

    final String name;
    /** The default, or null for none. */
    final PyObject defaultValue;

    PyContextVar(String name, PyObject defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public long hash() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    PyObject get(PyObject fallback) {
        PyObject v = PyContext.current().vars.get(this);
        if (v != null) {
            return v;
        }
        if (fallback != null) {
            return fallback;
        }
        if (defaultValue != null) {
            return defaultValue;
        }
        throw new PyException(new PyBaseException(Exceptions.LOOKUP_ERROR, new PyObject[] {this}));
    }

    PyToken set(PyObject value) {
        PyContext ctx = PyContext.current();
        PyObject old = ctx.writable().put(this, value);
        return new PyToken(ctx, this, old);
    }

    void reset(PyToken token) {
        if (token.used) {
            throw Errors.runtimeError(token.repr().value + " has already been used once");
        }
        if (token.var != this) {
            throw Errors.valueError(token.repr().value + " was created by a different ContextVar");
        }
        PyContext ctx = PyContext.current();
        if (token.context != ctx) {
            throw Errors.valueError(token.repr().value + " was created in a different Context");
        }
        token.used = true;
        if (token.oldValue == null) {
            ctx.writable().remove(this);
        } else {
            ctx.writable().put(this, token.oldValue);
        }
    }

    @Override
    public PyObject lookupAttr(String attr) {
        if (attr.equals("name")) {
            return new PyStr(name);
        }
        return super.lookupAttr(attr);
    }

    @Override
    public PyStr repr() {
        return new PyStr("<ContextVar name=" + PyStr.repr(name) + (defaultValue == null ? "" : " default=" + defaultValue.repr().value)
                + " at 0x" + Long.toHexString(IdentityIds.of(this)) + ">");
    }

    private static PyContextVar self(PyObject o) {
        if (o instanceof PyContextVar v) {
            return v;
        }
        throw Errors.typeError("descriptor requires a '_contextvars.ContextVar' object but received a '" + o.type().name + "'");
    }

    static {
        TYPE.module = "_contextvars";
        TYPE.def("get", (a, kw) -> {
            Args.checkMethod("get", a, kw, 0, 1);
            return self(a[0]).get(a.length > 1 ? a[1] : null);
        });
        TYPE.def("set", (a, kw) -> {
            Args.checkMethod("set", a, kw, 1, 1);
            return self(a[0]).set(a[1]);
        });
        TYPE.def("reset", (a, kw) -> {
            Args.checkMethod("reset", a, kw, 1, 1);
            if (!(a[1] instanceof PyToken t)) {
                throw Errors.typeError("expected an instance of Token, got " + a[1].repr().value);
            }
            self(a[0]).reset(t);
            return PyNone.NONE;
        });
    }
}
