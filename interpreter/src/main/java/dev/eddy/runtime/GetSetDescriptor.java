package dev.eddy.runtime;

import java.util.function.Function;

/**
 * An attribute of a builtin type computed in Java (CPython's getset_descriptor), as it sits in
 * the type's {@code __dict__}: {@code type.__dict__['__mro__'].__get__(cls)} reads it without
 * going through attribute lookup (inspect.getattr_static does so). Read-only.
 */
public final class GetSetDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyType.OBJECT, null);

    static {
        TYPE.def("__get__", (a, kw) -> {
            Args.checkMethod("__get__", a, kw, 1, 2);
            return a[1] == PyNone.NONE ? a[0] : ((GetSetDescriptor) a[0]).get(a[1]);
        });
        TYPE.def("__set__", (a, kw) -> {
            Args.checkMethod("__set__", a, kw, 2, 2);
            GetSetDescriptor d = (GetSetDescriptor) a[0];
            d.check(a[1]);
            throw Errors.attributeError("attribute '" + d.name + "' of '" + d.owner.name + "' objects is not writable");
        });
        TYPE.def("__delete__", (a, kw) -> {
            Args.checkMethod("__delete__", a, kw, 1, 1);
            GetSetDescriptor d = (GetSetDescriptor) a[0];
            d.check(a[1]);
            throw Errors.attributeError("attribute '" + d.name + "' of '" + d.owner.name + "' objects is not writable");
        });
    }

    public final String name;
    public final PyType owner;
    private final Function<PyObject, PyObject> getter;

    public GetSetDescriptor(String name, PyType owner, Function<PyObject, PyObject> getter) {
        this.name = name;
        this.owner = owner;
        this.getter = getter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + obj.type().name + "' object");
        }
    }

    public PyObject get(PyObject obj) {
        check(obj);
        return getter.apply(obj);
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "__name__":
            case "__qualname__":
                return new PyStr(attr.equals("__name__") ? name : owner.name + "." + name);
            case "__objclass__":
                return owner;
            case "__doc__":
                return PyNone.NONE;
            default:
                return super.lookupAttr(attr);
        }
    }

    @Override
    public PyStr repr() {
        return new PyStr("<attribute '" + name + "' of '" + owner.name + "' objects>");
    }
}
