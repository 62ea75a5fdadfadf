package dev.eddy.nodes;

import dev.eddy.runtime.DictMethods;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.StrFormat;

/** Constants, container displays and f-strings. */
public final class Literals {
    private Literals() {
    }

    /** A constant value. */
    public static final class Const extends ExprNode {
        public final PyObject value;

        public Const(PyObject value) {
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            return value;
        }
    }

    /** *value inside a display or call: marks an element to be spread. */
    public static final class Starred extends ExprNode {
        public final ExprNode value;

        public Starred(ExprNode value) {
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            throw Errors.systemError("starred expression evaluated on its own");
        }
    }

    /** Evaluates elements, spreading starred ones, into a list. */
    static PyList elements(Frame f, ExprNode[] elts) {
        PyList out = new PyList(new PyObject[Math.max(4, elts.length)], 0);
        for (ExprNode e : elts) {
            if (e instanceof Starred s) {
                out.extend(s.value.eval(f));
            } else {
                out.append(e.eval(f));
            }
        }
        return out;
    }

    static boolean hasStar(ExprNode[] elts) {
        for (ExprNode e : elts) {
            if (e instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    /** [a, b, *c] */
    public static final class ListDisplay extends ExprNode {
        final ExprNode[] elts;

        public ListDisplay(ExprNode[] elts) {
            this.elts = elts;
        }

        @Override
        public PyObject eval(Frame f) {
            return elements(f, elts);
        }
    }

    /** (a, b, *c) */
    public static final class TupleDisplay extends ExprNode {
        final ExprNode[] elts;
        final boolean star;

        public TupleDisplay(ExprNode[] elts) {
            this.elts = elts;
            this.star = hasStar(elts);
        }

        @Override
        public PyObject eval(Frame f) {
            if (star) {
                return new PyTuple(elements(f, elts).toArray());
            }
            PyObject[] out = new PyObject[elts.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = elts[i].eval(f);
            }
            return new PyTuple(out);
        }
    }

    /** {a, b, *c} */
    public static final class SetDisplay extends ExprNode {
        final ExprNode[] elts;

        public SetDisplay(ExprNode[] elts) {
            this.elts = elts;
        }

        @Override
        public PyObject eval(Frame f) {
            PySet s = new PySet(false);
            for (ExprNode e : elts) {
                if (e instanceof Starred st) {
                    s.addAll(st.value.eval(f));
                } else {
                    s.add(e.eval(f));
                }
            }
            return s;
        }
    }

    /** A set display of three or more constants: a copy of a prepared frozenset. */
    public static final class ConstSetDisplay extends ExprNode {
        final PySet prototype;

        public ConstSetDisplay(PySet prototype) {
            this.prototype = prototype;
        }

        @Override
        public PyObject eval(Frame f) {
            PySet s = new PySet(false);
            s.set.addAll(prototype.set);
            return s;
        }
    }

    /** {k: v, **m}: a null key means the value is a mapping to merge. */
    public static final class DictDisplay extends ExprNode {
        final ExprNode[] keys;
        final ExprNode[] values;

        public DictDisplay(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        public PyObject eval(Frame f) {
            PyDict d = new PyDict();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == null) {
                    PyObject m = values[i].eval(f);
                    if (!(m instanceof PyDict) && m.lookupAttr("keys") == null) {
                        throw Errors.typeError("'" + m.type().name + "' object is not a mapping");
                    }
                    DictMethods.update(d, m);
                } else {
                    PyObject k = keys[i].eval(f);
                    d.setItem(k, values[i].eval(f));
                }
            }
            return d;
        }
    }

    /** An f-string: the concatenation of its parts. */
    public static final class JoinedStr extends ExprNode {
        final ExprNode[] parts;

        public JoinedStr(ExprNode[] parts) {
            this.parts = parts;
        }

        @Override
        public PyObject eval(Frame f) {
            StringBuilder sb = new StringBuilder();
            for (ExprNode p : parts) {
                sb.append(((PyStr) p.eval(f)).value);
            }
            return new PyStr(sb.toString());
        }
    }

    /** {value!conversion:spec} inside an f-string. */
    public static final class FormattedValue extends ExprNode {
        final ExprNode value;
        final int conversion;
        final ExprNode spec;

        public FormattedValue(ExprNode value, int conversion, ExprNode spec) {
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            if (conversion == 'r') {
                v = v.repr();
            } else if (conversion == 's') {
                v = v.str();
            } else if (conversion == 'a') {
                v = new PyStr(asciiRepr(v.repr().value));
            }
            String s = spec == null ? "" : ((PyStr) spec.eval(f)).value;
            if (s.isEmpty() && v.getClass() == PyStr.class) {
                return v;
            }
            return StrFormat.format(v, s);
        }

        static String asciiRepr(String r) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length(); ) {
                int c = r.codePointAt(i);
                i += Character.charCount(c);
                if (c < 128) {
                    sb.append((char) c);
                } else if (c <= 0xff) {
                    sb.append(String.format("\\x%02x", c));
                } else if (c <= 0xffff) {
                    sb.append(String.format("\\u%04x", c));
                } else {
                    sb.append(String.format("\\U%08x", c));
                }
            }
            return sb.toString();
        }
    }

    /** target := value */
    public static final class NamedExpr extends ExprNode {
        final Target target;
        final ExprNode value;

        public NamedExpr(Target target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = value.eval(f);
            target.assign(f, v);
            return v;
        }
    }
}
