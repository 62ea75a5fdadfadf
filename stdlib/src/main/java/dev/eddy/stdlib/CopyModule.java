package dev.eddy.stdlib;

import dev.eddy.runtime.IdentityIds;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Descriptors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.HashMap;
import java.util.Map;

/** The copy module: copy() and deepcopy() of builtin containers, collections types and class instances. */
public final class CopyModule implements ModuleProvider {
    @Override
    public String name() {
        return "copy";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("copy");
        Mod.def(m, "copy", (a, kw) -> {
            Args.check("copy", a, kw, 1, 1);
            return copy(a[0]);
        });
        Mod.def(m, "deepcopy", (a, kw) -> {
            PyObject[] p = Args.bind("deepcopy", a, kw, new String[] {"x", "memo", "_nil"}, 1);
            PyDict memo = p[1] instanceof PyDict d ? d : new PyDict();
            return deepcopy(p[0], memo);
        });
        m.set("Error", dev.eddy.runtime.Exceptions.ALL.get("Exception"));
        return m;
    }

    /** A new instance of {@code x}'s class sharing nothing but the attribute values. */
    private static PyInstance blankLike(PyInstance x) {
        if (x instanceof PyBaseException e) {
            return new PyBaseException(e.type(), e.args.items.clone());
        }
        if (x instanceof NamedTuple.Instance nt) {
            return new NamedTuple.Instance(nt.type(), nt.items.clone());
        }
        return new PyInstance(x.type());
    }

    static PyObject copy(PyObject x) {
        PyType t = x.type();
        if (x instanceof PyList l) {
            return new PyList(l.toArray());
        }
        if (t == PyDict.TYPE) {
            PyDict d = new PyDict();
            d.map.putAll(((PyDict) x).map);
            return d;
        }
        if (x instanceof PySet s && !s.frozen) {
            PySet r = new PySet(false);
            r.set.addAll(s.set);
            return r;
        }
        PyObject m = t.lookup("__copy__");
        if (m != null) {
            return Descriptors.callBound(m, x, t);
        }
        if (x instanceof PyInstance pi) {
            PyInstance r = blankLike(pi);
            if (pi.dict != null) {
                r.dict = new java.util.LinkedHashMap<>(pi.dict);
            }
            return r;
        }
        if (x instanceof PyDict) {
            return Ops.callMethod(x, "copy");
        }
        return x;
    }

    static PyObject deepcopy(PyObject x, PyDict memo) {
        PyInt id = PyInt.of(IdentityIds.of(x));
        PyObject done = memo.get(id);
        if (done != null) {
            return done;
        }
        PyType t = x.type();
        PyObject r;
        if (x instanceof PyList l) {
            PyList out = new PyList();
            memo.put(id, out);
            for (int i = 0; i < l.size; i++) {
                out.append(deepcopy(l.items[i], memo));
            }
            r = out;
        } else if (x instanceof PyTuple tup) {
            PyObject[] items = new PyObject[tup.items.length];
            boolean same = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = deepcopy(tup.items[i], memo);
                same &= items[i] == tup.items[i];
            }
            PyObject again = memo.get(id);
            if (again != null) {
                return again;
            }
            r = same ? x : new PyTuple(items);
        } else if (x instanceof PyDict d && (t == PyDict.TYPE || t.lookup("__deepcopy__") == null)) {
            PyDict out = t == PyDict.TYPE ? new PyDict() : (PyDict) copy(x);
            out.map.clear();
            memo.put(id, out);
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                out.map.put(deepcopy(e.getKey(), memo), deepcopy(e.getValue(), memo));
            }
            r = out;
        } else if (x instanceof PySet s) {
            PySet out = new PySet(s.frozen);
            if (!s.frozen) {
                memo.put(id, out);
            }
            for (PyObject o : s.set) {
                out.set.add(deepcopy(o, memo));
            }
            r = out;
        } else if (x instanceof PyDeque dq) {
            PyObject out = copy(dq);
            memo.put(id, out);
            Ops.callMethod(out, "clear");
            for (int i = 0; i < dq.size(); i++) {
                Ops.callMethod(out, "append", deepcopy(dq.get(i), memo));
            }
            r = out;
        } else {
            PyObject m = t.lookup("__deepcopy__");
            if (m != null) {
                r = Descriptors.callBound(m, x, t, memo);
            } else if (x instanceof PyInstance pi) {
                PyInstance out = blankLike(pi);
                memo.put(id, out);
                if (out instanceof NamedTuple.Instance nt) {
                    for (int i = 0; i < nt.items.length; i++) {
                        nt.items[i] = deepcopy(nt.items[i], memo);
                    }
                }
                if (pi.dict != null) {
                    out.dict = new java.util.LinkedHashMap<>();
                    for (Map.Entry<String, PyObject> e : pi.dict.entrySet()) {
                        out.dict.put(e.getKey(), deepcopy(e.getValue(), memo));
                    }
                }
                r = out;
            } else {
                r = x;
            }
        }
        memo.put(id, r);
        return r;
    }
}
