package dev.eddy.stdlib;

import dev.eddy.runtime.Reduce;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.CompareOp;
import dev.eddy.runtime.DictMethods;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyNotImplemented;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ReprGuard;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** collections.OrderedDict: a dict with move_to_end, popitem(last=) and order-sensitive equality. */
public final class PyOrderedDict extends PyDict {
    public static final PyType TYPE = Mod.type("collections", "OrderedDict", PyDict.TYPE, PyOrderedDict::construct);

    static {
        TYPE.def("move_to_end", (a, kw) -> {
            PyObject[] p = Args.bind("move_to_end", a, kw, new String[] {"self", "key", "last"}, 2);
            ((PyOrderedDict) a[0]).moveToEnd(p[1], p[2] == null || p[2].isTrue());
            return PyNone.NONE;
        });
        TYPE.def("popitem", (a, kw) -> {
            PyObject[] p = Args.bind("popitem", a, kw, new String[] {"self", "last"}, 1);
            return ((PyOrderedDict) a[0]).popItem(p[1] == null || p[1].isTrue());
        });
        TYPE.def("__init__", (a, kw) -> {
            ((PyOrderedDict) a[0]).init(java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return PyNone.NONE;
        });
        TYPE.def("__repr__", (a, kw) -> ((PyOrderedDict) a[0]).ownRepr());
        TYPE.def("copy", (a, kw) -> ((PyOrderedDict) a[0]).copy());
        TYPE.def("__copy__", (a, kw) -> ((PyOrderedDict) a[0]).copy());
        // pickle and copy: (type, (), state, None, iter(items))
        TYPE.def("__reduce__", (a, kw) -> {
            Args.checkMethod("__reduce__", a, kw, 0, 0);
            return PyTuple.of(a[0].type(), new PyTuple(new PyObject[0]), Reduce.dictState(a[0]), PyNone.NONE,
                    a[0].getAttr("items").call().iter());
        });
        TYPE.def("__reversed__", (a, kw) -> {
            List<PyObject> keys = new ArrayList<>(((PyOrderedDict) a[0]).map.keySet());
            java.util.Collections.reverse(keys);
            return new PyTuple(keys.toArray(new PyObject[0])).iter();
        });
    }

    private final PyType type;

    public PyOrderedDict(PyType type) {
        this.type = type;
    }

    /** OrderedDict(...); a user subclass gets an empty one that its __init__ (or OrderedDict's) fills. */
    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyOrderedDict d = new PyOrderedDict(cls);
        if (cls != TYPE) {
            d.adopt(cls);
            return d;
        }
        d.init(a, kw);
        return d;
    }

    /** OrderedDict.__init__: updates from one optional positional argument and keywords. */
    private void init(PyObject[] a, String[] kw) {
        PyOrderedDict d = this;
        int npos = kw == null ? a.length : a.length - kw.length;
        if (npos > 1) {
            throw Errors.typeError("expected at most 1 arguments, got " + npos);
        }
        if (npos == 1) {
            DictMethods.update(d, a[0]);
        }
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                d.put(new PyStr(kw[i]), a[npos + i]);
            }
        }
    }

    @Override
    public PyType type() {
        return type;
    }

    private PyOrderedDict copy() {
        PyOrderedDict d = new PyOrderedDict(type);
        if (type != TYPE) {
            d.adopt(type);
        }
        d.map.putAll(map);
        return d;
    }

    void moveToEnd(PyObject key, boolean last) {
        PyObject v = map.remove(key);
        if (v == null) {
            throw Errors.keyError(key);
        }
        if (last) {
            map.put(key, v);
            return;
        }
        List<Map.Entry<PyObject, PyObject>> rest = new ArrayList<>(map.entrySet());
        map.clear();
        map.put(key, v);
        for (Map.Entry<PyObject, PyObject> e : rest) {
            map.put(e.getKey(), e.getValue());
        }
    }

    PyObject popItem(boolean last) {
        if (map.isEmpty()) {
            throw Errors.of(dev.eddy.runtime.Exceptions.KEY_ERROR, "dictionary is empty");
        }
        Map.Entry<PyObject, PyObject> found = null;
        Iterator<Map.Entry<PyObject, PyObject>> it = map.entrySet().iterator();
        if (last) {
            while (it.hasNext()) {
                found = it.next();
            }
        } else {
            found = it.next();
        }
        PyObject k = found.getKey();
        PyObject v = found.getValue();
        map.remove(k);
        return new PyTuple(new PyObject[] {k, v});
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyOrderedDict o && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean eq = map.size() == o.map.size();
            if (eq) {
                Iterator<Map.Entry<PyObject, PyObject>> a = map.entrySet().iterator();
                Iterator<Map.Entry<PyObject, PyObject>> b = o.map.entrySet().iterator();
                while (eq && a.hasNext()) {
                    Map.Entry<PyObject, PyObject> x = a.next();
                    Map.Entry<PyObject, PyObject> y = b.next();
                    eq = Ops.eq(x.getKey(), y.getKey()) && Ops.eq(x.getValue(), y.getValue());
                }
            }
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return other instanceof PyDict ? super.richCompare(other, op) : PyNotImplemented.INSTANCE;
    }

    @Override
    public PyStr repr() {
        PyObject o = heapOverride("__repr__");
        return o != null ? (PyStr) o.call(this) : ownRepr();
    }

    /** OrderedDict's own repr, whatever a subclass overrides. */
    @Override
    public PyStr ownRepr() {
        if (map.isEmpty()) {
            return new PyStr(type.name + "()");
        }
        if (!ReprGuard.enter(this)) {
            return new PyStr("...");
        }
        StringBuilder sb = new StringBuilder(type.name).append("([");
        try {
            boolean first = true;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append('(').append(e.getKey().repr().value).append(", ").append(e.getValue().repr().value).append(')');
            }
        } finally {
            ReprGuard.exit(this);
        }
        return new PyStr(sb.append("])").toString());
    }
}
