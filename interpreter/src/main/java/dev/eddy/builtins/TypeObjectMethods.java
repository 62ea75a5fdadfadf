package dev.eddy.builtins;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyClassMethod;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStaticMethod;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.TypeCreation;

import java.util.Arrays;

/**
 * The methods of {@code type} itself (__new__, __init__, __call__, attribute access, mro,
 * __instancecheck__, __prepare__), so that metaclasses written in Python can override them
 * and reach type's behaviour through super().
 */
final class TypeObjectMethods {
    private TypeObjectMethods() {
    }

    private static PyType self(PyObject[] a, String method) {
        if (a.length == 0 || !(a[0] instanceof PyType t)) {
            throw Errors.typeError("descriptor '" + method + "' requires a 'type' object but received '"
                    + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return t;
    }

    private static String attrName(PyObject a) {
        if (!(a instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '" + a.type().name + "'");
        }
        return s.value;
    }

    static void install(PyType type) {
        if (type.dict.containsKey("__call__")) {
            return;
        }
        type.dict.put("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType mcls)) {
                throw Errors.typeError("type.__new__(X): X is not a type object (" + (a.length == 0 ? "nothing" : a[0].type().name) + ")");
            }
            if (!mcls.isSubtypeOf(PyType.TYPE)) {
                throw Errors.typeError("type.__new__(" + mcls.name + "): " + mcls.name + " is not a subtype of type");
            }
            return TypeCreation.typeNew(mcls, Arrays.copyOfRange(a, 1, a.length), kw);
        }).withSelf(type)));
        def(type, "__init__", (a, kw) -> {
            int npos = a.length - 1 - (kw == null ? 0 : kw.length);
            if (npos == 1 && kw != null && kw.length > 0) {
                throw Errors.typeError("type.__init__() takes no keyword arguments");
            }
            if (npos != 1 && npos != 3) {
                throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PyNone.NONE;
        });
        def(type, "__call__", (a, kw) -> self(a, "__call__").typeCall(Arrays.copyOfRange(a, 1, a.length), kw));
        def(type, "__getattribute__", (a, kw) -> {
            Args.checkMethod("__getattribute__", a, kw, 1, 1);
            PyType t = self(a, "__getattribute__");
            String n = attrName(a[1]);
            PyObject v = t.typeGetAttribute(n);
            if (v == null) {
                throw Errors.noAttribute(t, n);
            }
            return v;
        });
        def(type, "__setattr__", (a, kw) -> {
            Args.checkMethod("__setattr__", a, kw, 2, 2);
            self(a, "__setattr__").typeSetAttr(attrName(a[1]), a[2]);
            return PyNone.NONE;
        });
        def(type, "__delattr__", (a, kw) -> {
            Args.checkMethod("__delattr__", a, kw, 1, 1);
            self(a, "__delattr__").typeDelAttr(attrName(a[1]));
            return PyNone.NONE;
        });
        def(type, "__repr__", (a, kw) -> {
            PyType t = self(a, "__repr__");
            return new PyStr(t.module.equals("builtins") ? "<class '" + t.qualname + "'>" : "<class '" + t.module + "." + t.qualname + "'>");
        });
        def(type, "mro", (a, kw) -> new PyList(self(a, "mro").mro.clone()));
        // the attributes type.__getattribute__ computes, also reachable as descriptors in type.__dict__
        for (String attr : new String[] {"__mro__", "__dict__"}) {
            type.dict.put(attr, new dev.eddy.runtime.GetSetDescriptor(attr, type, o -> ((PyType) o).typeGetAttribute(attr)));
        }
        // int | str: a types.UnionType (PEP 604), built by the types module
        def(type, "__or__", (a, kw) -> {
            Args.checkMethod("__or__", a, kw, 1, 1);
            return PyType.union(a[0], a[1]);
        });
        def(type, "__ror__", (a, kw) -> {
            Args.checkMethod("__ror__", a, kw, 1, 1);
            return PyType.union(a[1], a[0]);
        });
        def(type, "__subclasses__", (a, kw) -> new PyList(self(a, "__subclasses__").subclasses().toArray(new PyObject[0])));
        def(type, "__instancecheck__", (a, kw) -> {
            Args.checkMethod("__instancecheck__", a, kw, 1, 1);
            return PyBool.of(a[1].type().isSubtypeOf(self(a, "__instancecheck__")));
        });
        def(type, "__subclasscheck__", (a, kw) -> {
            Args.checkMethod("__subclasscheck__", a, kw, 1, 1);
            if (!(a[1] instanceof PyType c)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(c.isSubtypeOf(self(a, "__subclasscheck__")));
        });
        type.dict.put("__prepare__", new PyClassMethod(new PyBuiltinFunction("__prepare__", (a, kw) -> new PyDict())));
        PyType.invalidateCaches();
    }

    private static void def(PyType type, String name, PyBuiltinFunction.Body body) {
        type.dict.put(name, new PyBuiltinFunction(name, body, true, type));
    }
}
