package dev.eddy.builtins;

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
            return o.type() == t || o.isInstance(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) {
                if (isInstance(o, c)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyType t) {
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
        if (!(c instanceof PyType)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
