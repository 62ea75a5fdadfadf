package dev.eddy.nodes;

import dev.eddy.builtins.TypeChecks;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of match statements at run time. A pattern tests a subject and, when it
 * matches, records its captures as (target, value) pairs; the captures are assigned only
 * once the whole case pattern has matched.
 */
public final class Patterns {
    private Patterns() {
    }

    /** A compiled pattern. */
    public abstract static class Pattern {
        /** Whether {@code subject} matches; captures are appended to {@code binds} as target, value pairs. */
        abstract boolean match(Frame f, PyObject subject, List<Object> binds);
    }

    /** A literal or dotted name: matches a subject equal to the value. */
    public static final class Value extends Pattern {
        final ExprNode value;

        public Value(ExprNode value) {
            this.value = value;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Object> binds) {
            return Ops.eq(subject, value.eval(f));
        }
    }

    /** None, True or False: matches by identity. */
    public static final class Singleton extends Pattern {
        final PyObject value;

        public Singleton(PyObject value) {
            this.value = value;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Object> binds) {
            return subject == value;
        }
    }

    /** p as name, a bare capture (no inner pattern), or the wildcard (neither). */
    public static final class As extends Pattern {
        final Pattern inner;
        final Target target;

        public As(Pattern inner, Target target) {
            this.inner = inner;
            this.target = target;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Object> binds) {
            if (inner != null && !inner.match(f, subject, binds)) {
                return false;
            }
            if (target != null) {
                binds.add(target);
                binds.add(subject);
            }
            return true;
        }
    }

    /** p | q: the first alternative that matches, with only its captures. */
    public static final class Or extends Pattern {
        final Pattern[] alternatives;

        public Or(Pattern[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Object> binds) {
            for (Pattern p : alternatives) {
                int mark = binds.size();
                if (p.match(f, subject, binds)) {
                    return true;
                }
                binds.subList(mark, binds.size()).clear();
            }
            return false;
        }
    }

    /** [a, *rest, b]: a sequence (not str, bytes or bytearray) of the right length. */
    public static final class Sequence extends Pattern {
        final Pattern[] items;
        /** Index of the starred item, or -1. */
        final int star;
        /** Where the starred item's list goes (null for *_ or no star). */
        final Target starTarget;

        public Sequence(Pattern[] items, int star, Target starTarget) {
            this.items = items;
            this.star = star;
            this.starTarget = starTarget;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Object> binds) {
            if (!isSequence(subject)) {
                return false;
            }
            PyObject[] elems = elements(subject);
            int fixed = star < 0 ? items.length : items.length - 1;
            if (star < 0 ? elems.length != fixed : elems.length < fixed) {
                return false;
            }
            int after = star < 0 ? 0 : items.length - star - 1;
            for (int i = 0; i < items.length; i++) {
                if (i == star) {
                    continue;
                }
                int at = star >= 0 && i > star ? elems.length - after + (i - star - 1) : i;
                if (!items[i].match(f, elems[at], binds)) {
                    return false;
                }
            }
            if (star >= 0 && starTarget != null) {
                PyObject[] mid = new PyObject[elems.length - fixed];
                System.arraycopy(elems, star, mid, 0, mid.length);
                binds.add(starTarget);
                binds.add(new PyList(mid));
            }
            return true;
        }

        private static PyObject[] elements(PyObject s) {
            if (s instanceof PyTuple t) {
                return t.items;
            }
            if (s instanceof PyList l) {
                return l.toArray();
            }
            List<PyObject> out = new ArrayList<>();
            PyObject it = s.iter();
            for (PyObject x = it.next(); x != null; x = it.next()) {
                out.add(x);
            }
            return out.toArray(new PyObject[0]);
        }
    }

    /** {key: p, **rest}: a mapping holding every key, whose values match. */
    public static final class Mapping extends Pattern {
        final ExprNode[] keys;
        final Pattern[] values;
        final Target rest;

        public Mapping(ExprNode[] keys, Pattern[] values, Target rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Object> binds) {
            if (!isMapping(subject)) {
                return false;
            }
            if (keys.length == 0 && rest == null) {
                return true;
            }
            if (subject.len() < keys.length) {
                return false;
            }
            PyObject[] ks = new PyObject[keys.length];
            for (int i = 0; i < ks.length; i++) {
                ks[i] = keys[i].eval(f);
                for (int j = 0; j < i; j++) {
                    if (Ops.eq(ks[i], ks[j])) {
                        throw Errors.valueError("mapping pattern checks duplicate key (" + ks[i].repr().value + ")");
                    }
                }
            }
            PyObject get = subject.getAttr("get");
            PyObject missing = new PyList();
            for (int i = 0; i < ks.length; i++) {
                PyObject v = get.call(ks[i], missing);
                if (v == missing || !values[i].match(f, v, binds)) {
                    return false;
                }
            }
            if (rest != null) {
                PyDict d = new PyDict();
                PyObject it = subject.iter();
                for (PyObject k = it.next(); k != null; k = it.next()) {
                    d.put(k, subject.getItem(k));
                }
                for (PyObject k : ks) {
                    d.map.remove(k);
                }
                binds.add(rest);
                binds.add(d);
            }
            return true;
        }
    }

    /** Cls(p, attr=q): an instance of the class whose attributes (named by __match_args__ for positions) match. */
    public static final class ClassPattern extends Pattern {
        final ExprNode cls;
        final Pattern[] positional;
        final String[] kwNames;
        final Pattern[] kwPatterns;

        public ClassPattern(ExprNode cls, Pattern[] positional, String[] kwNames, Pattern[] kwPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.kwNames = kwNames;
            this.kwPatterns = kwPatterns;
        }

        @Override
        boolean match(Frame f, PyObject subject, List<Object> binds) {
            PyObject c = cls.eval(f);
            if (!(c instanceof PyType t)) {
                throw Errors.typeError("called match pattern must be a type");
            }
            if (!TypeChecks.isInstance(subject, t)) {
                return false;
            }
            List<String> seen = new ArrayList<>();
            if (positional.length > 0) {
                PyObject ma = t.lookupAttr("__match_args__");
                if (ma == null) {
                    if (matchesSelf(t)) {
                        if (positional.length > 1) {
                            throw Errors.typeError(t.name + "() accepts 1 positional sub-pattern (" + positional.length + " given)");
                        }
                        return positional[0].match(f, subject, binds) && keywords(f, subject, binds, seen, t);
                    }
                    ma = new PyTuple(new PyObject[0]);
                }
                if (!(ma instanceof PyTuple names)) {
                    throw Errors.typeError(t.name + ".__match_args__ must be a tuple (got " + ma.type().name + ")");
                }
                if (positional.length > names.items.length) {
                    int n = names.items.length;
                    throw Errors.typeError(t.name + "() accepts " + n + " positional sub-pattern" + (n == 1 ? "" : "s")
                            + " (" + positional.length + " given)");
                }
                for (int i = 0; i < positional.length; i++) {
                    if (!(names.items[i] instanceof PyStr name)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got " + names.items[i].type().name + ")");
                    }
                    if (!attribute(f, subject, name.value, positional[i], binds, seen, t)) {
                        return false;
                    }
                }
            }
            return keywords(f, subject, binds, seen, t);
        }

        private boolean keywords(Frame f, PyObject subject, List<Object> binds, List<String> seen, PyType t) {
            for (int i = 0; i < kwNames.length; i++) {
                if (!attribute(f, subject, kwNames[i], kwPatterns[i], binds, seen, t)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean attribute(Frame f, PyObject subject, String name, Pattern p, List<Object> binds, List<String> seen, PyType t) {
            if (seen.contains(name)) {
                throw Errors.typeError(t.name + "() got multiple sub-patterns for attribute '" + name + "'");
            }
            seen.add(name);
            PyObject v;
            try {
                v = subject.lookupAttr(name);
            } catch (PyException e) {
                if (e.matches(Exceptions.ATTRIBUTE_ERROR)) {
                    return false;
                }
                throw e;
            }
            return v != null && p.match(f, v, binds);
        }

        /** The builtin classes whose single positional sub-pattern matches the subject itself. */
        private static boolean matchesSelf(PyType t) {
            for (PyType b : t.mro) {
                if (!b.heapType) {
                    switch (b.name) {
                        case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple":
                            return b.module.equals("builtins");
                        default:
                            return false;
                    }
                }
            }
            return false;
        }
    }

    /** What a sequence pattern accepts: list, tuple, range, deque and Sequence subclasses, never str or bytes. */
    static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple) {
            return true;
        }
        if (o instanceof PyStr || o instanceof PyBytes) {
            return false;
        }
        for (PyType t : o.type().mro) {
            String n = t.name;
            if (n.equals("range") || n.equals("deque") || n.equals("memoryview") || n.equals("array")
                    || n.equals("Sequence") && (t.module.equals("collections.abc") || t.module.equals("typing"))) {
                return !n.equals("bytearray");
            }
            if (n.equals("str") || n.equals("bytes") || n.equals("bytearray")) {
                return false;
            }
        }
        return false;
    }

    /** What a mapping pattern accepts: dicts, mappingproxy and Mapping subclasses. */
    static boolean isMapping(PyObject o) {
        if (o instanceof PyDict) {
            return true;
        }
        for (PyType t : o.type().mro) {
            if (t.name.equals("mappingproxy") || t.name.equals("Mapping") && (t.module.equals("collections.abc") || t.module.equals("typing"))) {
                return true;
            }
        }
        return false;
    }

    /** One case's test: false once an earlier case ran; else the pattern, assigning its captures on success. */
    public static final class CaseTest extends ExprNode {
        final Pattern pattern;
        final int subjectSlot;
        final int doneSlot;

        public CaseTest(Pattern pattern, int subjectSlot, int doneSlot) {
            this.pattern = pattern;
            this.subjectSlot = subjectSlot;
            this.doneSlot = doneSlot;
        }

        @Override
        public PyObject eval(Frame f) {
            if (f.slots[doneSlot] != null) {
                return PyBool.FALSE;
            }
            List<Object> binds = new ArrayList<>();
            if (!pattern.match(f, f.slots[subjectSlot], binds)) {
                return PyBool.FALSE;
            }
            for (int i = 0; i < binds.size(); i += 2) {
                ((Target) binds.get(i)).assign(f, (PyObject) binds.get(i + 1));
            }
            return PyBool.TRUE;
        }
    }

    /** Marks the match statement as done (a case's pattern and guard held). */
    public static final class MarkDone extends StmtNode {
        final int doneSlot;

        public MarkDone(int doneSlot) {
            this.doneSlot = doneSlot;
        }

        @Override
        public int exec(Frame f) {
            f.slots[doneSlot] = PyBool.TRUE;
            return NORMAL;
        }
    }

    /** Starts a match statement: stores the subject and clears the done mark. */
    public static final class Start extends StmtNode {
        final ExprNode subject;
        final int subjectSlot;
        final int doneSlot;

        public Start(ExprNode subject, int subjectSlot, int doneSlot) {
            this.subject = subject;
            this.subjectSlot = subjectSlot;
            this.doneSlot = doneSlot;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            f.slots[subjectSlot] = subject.eval(f);
            f.slots[doneSlot] = null;
            return NORMAL;
        }
    }
}
