package dev.eddy.runtime;

import java.util.ConcurrentModificationException;
import java.util.Iterator;


/**
 * Python set and frozenset (one Java class; {@link #frozen} tells which). Methods in {@link SetMethods}.
 * A user's subclass is this class carrying its {@link HeapState}; its dunders win over the Java ones.
 */
public final class PySet extends PyExtensible {
    public static final PyType TYPE = PyType.builtin("set", PyType.OBJECT, (cls, a, kw) -> {
        if (cls != null && cls != PySet.TYPE && cls.heapType) {
            // a subclass's set starts empty; set.__init__ (or the subclass's) fills it
            return adopt(new PySet(false), cls);
        }
        Args.check("set", a, kw, 0, 1);
        PySet s = new PySet(false);
        if (a.length == 1) {
            s.addAll(a[0]);
        }
        return s;
    });
    static final PyType ITERATOR_TYPE = PyIterator.reducibleType("set_iterator");
    public static final PyType FROZEN_TYPE = PyType.builtin("frozenset", PyType.OBJECT, (cls, a, kw) -> {
        if (cls != null && cls != PySet.FROZEN_TYPE && cls.heapType) {
            // frozenset is filled by __new__, so a subclass's __init__ may take other arguments
            PySet s = new PySet(true);
            int npos = Args.positional(a, kw);
            if (npos == 1) {
                s.addAll(a[0]);
            }
            return adopt(s, cls);
        }
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
    protected PyType javaType() {
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
        PyObject b = heapOverride("__bool__");
        if (b != null) {
            return b.call(this).isTrue();
        }
        if (heapOverride("__len__") != null) {
            return len() != 0;
        }
        return !set.isEmpty();
    }

    @Override
    public int len() {
        return heapOverride("__len__") != null ? super.len() : set.size();
    }

    @Override
    public PyStr repr() {
        return heapOverride("__repr__") != null ? super.repr() : ownRepr();
    }

    /** The set's own repr, whatever a subclass overrides ({@code set.__repr__}); a subclass's name leads. */
    public PyStr ownRepr() {
        PyType t = type();
        boolean exact = t == TYPE || t == FROZEN_TYPE;
        String name = t.name;
        if (set.isEmpty()) {
            return new PyStr(name + "()");
        }
        if (!ReprGuard.enter(this)) {
            return new PyStr(name + "(...)");
        }
        boolean wrapped = frozen || !exact;
        StringBuilder sb = new StringBuilder(wrapped ? name + "({" : "{");
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
        return new PyStr(sb.append(wrapped ? "})" : "}").toString());
    }

    @Override
    public long hash() {
        if (heapOverride("__hash__") != null) {
            return super.hash();
        }
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
        if (heapOverride(op.dunder) != null) {
            return super.richCompare(other, op);
        }
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
        PyObject o = heapOverride("__contains__");
        if (o != null) {
            return o.call(this, item).isTrue();
        }
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
        if (heapOverride("__iter__") != null) {
            return super.iter();
        }
        final Iterator<PyObject> it = set.iterator();
        final int size = set.size();
        return new PyIterator() {
            int yielded;

            @Override
            public PyType type() {
                return ITERATOR_TYPE;
            }

            /** (iter, (list of what remains,)), read without advancing this iterator. */
            @Override
            public PyObject reduce() {
                java.util.ArrayList<PyObject> rest = new java.util.ArrayList<>();
                if (set.size() == size) {
                    int skip = yielded;
                    for (PyObject x : set) {
                        if (skip-- > 0) {
                            continue;
                        }
                        rest.add(x);
                    }
                }
                return Reduce.remaining(rest.toArray(new PyObject[0]));
            }

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
