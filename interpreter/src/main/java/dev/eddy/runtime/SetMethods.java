package dev.eddy.runtime;

import java.util.Iterator;


/** The methods of set and frozenset; operands other than self may be any iterables. */
public final class SetMethods {
    private SetMethods() {
    }

    static void install(PyType setType, PyType frozenType) {
        setType.dict.put("__hash__", PyNone.NONE); // unhashable, as CPython spells it
        for (PyType t : new PyType[] {setType, frozenType}) {
            String n = t.name;
            t.def("__reduce__", (a, kw) -> {
                TypeMethods.check(n + ".__reduce__", a, kw, 0, 0);
                return PyTuple.of(a[0].type(), PyTuple.of(new PyList(Ops.toArray(a[0].iter()))), Reduce.dictState(a[0]));
            });
            t.def("copy", (a, kw) -> {
                TypeMethods.check(n + ".copy", a, kw, 0, 0);
                PySet s = self(a);
                return s.frozen ? s : copy(s);
            });
            t.def("union", (a, kw) -> {
                TypeMethods.check(n + ".union", a, kw, 0, Integer.MAX_VALUE);
                PySet r = copy(self(a));
                for (int i = 1; i < a.length; i++) {
                    r.addAll(a[i]);
                }
                return r;
            });
            t.def("intersection", (a, kw) -> {
                TypeMethods.check(n + ".intersection", a, kw, 0, Integer.MAX_VALUE);
                PySet r = copy(self(a));
                for (int i = 1; i < a.length; i++) {
                    r = intersect(r, a[i]);
                }
                return r;
            });
            t.def("difference", (a, kw) -> {
                TypeMethods.check(n + ".difference", a, kw, 0, Integer.MAX_VALUE);
                if (a.length == 2 && a[1] instanceof PySet o) {
                    return self(a).binaryOp(BinaryOp.SUB, o);
                }
                PySet r = copy(self(a));
                for (int i = 1; i < a.length; i++) {
                    removeAll(r, a[i]);
                }
                return r;
            });
            t.def("symmetric_difference", (a, kw) -> {
                TypeMethods.check(n + ".symmetric_difference", a, kw, 1, 1);
                PySet other = a[1] instanceof PySet o ? o : (PySet) PySet.TYPE.call(a[1]);
                return self(a).binaryOp(BinaryOp.XOR, other);
            });
            t.def("issubset", (a, kw) -> {
                TypeMethods.check(n + ".issubset", a, kw, 1, 1);
                return PyBool.of(asSet(a[1]).containsAll(self(a).set));
            });
            t.def("issuperset", (a, kw) -> {
                TypeMethods.check(n + ".issuperset", a, kw, 1, 1);
                SetTable s = self(a).set;
                PyObject it = a[1].iter();
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (!s.contains(x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
            t.def("isdisjoint", (a, kw) -> {
                TypeMethods.check(n + ".isdisjoint", a, kw, 1, 1);
                SetTable s = self(a).set;
                PyObject it = a[1].iter();
                for (PyObject x = it.next(); x != null; x = it.next()) {
                    if (s.contains(x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
            t.def("__contains__", (a, kw) -> {
                TypeMethods.check(n + ".__contains__", a, kw, 1, 1);
                return PyBool.of(self(a).contains(a[1]));
            });
            t.def("__len__", (a, kw) -> PyInt.of(self(a).set.size()));
            t.def("__repr__", (a, kw) -> self(a).ownRepr());
            t.def("__iter__", (a, kw) -> self(a).iter());
        }
        setType.def("__init__", (a, kw) -> {
            PySet self = self(a);
            Args.check("set", java.util.Arrays.copyOfRange(a, 1, a.length), kw, 0, 1);
            self.set.clear();
            if (a.length == 2) {
                self.addAll(a[1]);
            }
            return PyNone.NONE;
        });
        setType.def("add", (a, kw) -> {
            TypeMethods.check("set.add", a, kw, 1, 1);
            self(a).set.add(a[1]);
            return PyNone.NONE;
        });
        setType.def("remove", (a, kw) -> {
            TypeMethods.check("set.remove", a, kw, 1, 1);
            if (!self(a).set.remove(key(self(a), a[1]))) {
                throw Errors.keyError(a[1]);
            }
            return PyNone.NONE;
        });
        setType.def("discard", (a, kw) -> {
            TypeMethods.check("set.discard", a, kw, 1, 1);
            self(a).set.remove(key(self(a), a[1]));
            return PyNone.NONE;
        });
        setType.def("pop", (a, kw) -> {
            TypeMethods.check("set.pop", a, kw, 0, 0);
            PyObject x = self(a).set.pop();
            if (x == null) {
                throw Errors.keyError(new PyStr("pop from an empty set"));
            }
            return x;
        });
        setType.def("clear", (a, kw) -> {
            TypeMethods.check("set.clear", a, kw, 0, 0);
            self(a).set.clear();
            return PyNone.NONE;
        });
        setType.def("update", (a, kw) -> {
            TypeMethods.check("set.update", a, kw, 0, Integer.MAX_VALUE);
            PySet s = self(a);
            for (int i = 1; i < a.length; i++) {
                s.addAll(a[i]);
            }
            return PyNone.NONE;
        });
        setType.def("intersection_update", (a, kw) -> {
            TypeMethods.check("set.intersection_update", a, kw, 0, Integer.MAX_VALUE);
            PySet s = self(a);
            for (int i = 1; i < a.length; i++) {
                s.set.retainAll(asSet(a[i]));
            }
            return PyNone.NONE;
        });
        setType.def("difference_update", (a, kw) -> {
            TypeMethods.check("set.difference_update", a, kw, 0, Integer.MAX_VALUE);
            PySet s = self(a);
            for (int i = 1; i < a.length; i++) {
                removeAll(s, a[i]);
            }
            return PyNone.NONE;
        });
        setType.def("symmetric_difference_update", (a, kw) -> {
            TypeMethods.check("set.symmetric_difference_update", a, kw, 1, 1);
            symmetricUpdate(self(a), a[1]);
            return PyNone.NONE;
        });
    }

    private static PySet self(PyObject[] a) {
        if (a.length == 0 || !(a[0] instanceof PySet s)) {
            throw Errors.typeError("descriptor requires a 'set' object but received a '" + (a.length == 0 ? "nothing" : a[0].type().name) + "'");
        }
        return s;
    }

    /** s & other as CPython computes it, so the result's table order matches too. */
    private static PySet intersect(PySet s, PyObject other) {
        if (other instanceof PySet o) {
            return (PySet) s.binaryOp(BinaryOp.AND, o);
        }
        PySet r = new PySet(s.frozen);
        PyObject it = other.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (s.set.contains(x)) {
                r.set.add(x);
            }
        }
        return r;
    }

    /** A new set (or frozenset) of the same kind with the same items. */
    private static PySet copy(PySet s) {
        PySet r = new PySet(s.frozen);
        r.set.addAll(s.set);
        return r;
    }

    /** The items of an iterable as a Java set, without copying a set. */
    private static SetTable asSet(PyObject o) {
        if (o instanceof PySet s) {
            return s.set;
        }
        SetTable r = new SetTable();
        PyObject it = o.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            r.add(x);
        }
        return r;
    }

    private static void removeAll(PySet s, PyObject other) {
        if (other == s) {
            s.set.clear();
            return;
        }
        PyObject it = other.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            s.set.remove(x);
        }
    }

    private static void symmetricUpdate(PySet s, PyObject other) {
        if (other == s) {
            s.set.clear();
            return;
        }
        for (PyObject x : asSet(other)) {
            if (!s.set.remove(x)) {
                s.set.add(x);
            }
        }
    }

    /** The lookup key for remove/discard: a set argument is looked up as the equal frozenset. */
    private static PyObject key(PySet s, PyObject x) {
        if (x instanceof PySet xs && !xs.frozen) {
            PySet f = new PySet(true);
            f.set.addAll(xs.set);
            return f;
        }
        return x;
    }
}
