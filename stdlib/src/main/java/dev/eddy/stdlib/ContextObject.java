package dev.eddy.stdlib;

import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/** Base of the contextlib objects: a type and CPython's default repr. */
abstract class ContextObject extends PyObject {
    private final PyType type;

    ContextObject(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public PyStr repr() {
        return new PyStr("<" + type.module + "." + type.name + " object at 0x"
                + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffL) * 16) + ">");
    }

    /** Gives {@code t} __enter__ and __exit__ that call the Java methods. */
    static PyType contextType(String name, PyType.Constructor ctor) {
        PyType t = Mod.type("contextlib", name, null, ctor);
        t.def("__enter__", (a, kw) -> ((ContextObject) a[0]).enter());
        t.def("__exit__", (a, kw) -> {
            PyObject none = dev.eddy.runtime.PyNone.NONE;
            return ((ContextObject) a[0]).exit(a.length > 1 ? a[1] : none, a.length > 2 ? a[2] : none, a.length > 3 ? a[3] : none);
        });
        return t;
    }

    abstract PyObject enter();

    abstract PyObject exit(PyObject type, PyObject value, PyObject traceback);
}
