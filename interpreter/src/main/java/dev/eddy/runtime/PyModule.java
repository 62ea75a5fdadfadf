package dev.eddy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module: a name and its globals. Each global is a {@link PyCell} so that compiled code
 * can cache the cell and read a global without a hash lookup.
 */
public final class PyModule extends PyObject {
    public static final PyType TYPE = PyType.builtin("module", PyType.OBJECT, (cls, a, kw) -> {
        PyObject[] p = Args.bind("module", a, kw, new String[] {"name", "doc"}, 1);
        if (!(p[0] instanceof PyStr name)) {
            throw Errors.typeError("module.__init__() argument 'name' must be str, not " + p[0].type().name);
        }
        PyModule m = new PyModule(name.value);
        m.set("__doc__", p[1] == null ? PyNone.NONE : p[1]);
        m.set("__package__", PyNone.NONE);
        m.set("__loader__", PyNone.NONE);
        m.set("__spec__", PyNone.NONE);
        return m;
    });

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

    private PyDict dict;

    /** The module's __dict__: one live dict for the module's lifetime. */
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
            dict.map = new ModuleDict(this);
        }
        return dict;
    }

    /**
     * The module whose globals a dict is, for exec and eval: a module's own __dict__ gives the
     * module; any other dict becomes, from now on, the live view of a fresh namespace holding
     * its entries (so code compiled against it and the dict stay in step).
     */
    public static PyModule forGlobals(PyDict d) {
        if (d.map instanceof ModuleDict md) {
            return md.module;
        }
        PyObject n = d.map.get(new PyStr("__name__"));
        PyModule m = new PyModule(n instanceof PyStr s ? s.value : "builtins");
        m.globals.clear();
        java.util.LinkedHashMap<PyObject, PyObject> old = d.map;
        ModuleDict md = new ModuleDict(m);
        old.forEach(md::put);
        d.map = md;
        m.dict = d;
        return m;
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
        PyObject hook = get("__getattr__");
        if (hook != null && !name.equals("__getattr__")) {
            // PEP 562: a module's own __getattr__ supplies the attributes it does not have
            try {
                return hook.call(new PyStr(name));
            } catch (PyException e) {
                if (!e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                    throw e;
                }
            }
        }
        if (name.equals("__dict__")) {
            return dict();
        }
        return null;
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
    public void setAttr(String name, PyObject value) {
        set(name, value);
    }

    @Override
    public void delAttr(String name) {
        PyCell c = globals.get(name);
        if (c == null || c.value == null) {
            throw Errors.noAttribute(this, name);
        }
        c.value = null;
    }

    @Override
    public PyStr repr() {
        PyObject file = get("__file__");
        PyObject n = get("__name__");
        String shown = n instanceof PyStr s ? s.value : name;
        return new PyStr(file instanceof PyStr f ? "<module '" + shown + "' from '" + f.value + "'>" : "<module '" + shown + "'>");
    }
}
