package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyClassMethod;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStaticMethod;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;

import java.util.HashMap;
import java.util.Map;

/**
 * object's own methods (__init__, __new__, __setattr__, __eq__, __repr__, ...), installed on
 * the object type so that object.__setattr__(self, ...) and super().__init__() find them.
 * Instances still take their fast Java paths: the object model treats builtin methods owned
 * by object as the default behaviour.
 */
final class ObjectFallbacks {
    private static final Map<String, PyObject> METHODS = new HashMap<>();

    private ObjectFallbacks() {
    }

    private static void def(String name, PyBuiltinFunction.Body body) {
        METHODS.put(name, new PyBuiltinFunction(name, body, true, PyType.OBJECT));
    }

    static PyObject get(String name) {
        return METHODS.get(name);
    }

    static java.util.Set<String> names() {
        return METHODS.keySet();
    }

    /** Adds the methods the object type does not define yet. */
    static void installInto(PyType object) {
        boolean changed = false;
        for (Map.Entry<String, PyObject> e : METHODS.entrySet()) {
            changed |= object.dict.putIfAbsent(e.getKey(), e.getValue()) == null;
        }
        if (changed) {
            PyType.invalidateCaches();
        }
    }

    /** object.__getstate__: the instance dict (None when empty), paired with the set slots when the class has __slots__. */
    static PyObject state(PyObject self) {
        if (!(self instanceof PyInstance pi)) {
            // an instance of a user's subclass of a builtin (class Stack(list)): its attributes
            if (self.type().heapType && self.lookupAttr("__dict__") instanceof dev.eddy.runtime.PyDict d && d.size() > 0) {
                return d;
            }
            return PyNone.NONE;
        }
        PyObject dict = PyNone.NONE;
        if (pi.dict != null && !pi.dict.isEmpty()) {
            dict = dev.eddy.runtime.InstanceDict.of(pi);
        }
        if (pi.type.slotCount == 0) {
            return dict;
        }
        dev.eddy.runtime.PyDict slots = new dev.eddy.runtime.PyDict();
        for (PyType t : pi.type.mro) {
            for (Map.Entry<String, PyObject> e : t.dict.entrySet()) {
                if (e.getValue() instanceof dev.eddy.runtime.SlotDescriptor sd && pi.slotValues != null
                        && pi.slotValues[sd.index] != null && !slots.map.containsKey(new PyStr(e.getKey()))) {
                    slots.put(new PyStr(e.getKey()), pi.slotValues[sd.index]);
                }
            }
        }
        return slots.size() == 0 ? dict : new dev.eddy.runtime.PyTuple(new PyObject[] {dict, slots});
    }

    private static String name(PyObject a) {
        if (!(a instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + a.type().name + "'");
        }
        return s.value;
    }

    static {
        def("__init__", (a, kw) -> {
            if (a.length > 1) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PyNone.NONE;
        });
        METHODS.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType cls)) {
                throw Errors.typeError("object.__new__(X): X is not a type object");
            }
            cls.checkNotAbstract();
            if (cls.solidBase() == PyType.OBJECT) {
                return PyType.OBJECT.constructor.construct(cls, Args.EMPTY, null);
            }
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return cls.constructor.construct(cls, rest, kw);
        }).withSelf(dev.eddy.runtime.PyType.OBJECT)));
        def("__setattr__", (a, kw) -> {
            Args.checkMethod("__setattr__", a, kw, 2, 2);
            if (a[0] instanceof PyInstance pi) {
                pi.genericSetAttr(name(a[1]), a[2]);
            } else if (a[0] instanceof PyType t) {
                throw Errors.typeError("can't apply this __setattr__ to type object");
            } else {
                a[0].setAttr(name(a[1]), a[2]);
            }
            return PyNone.NONE;
        });
        def("__delattr__", (a, kw) -> {
            Args.checkMethod("__delattr__", a, kw, 1, 1);
            String n = name(a[1]);
            if (a[0] instanceof PyInstance pi) {
                pi.genericDelAttr(n);
            } else {
                a[0].delAttr(n);
            }
            return PyNone.NONE;
        });
        def("__getattribute__", (a, kw) -> {
            Args.checkMethod("__getattribute__", a, kw, 1, 1);
            if (a[0] instanceof PyInstance pi) {
                String n = name(a[1]);
                PyObject v = pi.genericGetAttr(n);
                if (v == null) {
                    throw Errors.noAttribute(pi, n);
                }
                return v;
            }
            return a[0].getAttr(name(a[1]));
        });
        def("__repr__", (a, kw) -> a[0] instanceof PyInstance pi ? pi.defaultRepr() : a[0].repr());
        def("__str__", (a, kw) -> a[0].repr());
        // instances of classes get object's behaviour; objects implemented in Java keep their own
        def("__eq__", (a, kw) -> {
            Args.checkMethod("__eq__", a, kw, 1, 1);
            if (a[0] instanceof PyInstance) {
                return a[0] == a[1] ? PyBool.TRUE : PyNotImplemented.INSTANCE;
            }
            return a[0].richCompare(a[1], CompareOp.EQ);
        });
        def("__ne__", (a, kw) -> {
            Args.checkMethod("__ne__", a, kw, 1, 1);
            PyObject r = a[0].richCompare(a[1], CompareOp.EQ);
            return r == PyNotImplemented.INSTANCE ? r : PyBool.of(!r.isTrue());
        });
        for (CompareOp op : new CompareOp[] {CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            def(op.dunder, (a, kw) -> {
                Args.checkMethod(op.dunder, a, kw, 1, 1);
                return a[0] instanceof PyInstance ? PyNotImplemented.INSTANCE : a[0].richCompare(a[1], op);
            });
        }
        def("__hash__", (a, kw) -> PyInt.of(a[0] instanceof PyInstance ? System.identityHashCode(a[0]) : a[0].hash()));
        def("__format__", (a, kw) -> {
            Args.checkMethod("__format__", a, kw, 1, 1);
            if (a[1] instanceof PyStr s && s.value.isEmpty()) {
                return a[0].str();
            }
            throw Errors.typeError("unsupported format string passed to " + a[0].type().name + ".__format__");
        });
        def("__dir__", (a, kw) -> Functions.dir(a[0]));
        METHODS.put("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError(((PyType) a[0]).name + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        })));
        // the default answer to abc's subclass test: "no opinion"
        METHODS.put("__subclasshook__", new PyClassMethod(new PyBuiltinFunction("__subclasshook__",
                (a, kw) -> PyNotImplemented.INSTANCE)));
        def("__getstate__", (a, kw) -> {
            Args.checkMethod("__getstate__", a, kw, 0, 0);
            return state(a[0]);
        });
        def("__reduce_ex__", (a, kw) -> {
            Args.checkMethod("object.__reduce_ex__", a, kw, 1, 1);
            return ObjectReduction.reduceEx(a[0], (int) dev.eddy.runtime.Ops.index(a[1], null).longValueExact());
        });
        def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            return ObjectReduction.reduce(a[0]);
        });
        def("__sizeof__", (a, kw) -> PyInt.of(16));
    }
}
