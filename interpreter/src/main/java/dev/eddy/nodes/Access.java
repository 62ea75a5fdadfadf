package dev.eddy.nodes;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySlice;
import dev.eddy.runtime.PyTuple;
import java.util.ArrayList;

/** Attribute and item access, slices, and the unpacking assignment target. */
public final class Access {
    private Access() {
    }

    /** obj.name */
    public static final class Attribute extends ExprNode implements Target {
        final ExprNode obj;
        final String name;

        public Attribute(ExprNode obj, String name) {
            this.obj = obj;
            this.name = name.intern();
        }

        /** Inline cache: for instances of this class (in this epoch) the class has no data descriptor named {@link #name}. */
        private dev.eddy.runtime.PyType plainType;
        private int plainEpoch = -1;
        /** Inline cache: for instances of this class (in this epoch) assigning {@link #name} stores into the instance dict. */
        private dev.eddy.runtime.PyType storeType;
        private int storeEpoch = -1;

        @Override
        public PyObject eval(Frame f) {
            try {
                PyObject o = obj.eval(f);
                if (o.getClass() == dev.eddy.runtime.PyInstance.class && ((dev.eddy.runtime.PyInstance) o).dict != null) {
                    dev.eddy.runtime.PyInstance pi = (dev.eddy.runtime.PyInstance) o;
                    dev.eddy.runtime.PyType t = pi.type;
                    if (t == plainType && plainEpoch == dev.eddy.runtime.PyType.epoch) {
                        PyObject v = pi.dict.get(name);
                        if (v != null) {
                            return v;
                        }
                    } else if (t.plainInstanceGet(name)) {
                        plainType = t;
                        plainEpoch = dev.eddy.runtime.PyType.epoch;
                    }
                }
                return o.getAttr(name);
            } catch (PyException e) {
                throw located(e);
            }
        }

        @Override
        public void assign(Frame f, PyObject value) {
            PyObject o = obj.eval(f);
            if (o.getClass() == dev.eddy.runtime.PyInstance.class) {
                dev.eddy.runtime.PyInstance pi = (dev.eddy.runtime.PyInstance) o;
                if (pi.type == storeType && storeEpoch == dev.eddy.runtime.PyType.epoch && pi.dict != null) {
                    pi.dict.put(name, value);
                    return;
                }
                if (pi.type.plainInstanceSet(name)) {
                    storeType = pi.type;
                    storeEpoch = dev.eddy.runtime.PyType.epoch;
                }
            }
            o.setAttr(name, value);
        }

        @Override
        public void delete(Frame f) {
            obj.eval(f).delAttr(name);
        }
    }

    /** obj[index] */
    public static final class Subscript extends ExprNode implements Target {
        final ExprNode obj;
        final ExprNode index;

        public Subscript(ExprNode obj, ExprNode index) {
            this.obj = obj;
            this.index = index;
        }

        @Override
        public PyObject eval(Frame f) {
            try {
                PyObject o = obj.eval(f);
                return Ops.getItem(o, index.eval(f));
            } catch (PyException e) {
                throw located(e);
            }
        }

        @Override
        public void assign(Frame f, PyObject value) {
            PyObject o = obj.eval(f);
            o.setItem(index.eval(f), value);
        }

        @Override
        public void delete(Frame f) {
            PyObject o = obj.eval(f);
            o.delItem(index.eval(f));
        }
    }

    /** lower:upper:step */
    public static final class Slice extends ExprNode {
        final ExprNode lower;
        final ExprNode upper;
        final ExprNode step;

        public Slice(ExprNode lower, ExprNode upper, ExprNode step) {
            this.lower = lower;
            this.upper = upper;
            this.step = step;
        }

        @Override
        public PyObject eval(Frame f) {
            return new PySlice(lower == null ? PyNone.NONE : lower.eval(f),
                    upper == null ? PyNone.NONE : upper.eval(f),
                    step == null ? PyNone.NONE : step.eval(f));
        }
    }

    /** a, *b, c = value: unpacks an iterable into several targets. */
    public static final class Unpack implements Target {
        final Target[] targets;
        /** Index of the starred target, or -1. */
        final int starIndex;

        public Unpack(Target[] targets, int starIndex) {
            this.targets = targets;
            this.starIndex = starIndex;
        }

        @Override
        public void assign(Frame f, PyObject value) {
            PyObject[] items;
            if (value instanceof PyTuple t && t.iteratesOwnItems()) {
                items = t.items;
            } else if (value instanceof PyList l) {
                items = l.toArray();
            } else {
                items = null;
            }
            int n = targets.length;
            if (starIndex < 0) {
                if (items == null) {
                    items = collect(value, n);
                }
                if (items.length != n) {
                    if (items.length < n) {
                        throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
                    }
                    throw Errors.valueError("too many values to unpack (expected " + n + ")");
                }
                for (int i = 0; i < n; i++) {
                    targets[i].assign(f, items[i]);
                }
                return;
            }
            if (items == null) {
                items = collect(value, -1);
            }
            int before = starIndex;
            int after = n - starIndex - 1;
            if (items.length < before + after) {
                throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + items.length + ")");
            }
            for (int i = 0; i < before; i++) {
                targets[i].assign(f, items[i]);
            }
            int starLen = items.length - before - after;
            PyObject[] star = new PyObject[starLen];
            System.arraycopy(items, before, star, 0, starLen);
            targets[starIndex].assign(f, new PyList(star));
            for (int i = 0; i < after; i++) {
                targets[starIndex + 1 + i].assign(f, items[before + starLen + i]);
            }
        }

        /** Iterates value; with a fixed count, stops one past it so "too many values" is detected lazily like CPython. */
        private static PyObject[] collect(PyObject value, int expected) {
            PyObject it;
            try {
                it = value.iter();
            } catch (dev.eddy.runtime.PyException e) {
                if (e.matches(dev.eddy.runtime.Exceptions.TYPE_ERROR)) {
                    throw Errors.typeError("cannot unpack non-iterable " + value.type().name + " object");
                }
                throw e;
            }
            ArrayList<PyObject> out = new ArrayList<>();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                out.add(x);
                if (expected >= 0 && out.size() > expected) {
                    break;
                }
            }
            return out.toArray(new PyObject[0]);
        }

        @Override
        public void delete(Frame f) {
            for (Target t : targets) {
                t.delete(f);
            }
        }
    }
}
