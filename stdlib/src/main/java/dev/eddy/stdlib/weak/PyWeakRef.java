package dev.eddy.stdlib.weak;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStaticMethod;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import java.lang.ref.WeakReference;
import java.util.List;

/**
 * A weakref.ref: calling it gives the referent, or None once the referent is gone. A
 * PyInstance so that Python subclasses (KeyedRef, WeakMethod) get an attribute dict.
 */
public final class PyWeakRef extends PyInstance {
    public static final PyType TYPE = PyType.builtin("ReferenceType", PyType.OBJECT, PyWeakRef::construct);

    /** The Java weak reference; it knows its owner so the queue leads back here. */
    static final class Link extends WeakReference<PyObject> {
        final PyWeakRef owner;

        Link(PyObject referent, PyWeakRef owner, WeakRegistry registry) {
            super(referent, registry.queue);
            this.owner = owner;
        }
    }

    final Link referent;
    final int identity;
    final PyObject callback;
    /** What the callback receives and getweakrefs lists: this ref, or the proxy built on it. */
    PyObject handle = this;
    /** The referent's hash, kept once computed so a dead ref still hashes (as CPython's does). */
    private Long hash;

    PyWeakRef(PyType type, PyObject referent, PyObject callback, WeakRegistry registry) {
        super(type);
        this.referent = new Link(referent, this, registry);
        this.identity = System.identityHashCode(referent);
        this.callback = callback;
    }

    /** The referent, or null once it is gone. */
    public PyObject get() {
        return referent.get();
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        String name = cls == TYPE ? "weakref.ReferenceType" : cls.name;
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(name + " takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw Errors.typeError("__new__ expected at most 2 arguments, got " + a.length);
        }
        return of(cls, a[0], a.length == 2 ? a[1] : PyNone.NONE, true);
    }

    /** A reference to {@code obj}; a plain ref without callback is shared, as in CPython. */
    static PyWeakRef of(PyType cls, PyObject obj, PyObject callback, boolean share) {
        Weakrefable.check(obj);
        WeakRegistry registry = WeakRegistry.current();
        Callbacks.runPending(registry);
        if (share && cls == TYPE && callback == PyNone.NONE) {
            for (PyWeakRef r : registry.refsTo(obj)) {
                if (r.type == TYPE && r.callback == PyNone.NONE && r.handle == r) {
                    return r;
                }
            }
        }
        PyWeakRef ref = new PyWeakRef(cls, obj, callback, registry);
        registry.add(obj, ref);
        return ref;
    }

    static List<PyWeakRef> refsTo(PyObject obj) {
        return WeakRegistry.current().refsTo(obj);
    }

    private static PyWeakRef self(PyObject[] a) {
        return (PyWeakRef) a[0];
    }

    static {
        TYPE.module = "weakref";
        TYPE.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls) || !cls.isSubtypeOf(TYPE)) {
                throw Errors.typeError("weakref.__new__(X): X is not a subtype of weakref");
            }
            return construct(cls, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        })));
        TYPE.def("__init__", (a, kw) -> PyNone.NONE);
        TYPE.def("__call__", (a, kw) -> {
            Args.checkMethod("__call__", a, kw, 0, 0);
            PyObject o = self(a).get();
            return o == null ? PyNone.NONE : o;
        });
        TYPE.def("__hash__", (a, kw) -> {
            PyWeakRef r = self(a);
            if (r.hash == null) {
                PyObject o = r.get();
                if (o == null) {
                    throw Errors.typeError("weak object has gone away");
                }
                r.hash = o.hash();
            }
            return PyInt.of(r.hash);
        });
        TYPE.def("__eq__", (a, kw) -> compare(a, true));
        TYPE.def("__ne__", (a, kw) -> compare(a, false));
        TYPE.def("__repr__", (a, kw) -> {
            PyWeakRef r = self(a);
            PyObject o = r.get();
            String at = Long.toHexString(0x7f0000000000L + (System.identityHashCode(r) & 0xffffffL) * 16);
            if (o == null) {
                return new PyStr("<weakref at 0x" + at + "; dead>");
            }
            String oat = Long.toHexString(0x7f0000000000L + (System.identityHashCode(o) & 0xffffffL) * 16);
            PyObject n = o.lookupAttr("__name__");
            String named = n instanceof PyStr s ? " (" + s.value + ")" : "";
            return new PyStr("<weakref at 0x" + at + "; to '" + o.type().name + "' at 0x" + oat + named + ">");
        });
        TYPE.dict.put("__callback__", new PyProperty(new PyBuiltinFunction("__callback__", (a, kw) -> {
            PyWeakRef r = self(a);
            return r.get() == null ? PyNone.NONE : r.callback;
        }), PyNone.NONE, PyNone.NONE, PyNone.NONE));
        TYPE.defClassMethod("__class_getitem__", (a, kw) -> a[0]);
    }

    /** Live refs compare their referents; otherwise refs are equal only to themselves. */
    private static PyObject compare(PyObject[] a, boolean eq) {
        if (!(a[1] instanceof PyWeakRef other)) {
            return PyNotImplemented.INSTANCE;
        }
        PyObject x = self(a).get();
        PyObject y = other.get();
        if (x == null || y == null) {
            return PyBool.of((a[0] == a[1]) == eq);
        }
        return PyBool.of(Ops.eq(x, y) == eq);
    }
}
