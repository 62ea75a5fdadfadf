package dev.eddy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module: a name and its globals. Each global is a {@link PyCell} so that compiled code
 * can cache the cell and read a global without a hash lookup.
 */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, null);

    public final String name;
    public final Map<String, PyCell> globals = new LinkedHashMap<>();

    public PyModule(String name) {
        this.name = name;
        set("__name__", new PyStr(name));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The cell for {@code name}, created empty when missing (so code can cache it). */
    public PyCell cell(String name) {
        PyCell c = globals.get(name);
        if (c == null) {
            c = new PyCell(null);
            globals.put(name, c);
        }
        return c;
    }

    public PyObject get(String name) {
        PyCell c = globals.get(name);
        return c == null ? null : c.value;
    }

    public void set(String name, PyObject value) {
        cell(name).value = value;
    }

    @Override
    public PyObject lookupAttr(String name) {
        PyObject v = get(name);
        if (v != null) {
            return v;
        }
        if (name.equals("__dict__")) {
            PyDict d = new PyDict();
            globals.forEach((k, c) -> {
                if (c.value != null) {
                    d.put(new PyStr(k), c.value);
                }
            });
            return d;
        }
        return null;
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Errors.attributeError("module '" + this.name + "' has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        set(name, value);
    }

    @Override
    public void delAttr(String name) {
        PyCell c = globals.get(name);
        if (c == null || c.value == null) {
            throw Errors.attributeError("module '" + this.name + "' has no attribute '" + name + "'");
        }
        c.value = null;
    }

    @Override
    public PyStr repr() {
        return new PyStr("<module '" + name + "'>");
    }
}
