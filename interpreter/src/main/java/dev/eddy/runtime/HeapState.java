package dev.eddy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an instance of a user class that subclasses a builtin (class Stack(list),
 * class Flags(int)) carries beside the builtin's own Java object: its class and its
 * attribute dict. Attribute access follows the user class first; the few dunders a user
 * may override on such a class are found with {@link #override}.
 */
final class HeapState {
    final PyType type;
    /** The attributes, in the order they were set; an {@link InstanceDict} once __dict__ was asked for. */
    private Map<String, PyObject> attrs;

    HeapState(PyType type) {
        this.type = type;
    }

    PyObject lookupAttr(PyObject self, String name) {
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
            // the dict handed out is the storage from then on, so writes to it are attributes
            if (attrs instanceof InstanceDict live) {
                return live.dict;
            }
            PyDict d = new PyDict();
            if (attrs != null) {
                attrs.forEach((k, v) -> d.put(new PyStr(k), v));
            }
            attrs = new InstanceDict(d);
            return d;
        }
        PyObject ga = type.lookup("__getattr__");
        if (ga != null) {
            return Descriptors.callBound(ga, self, type, new PyStr(name));
        }
        return null;
    }

    PyObject getAttr(PyObject self, String name) {
        PyObject v = lookupAttr(self, name);
        if (v == null) {
            throw Errors.noAttribute(self, name);
        }
        return v;
    }

    void setAttr(PyObject self, String name, PyObject value) {
        PyObject tv = type.lookup(name);
        if (tv instanceof PyProperty p) {
            p.set(self, value);
            return;
        }
        if (attrs == null) {
            attrs = new LinkedHashMap<>();
        }
        attrs.put(name, value);
    }

    void delAttr(PyObject self, String name) {
        PyObject tv = type.lookup(name);
        if (tv instanceof PyProperty p) {
            p.delete(self);
            return;
        }
        if (attrs == null || attrs.remove(name) == null) {
            throw Errors.noAttribute(self, name);
        }
    }

    /** The user's override of a dunder, or null when the builtin's own applies. */
    PyObject override(String dunder) {
        PyObject m = type.lookup(dunder);
        if (m == null || m instanceof PyFunction) {
            return m;
        }
        // a builtin the user's class assigned itself (enum's IntFlag: __str__ = int.__repr__)
        for (PyType t : type.mro) {
            if (t.dict.get(dunder) == m) {
                return t.heapType ? m : null;
            }
        }
        return null;
    }

    /** The override of {@code dunder} for a possibly-null state. */
    static PyObject override(HeapState heap, String dunder) {
        return heap == null ? null : heap.override(dunder);
    }
}
