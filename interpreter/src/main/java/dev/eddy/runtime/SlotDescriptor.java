package dev.eddy.runtime;

/**
 * A name listed in a class's {@code __slots__} (CPython's member_descriptor): a data
 * descriptor reading and writing one cell of the instance's slot array.
 */
public final class SlotDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyType.OBJECT, null);

    static {
        TYPE.def("__get__", (a, kw) -> {
            Args.checkMethod("__get__", a, kw, 1, 2);
            return a[1] == PyNone.NONE ? a[0] : ((SlotDescriptor) a[0]).get(a[1]);
        });
        TYPE.def("__set__", (a, kw) -> {
            Args.checkMethod("__set__", a, kw, 2, 2);
            ((SlotDescriptor) a[0]).set(a[1], a[2]);
            return PyNone.NONE;
        });
        TYPE.def("__delete__", (a, kw) -> {
            Args.checkMethod("__delete__", a, kw, 1, 1);
            ((SlotDescriptor) a[0]).delete(a[1]);
            return PyNone.NONE;
        });
    }

    public final String name;
    public final PyType owner;
    public final int index;

    public SlotDescriptor(String name, PyType owner, int index) {
        this.name = name;
        this.owner = owner;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyInstance check(PyObject obj) {
        if (obj instanceof PyInstance pi && pi.type.isSubtypeOf(owner)) {
            return pi;
        }
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '" + obj.type().name + "' object");
    }

    public PyObject get(PyObject obj) {
        PyInstance pi = check(obj);
        PyObject v = pi.slotValues == null ? null : pi.slotValues[index];
        if (v == null) {
            throw Errors.noAttribute(pi, name);
        }
        return v;
    }

    public void set(PyObject obj, PyObject value) {
        PyInstance pi = check(obj);
        if (pi.slotValues == null) {
            pi.slotValues = new PyObject[pi.type.slotCount];
        }
        pi.slotValues[index] = value;
    }

    public void delete(PyObject obj) {
        PyInstance pi = check(obj);
        if (pi.slotValues == null || pi.slotValues[index] == null) {
            throw Errors.attributeError(name);
        }
        pi.slotValues[index] = null;
    }

    @Override
    public PyObject lookupAttr(String attr) {
        switch (attr) {
            case "__name__": return new PyStr(name);
            case "__qualname__": return new PyStr(owner.qualname + "." + name);
            case "__objclass__": return owner;
            default: return super.lookupAttr(attr);
        }
    }

    @Override
    public PyStr repr() {
        return new PyStr("<member '" + name + "' of '" + owner.name + "' objects>");
    }
}
