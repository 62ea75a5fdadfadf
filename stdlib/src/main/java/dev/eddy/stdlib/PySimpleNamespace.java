package dev.eddy.stdlib;

import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyExtensible;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ReprGuard;

import java.util.Map;

/**
 * types.SimpleNamespace: an object whose attributes are the items of its own __dict__, with
 * a {@code namespace(a=1, b=2)} repr and equality by that dict. A C type in CPython, so
 * messages name it {@code types.SimpleNamespace}; Python classes may subclass it.
 */
public final class PySimpleNamespace extends PyExtensible {
    /** How CPython's messages name the type (its tp_name). */
    private static final String TP_NAME = "types.SimpleNamespace";

    public static final PyType TYPE = Mod.type("types", "SimpleNamespace", null,
            PySimpleNamespace::construct);

    static {
        TYPE.dict.put("__doc__", new PyStr("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"));
        TYPE.dict.put("__hash__", PyNone.NONE);
        TYPE.def("__repr__", (a, kw) -> ((PySimpleNamespace) a[0]).ownRepr());
        TYPE.def("__init__", (a, kw) -> {
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            ((PySimpleNamespace) a[0]).init(rest, kw);
            return PyNone.NONE;
        });
        TYPE.def("__reduce__", (a, kw) -> {
            PySimpleNamespace self = (PySimpleNamespace) a[0];
            return new PyTuple(new PyObject[] {self.type(), new PyTuple(new PyObject[0]), self.dict});
        });
    }

    /** The namespace's attributes: its __dict__, shared with whoever reads vars() of it. */
    private final PyDict dict = new PyDict();

    /** SimpleNamespace(**kwargs); a subclass gets its keywords through __init__. */
    private static PyObject construct(PyType cls, PyObject[] args, String[] kwnames) {
        PySimpleNamespace ns = PyExtensible.adopt(new PySimpleNamespace(), cls);
        if (!cls.heapType) {
            ns.init(args, kwnames);
        }
        return ns;
    }

    private void init(PyObject[] args, String[] kwnames) {
        int positional = args.length - (kwnames == null ? 0 : kwnames.length);
        if (positional > 0) {
            throw Errors.typeError("no positional arguments expected");
        }
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            dict.put(new PyStr(kwnames[i]), args[positional + i]);
        }
    }

    @Override
    protected PyType javaType() {
        return TYPE;
    }

    private String tpName() {
        return type() == TYPE ? TP_NAME : type().name;
    }

    @Override
    public PyObject lookupAttr(String name) {
        PyType t = type();
        PyObject tv = t.lookup(name);
        if (tv != null && Descriptors.isDataDescriptor(tv)) {
            return Descriptors.bind(tv, this, t);
        }
        PyObject v = dict.get(new PyStr(name));
        if (v != null) {
            return v;
        }
        if (tv != null) {
            return Descriptors.bind(tv, this, t);
        }
        switch (name) {
            case "__dict__": return dict;
            case "__class__": return t;
            default: break;
        }
        PyObject getattr = t.heapType ? t.lookup("__getattr__") : null;
        return getattr == null ? null : Descriptors.callBound(getattr, this, t, new PyStr(name));
    }

    @Override
    public PyObject getAttr(String name) {
        PyObject v = lookupAttr(name);
        if (v == null) {
            throw Errors.attributeError("'" + tpName() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public void setAttr(String name, PyObject value) {
        PyObject tv = type().lookup(name);
        if (tv != null && Descriptors.isDataDescriptor(tv)) {
            Descriptors.set(tv, this, value);
            return;
        }
        if (name.equals("__dict__")) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + value.type().name + "'");
        }
        dict.put(new PyStr(name), value);
    }

    @Override
    public void delAttr(String name) {
        PyObject tv = type().lookup(name);
        if (tv != null && Descriptors.isDataDescriptor(tv)) {
            Descriptors.delete(tv, this);
            return;
        }
        if (dict.map.remove(new PyStr(name)) == null) {
            throw Errors.attributeError("'" + tpName() + "' object has no attribute '" + name + "'");
        }
    }

    @Override
    public PyStr repr() {
        PyObject own = heapOverride("__repr__");
        if (own != null) {
            return super.repr();
        }
        return ownRepr();
    }

    /** namespace's own repr, whatever a subclass overrides ({@code SimpleNamespace.__repr__}). */
    PyStr ownRepr() {
        String label = type() == TYPE ? "namespace" : type().name;
        if (!ReprGuard.enter(this)) {
            return new PyStr(label + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(label).append('(');
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : dict.map.entrySet()) {
                if (e.getKey() instanceof PyStr k && !k.value.isEmpty()) {
                    sb.append(first ? "" : ", ").append(k.value).append('=').append(e.getValue().repr().value);
                    first = false;
                }
            }
            return new PyStr(sb.append(')').toString());
        } finally {
            ReprGuard.exit(this);
        }
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (heapOverride(op.dunder) != null) {
            return super.richCompare(other, op);
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && other instanceof PySimpleNamespace ns) {
            PyObject r = dict.richCompare(ns.dict, op);
            return r instanceof PyBool ? r : PyBool.of(r.isTrue());
        }
        return PyNotImplemented.INSTANCE;
    }

    @Override
    public long hash() {
        if (heapOverride("__hash__") != null) {
            return super.hash();
        }
        throw Errors.typeError("unhashable type: '" + tpName() + "'");
    }
}
