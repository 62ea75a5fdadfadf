package dev.eddy.runtime;

import java.util.ConcurrentModificationException;
import java.util.Iterator;


/** Python set and frozenset (one Java class; {@link #frozen} tells which). Methods in {@link SetMethods}. */
public final class PySet extends PyObject {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, (cls, a, kw) -> {
        Args.check("set", a, kw, 0, 1);
        PySet s = new PySet(false);
        if (a.length == 1) {
            s.addAll(a[0]);
        }
        return s;
    });
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PyType.OBJECT, (cls, a, kw) -> {
        Args.check("frozenset", a, kw, 0, 1);
        PySet s = new PySet(true);
        if (a.length == 1) {
            s.addAll(a[0]);
        }
        return s;
    });

    public final SetTable set;
    public final boolean frozen;

    public PySet(boolean frozen) {
        this.set = new SetTable();
        this.frozen = frozen;
    }

    @Override
    public PyType type() {
        return frozen ? FROZEN_TYPE : TYPE;
    }

    public void add(PyObject o) {
        set.add(o);
    }

    public void addAll(PyObject iterable) {
        if (iterable instanceof PySet s) {
            set.addAll(s.set);
            return;
        }
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            set.add(x);
        }
    }

    @Override
    public boolean isTrue() {
        return !set.isEmpty();
    }

    @Override
    public int len() {
        return set.size();
    }

    @Override
    public PyStr repr() {
        String name = frozen ? "frozenset" : "set";
        if (set.isEmpty()) {
            return new PyStr(name + "()");
        }
        if (!ReprGuard.enter(this)) {
            return new PyStr(name + "(...)");
        }
        StringBuilder sb = new StringBuilder(frozen ? "frozenset({" : "{");
        try {
            boolean first = true;
            for (PyObject o : set) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(o.repr().value);
            }
        } finally {
            ReprGuard.exit(this);
        }
        return new PyStr(sb.append(frozen ? "})" : "}").toString());
    }

    @Override
    public long hash() {
        if (!frozen) {
            throw Errors.typeError("unhashable type: '" + type().name + "'");
        }
        long h = 0;
        for (PyObject o : set) {
            long x = o.hash();
            h ^= (x ^ (x << 16) ^ 89869747L) * 3644798167L;
        }
        h ^= (set.size() + 1) * 1927868237L;
        return h == -1 ? 590923713L : h;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PySet s && s.set.equals(set);
    }

    @Override
    public int hashCode() {
        return (int) hash();
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (!(other instanceof PySet s)) {
            return PyNotImplemented.INSTANCE;
        }
        switch (op) {
            case EQ: return PyBool.of(set.equals(s.set));
            case NE: return PyBool.of(!set.equals(s.set));
            case LE: return PyBool.of(s.set.containsAll(set));
            case LT: return PyBool.of(set.size() < s.set.size() && s.set.containsAll(set));
            case GE: return PyBool.of(set.containsAll(s.set));
            default: return PyBool.of(set.size() > s.set.size() && set.containsAll(s.set));
        }
    }

    @Override
    public boolean contains(PyObject item) {
        try {
            return set.contains(item);
        } catch (PyException e) {
            if (item instanceof PySet s && e.matches(Exceptions.TYPE_ERROR)) {
                PySet f = new PySet(true);
                f.set.addAll(s.set);
                return set.contains(f);
            }
            throw e;
        }
    }

    @Override
    public PyObject iter() {
        final Iterator<PyObject> it = set.iterator();
        final int size = set.size();
        return new PyIterator() {
            int yielded;

            @Override
            public long lengthHint() {
                return set.size() == size ? size - yielded : 0;
            }

            @Override
            public PyObject next() {
                if (set.size() != size) {
                    throw Errors.runtimeError("Set changed size during iteration");
                }
                try {
                    if (!it.hasNext()) {
                        return null;
                    }
                    yielded++;
                    return it.next();
                } catch (ConcurrentModificationException e) {
                    throw Errors.runtimeError("Set changed size during iteration");
                }
            }
        };
    }

    private PySet newLike() {
        return new PySet(frozen);
    }

    @Override
    public PyObject binaryOp(BinaryOp op, PyObject other) {
        if (!(other instanceof PySet s)) {
            return PyNotImplemented.INSTANCE;
        }
        PySet r = newLike();
        switch (op) {
            case OR:
                r.set.addAll(set);
                r.set.addAll(s.set);
                return r;
            case AND: {
                // as CPython: walk the smaller set, keep what the larger one has
                SetTable small = set.size() <= s.set.size() ? set : s.set;
                SetTable large = small == set ? s.set : set;
                for (PyObject o : small) {
                    if (large.contains(o)) {
                        r.set.add(o);
                    }
                }
                return r;
            }
            case SUB:
                if ((set.size() >> 2) > s.set.size()) {
                    // as CPython: copy the big set, then drop the few common items
                    r.set.addAll(set);
                    for (PyObject o : s.set) {
                        r.set.remove(o);
                    }
                    return r;
                }
                for (PyObject o : set) {
                    if (!s.set.contains(o)) {
                        r.set.add(o);
                    }
                }
                return r;
            case XOR:
                // as CPython: a copy of the right operand, updated with the left one
                r.set.addAll(s.set);
                for (PyObject o : set) {
                    if (!r.set.remove(o)) {
                        r.set.add(o);
                    }
                }
                return r;
            default:
                return PyNotImplemented.INSTANCE;
        }
    }

    @Override
    public PyObject inplaceOp(BinaryOp op, PyObject other) {
        if (frozen || !(other instanceof PySet s)) {
            return PyNotImplemented.INSTANCE;
        }
        switch (op) {
            case OR: set.addAll(s.set); return this;
            case AND: set.retainAll(s.set); return this;
            case SUB: set.removeAll(s.set); return this;
            case XOR:
                for (PyObject o : s.set) {
                    if (!set.remove(o)) {
                        set.add(o);
                    }
                }
                return this;
            default: return PyNotImplemented.INSTANCE;
        }
    }
}
