package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/**
 * The _collections module: the Java types and helpers CPython's collections package is built on
 * (deque and its iterators, defaultdict, OrderedDict, namedtuple's field descriptor and
 * Counter's counting loop).
 */
public final class UnderscoreCollectionsModule implements ModuleProvider {
    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_collections");
        m.set("deque", PyDeque.TYPE);
        m.set("_deque_iterator", PyDeque.ITER_TYPE);
        m.set("_deque_reverse_iterator", PyDeque.REVERSE_ITER_TYPE);
        m.set("defaultdict", PyDefaultDict.TYPE);
        m.set("OrderedDict", PyOrderedDict.TYPE);
        m.set("_tuplegetter", TupleGetter.TYPE);
        Mod.def(m, "_count_elements", (a, kw) -> {
            Args.check("_count_elements", a, kw, 2, 2);
            countElements(a[0], a[1]);
            return PyNone.NONE;
        });
        return m;
    }

    /** Counter's inner loop: mapping[elem] = mapping.get(elem, 0) + 1 for each elem of iterable. */
    static void countElements(PyObject mapping, PyObject iterable) {
        PyObject it = iterable.iter();
        PyType t = mapping.type();
        // a dict whose get and __setitem__ are dict's own is updated directly
        if (mapping instanceof PyDict d && t.lookup("get") == PyDict.TYPE.lookup("get")
                && t.lookup("__setitem__") == PyDict.TYPE.lookup("__setitem__")) {
            PyInt one = PyInt.of(1);
            for (PyObject x = it.next(); x != null; x = it.next()) {
                PyObject old = d.get(x);
                d.put(x, old == null ? one : Ops.add(old, one));
            }
            return;
        }
        PyInt zero = PyInt.of(0);
        PyInt one = PyInt.of(1);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            PyObject old = Ops.callMethod(mapping, "get", x, zero);
            mapping.setItem(x, Ops.add(old, one));
        }
    }
}
