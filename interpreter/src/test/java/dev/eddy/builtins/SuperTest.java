package dev.eddy.builtins;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyClassMethod;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import org.junit.jupiter.api.Test;

import static dev.eddy.builtins.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SuperTest {
    private static PyType cls(String name, PyType... bases) {
        return new PyType(name, bases.length == 0 ? new PyType[] {PyType.OBJECT} : bases, null, false);
    }

    private static void method(PyType t, String name, PyBuiltinFunction.Body body) {
        t.dict.put(name, new PyBuiltinFunction(name, body, true, t));
    }

    @Test
    void cooperativeMethodsFollowTheInstanceMro() {
        PyType base = cls("Base");
        PyType dbl = cls("Double", base);
        PyType plusTen = cls("PlusTen", base);
        method(base, "value", (a, kw) -> i(1));
        method(dbl, "value", (a, kw) -> PyInt.mul((PyInt) new PySuper(dbl, a[0]).getAttr("value").call(), i(2)));
        method(plusTen, "value", (a, kw) -> PyInt.add((PyInt) new PySuper(plusTen, a[0]).getAttr("value").call(), i(10)));
        PyType combo = cls("Combo", dbl, plusTen);
        PyType combo2 = cls("Combo2", plusTen, dbl);
        assertEquals("22", repr(Ops.callMethod(combo.call(), "value")));
        assertEquals("12", repr(Ops.callMethod(combo2.call(), "value")));
    }

    @Test
    void classLevelSuperBindsClassmethodsToTheSubclass() {
        PyType parent = cls("Parent");
        parent.dict.put("create", new PyClassMethod(new PyBuiltinFunction("create",
                (a, kw) -> new PyStr("created " + ((PyType) a[0]).name))));
        PyType child = cls("Child", parent);
        child.dict.put("create", new PyClassMethod(new PyBuiltinFunction("create",
                (a, kw) -> new PyStr(new PySuper(child, a[0]).getAttr("create").call() + " via Child"))));
        assertEquals("'created Child via Child'", repr(child.getAttr("create").call()));
        assertEquals("'created Child via Child'", repr(Ops.callMethod(child.call(), "create")));
    }

    @Test
    void lookupFailuresAndObjectFallbacks() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        PyObject obj = b.call();
        PySuper sup = new PySuper(b, obj);
        assertFalse(call("hasattr", sup, s("save")).isTrue());
        raises(Exceptions.ATTRIBUTE_ERROR, "'super' object has no attribute 'save'", () -> sup.getAttr("save"));
        assertEquals("None", repr(sup.getAttr("__init__").call()));
        raises(Exceptions.TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)",
                () -> sup.getAttr("__init__").call(i(1)));
        sup.getAttr("__setattr__").call(s("x"), i(5));
        assertEquals("5", repr(obj.getAttr("x")));
        assertEquals("<super: <class 'B'>, <B object>>", repr(sup));
        raises(Exceptions.TYPE_ERROR, "super(type, obj): obj must be an instance or subtype of type", () -> call("super", PyInt.TYPE, s("a")));
        raises(Exceptions.TYPE_ERROR, "super() argument 1 must be a type, not int", () -> call("super", i(1), i(1)));
    }

    @Test
    void isinstanceAndIssubclassWithTuples() {
        PyType animal = cls("Animal");
        PyType mammal = cls("Mammal", animal);
        PyType bird = cls("Bird", animal);
        PyObject bat = cls("Bat", mammal).call();
        assertEquals("True", repr(call("isinstance", bat, tuple(bird, mammal))));
        assertEquals("False", repr(call("isinstance", bat, bird)));
        assertEquals("True", repr(call("isinstance", i(1), tuple(PyInt.TYPE, i(1)))));
        assertEquals("True", repr(call("issubclass", dev.eddy.runtime.PyBool.TYPE, PyInt.TYPE)));
        raises(Exceptions.TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union", () -> call("isinstance", i(1), i(1)));
        raises(Exceptions.TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union",
                () -> call("isinstance", i(1), tuple(PyStr.TYPE, i(1))));
        raises(Exceptions.TYPE_ERROR, "issubclass() arg 1 must be a class", () -> call("issubclass", i(1), PyInt.TYPE));
        raises(Exceptions.TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union", () -> call("issubclass", PyInt.TYPE, i(1)));
    }

    @Test
    void attributeBuiltins() {
        PyObject obj = cls("Box").call();
        call("setattr", obj, s("content"), s("pear"));
        assertEquals("'pear'", repr(call("getattr", obj, s("content"))));
        assertEquals("'fallback'", repr(call("getattr", obj, s("nothing"), s("fallback"))));
        assertEquals("True", repr(call("hasattr", obj, s("content"))));
        call("delattr", obj, s("content"));
        assertEquals("False", repr(call("hasattr", obj, s("content"))));
        raises(Exceptions.TYPE_ERROR, "attribute name must be string, not 'int'", () -> call("getattr", obj, i(5)));
        raises(Exceptions.TYPE_ERROR, "getattr expected at least 2 arguments, got 1", () -> call("getattr", obj));
        assertEquals("True", repr(call("callable", fn("len"))));
        assertEquals("False", repr(call("callable", i(1))));
        assertFalse(call("id", i(100_000)).equals(call("id", i(100_001))));
    }
}
