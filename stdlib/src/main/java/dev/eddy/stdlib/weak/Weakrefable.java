package dev.eddy.stdlib.weak;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyFunction;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyMethod;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyProperty;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyType;

/**
 * Which objects accept weak references, following CPython: instances of classes, functions,
 * methods, types, modules, generators, sets and the objects of extension modules do; ints,
 * strs, tuples, lists, dicts, plain {@code object()} and exceptions, instances whose __slots__ leave out
 * {@code __weakref__} and weak references themselves do not.
 */
final class Weakrefable {
    private Weakrefable() {
    }

    static boolean test(PyObject o) {
        if (o instanceof PyWeakRef || o instanceof PyWeakProxy) {
            // a subclass of ref (weakref.WeakMethod) may list __weakref__ in its __slots__
            return o.type().heapType && o.type().instanceWeakrefs;
        }
        PyType t = o.type();
        if (t.heapType) {
            return t.instanceWeakrefs;
        }
        if (o instanceof PyInstance) {
            // object() and the builtin exceptions have no weak reference list
            return !"builtins".equals(t.module);
        }
        if (o instanceof PyType || o instanceof PyFunction || o instanceof PyMethod || o instanceof PyModule
                || o instanceof PyGenerator || o instanceof PySet || o instanceof PyBuiltinFunction
                || o instanceof PyProperty) {
            return true;
        }
        return !"builtins".equals(t.module);
    }

    static void check(PyObject o) {
        if (!test(o)) {
            throw Errors.typeError("cannot create weak reference to '" + o.type().name + "' object");
        }
    }
}
