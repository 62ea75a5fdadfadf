package dev.eddy.builtins;

import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyClassMethod;
import dev.eddy.runtime.PyMethod;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PyStaticMethod;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

/**
 * super(type, obj): attribute lookup that starts after {@code type} in the MRO of obj's
 * class (or of obj itself when obj is a subclass of type, as in classmethods), binding what
 * it finds to obj. The interpreter turns zero-argument super() into super(__class__, first arg).
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PyType.OBJECT, (cls, a, kw) -> construct(a, kw));

    static {
        // Method calls on an object look in its type first; for object's method names that would
        // find object's own methods, so these entries send super().__init__(...) and friends
        // through the MRO search below instead.
        for (String name : ObjectFallbacks.names()) {
            TYPE.dict.put(name, new PyProperty(new PyBuiltinFunction(name, (a, kw) -> ((PySuper) a[0]).getAttr(name)),
                    null, null, PyNone.NONE));
        }
        PyType.invalidateCaches();
    }

    public final PyType thisType;
    /** The object bound to, or null for an unbound super(type). */
    public final PyObject obj;
    /** The class whose MRO is searched: obj's class, or obj itself for class-level super. */
    public final PyType objType;

    public PySuper(PyType thisType, PyObject obj) {
        this.thisType = thisType;
        this.obj = obj;
        this.objType = obj == null ? null : checkedObjType(thisType, obj);
    }

    private static PyObject construct(PyObject[] a, String[] kw) {
        Kw.none("super", kw);
        if (a.length == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        if (a.length > 2) {
            throw Errors.typeError("super() takes at most 2 arguments (" + a.length + " given)");
        }
        if (!(a[0] instanceof PyType t)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + a[0].type().name);
        }
        return new PySuper(t, a.length == 2 ? a[1] : null);
    }

    private static PyType checkedObjType(PyType type, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(type)) {
            return t;
        }
        PyType ot = obj.type();
        if (ot.isSubtypeOf(type)) {
            return ot;
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** True when bound to a class rather than an instance (super in a classmethod). */
    private boolean classLevel() {
        return obj == objType && obj instanceof PyType;
    }

    @Override
    public PyObject lookupAttr(String name) {
        if (obj != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro;
            int i = 0;
            while (i < mro.length && mro[i] != thisType) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict.get(name);
                if (v != null) {
                    return bind(v);
                }
            }
            PyObject fb = ObjectFallbacks.get(name);
            if (fb != null) {
                return bind(fb);
            }
        }
        switch (name) {
            case "__thisclass__": return thisType;
            case "__self__": return obj == null ? dev.eddy.runtime.PyNone.NONE : obj;
            case "__self_class__": return objType == null ? dev.eddy.runtime.PyNone.NONE : objType;
            case "__class__": return TYPE;
            default: return super.lookupAttr(name);
        }
    }

    private PyObject bind(PyObject v) {
        if (!classLevel()) {
            return Descriptors.bind(v, obj, objType);
        }
        if (v instanceof PyClassMethod cm) {
            return new PyMethod(obj, cm.func);
        }
        if (v instanceof PyStaticMethod sm) {
            return sm.func;
        }
        return v;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Errors.noAttribute(this, name);
        }
        return v;
    }

    @Override
    public PyStr repr() {
        String o = obj == null ? "NULL" : "<" + objType.name + " object>";
        return new PyStr("<super: <class '" + thisType.name + "'>, " + o + ">");
    }
}
