package dev.eddy.builtins;

import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** isinstance() and issubclass(), with tuples of classes. */
public final class TypeChecks {
    private TypeChecks() {
    }

    public static boolean isInstance(PyObject o, PyObject cls) {
        if (cls instanceof PyType t) {
            if (o.type() == t) {
                return true;
            }
            PyObject hook = t.metaOverride("__instancecheck__");
            if (hook != null) {
                return Descriptors.callBound(hook, t, t.type(), o).isTrue();
            }
            return o.isInstance(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject hook = cls.type().lookup("__instancecheck__");
        if (hook != null && !(hook instanceof dev.eddy.runtime.PyBuiltinFunction)) {
            return Descriptors.callBound(hook, cls, cls.type(), o).isTrue();
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyType t) {
            PyObject hook = t.metaOverride("__subclasscheck__");
            if (hook != null) {
                return Descriptors.callBound(hook, t, t.type(), c).isTrue();
            }
            if (!(c instanceof PyType ct)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject x : tup.items) {
                if (isSubclass(c, x)) {
                    return true;
                }
            }
            return false;
        }
        PyObject hook = cls.type().lookup("__subclasscheck__");
        if (hook != null && !(hook instanceof dev.eddy.runtime.PyBuiltinFunction)) {
            return Descriptors.callBound(hook, cls, cls.type(), c).isTrue();
        }
        if (!(c instanceof PyType)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
