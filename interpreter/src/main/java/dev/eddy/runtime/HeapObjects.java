package dev.eddy.runtime;

import java.util.HashMap;

/**
 * Support for instances of user classes that subclass a builtin container (class Stack(list)):
 * the Java object is the builtin's, with a pointer to the user class and an attribute dict.
 * Attribute access follows the user class first; a few dunders the user may override are
 * dispatched here.
 */
final class HeapObjects {
    private HeapObjects() {
    }

    static PyObject lookupAttr(PyObject self, PyType type, HashMap<String, PyObject> attrs, String name) {
        PyObject tv = type.lookup(name);
        if (tv instanceof PyProperty p) {
            return p.get(self);
        }
        if (attrs != null) {
            PyObject v = attrs.get(name);
            if (v != null) {
                return v;
            }
        }
        if (tv != null) {
            return Descriptors.bind(tv, self, type);
        }
        if (name.equals("__class__")) {
            return type;
        }
        if (name.equals("__dict__")) {
            PyDict d = new PyDict();
            if (attrs != null) {
                attrs.forEach((k, v) -> d.put(new PyStr(k), v));
            }
            return d;
        }
        PyObject ga = type.lookup("__getattr__");
        if (ga != null) {
            return Descriptors.callBound(ga, self, type, new PyStr(name));
        }
        return null;
    }

    /** Stores an attribute; returns the (possibly new) attribute dict. */
    static HashMap<String, PyObject> setAttr(PyObject self, PyType type, HashMap<String, PyObject> attrs, String name, PyObject value) {
        PyObject tv = type.lookup(name);
        if (tv instanceof PyProperty p) {
            p.set(self, value);
            return attrs;
        }
        if (attrs == null) {
            attrs = new HashMap<>();
        }
        attrs.put(name, value);
        return attrs;
    }

    /** The user's override of a dunder on a heap subclass, or null when the builtin's applies. */
    static PyObject override(PyType type, String dunder) {
        PyObject m = type.lookup(dunder);
        return m instanceof PyFunction ? m : null;
    }
}
