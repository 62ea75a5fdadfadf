package dev.eddy.nodes;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyCell;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyObject;
import java.util.Map;

/** Variable access, one node class per binding kind the resolver decided. */
public final class Names {
    private Names() {
    }

    static dev.eddy.runtime.PyException unboundLocal(String name) {
        return Errors.of(Exceptions.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    /** A local variable in a frame slot. */
    public static final class Local extends ExprNode implements Target {
        public final int slot;
        public final String name;

        public Local(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = f.slots[slot];
            if (v == null) {
                throw located(unboundLocal(name));
            }
            return v;
        }

        @Override
        public void assign(Frame f, PyObject value) {
            f.slots[slot] = value;
        }

        @Override
        public void delete(Frame f) {
            if (f.slots[slot] == null) {
                throw unboundLocal(name);
            }
            f.slots[slot] = null;
        }
    }

    /** A variable shared with inner functions, or one of theirs: a cell in a frame slot. */
    public static final class Cell extends ExprNode implements Target {
        public final int slot;
        public final String name;
        public final boolean free;

        public Cell(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = ((PyCell) f.slots[slot]).value;
            if (v == null) {
                if (free) {
                    throw located(Errors.of(Exceptions.NAME_ERROR, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope"));
                }
                throw located(unboundLocal(name));
            }
            return v;
        }

        @Override
        public void assign(Frame f, PyObject value) {
            ((PyCell) f.slots[slot]).value = value;
        }

        @Override
        public void delete(Frame f) {
            PyCell c = (PyCell) f.slots[slot];
            if (c.value == null) {
                throw unboundLocal(name);
            }
            c.value = null;
        }
    }

    /** A module-level name: the module's cell is cached on first use, builtins are the fallback. */
    public static final class Global extends ExprNode implements Target {
        public final String name;
        private PyCell cell;
        private PyCell builtin;
        private final PyModule builtins;

        public Global(String name, PyModule builtins) {
            this.name = name;
            this.builtins = builtins;
        }

        PyCell cell(Frame f) {
            PyCell c = cell;
            if (c == null) {
                c = f.module.cell(name);
                cell = c;
            }
            return c;
        }

        @Override
        public PyObject eval(Frame f) {
            PyObject v = cell(f).value;
            if (v != null) {
                return v;
            }
            PyCell b = builtin;
            if (b == null) {
                b = builtins.globals.get(name);
                if (b == null) {
                    throw located(Errors.nameError(name));
                }
                builtin = b;
            }
            v = b.value;
            if (v == null) {
                throw located(Errors.nameError(name));
            }
            return v;
        }

        @Override
        public void assign(Frame f, PyObject value) {
            cell(f).value = value;
        }

        @Override
        public void delete(Frame f) {
            PyCell c = cell(f);
            if (c.value == null) {
                throw Errors.nameError(name);
            }
            c.value = null;
        }
    }

    /** A name in a class body: the class namespace, then globals and builtins. */
    public static final class ClassName extends ExprNode implements Target {
        public final String name;
        private final Global global;

        public ClassName(String name, PyModule builtins) {
            this.name = name;
            this.global = new Global(name, builtins);
        }

        @Override
        public PyObject eval(Frame f) {
            Map<String, PyObject> ns = f.classNamespace;
            PyObject v = ns.get(name);
            if (v != null) {
                return v;
            }
            return global.eval(f);
        }

        @Override
        public void assign(Frame f, PyObject value) {
            f.classNamespace.put(name, value);
        }

        @Override
        public void delete(Frame f) {
            if (f.classNamespace.remove(name) == null) {
                throw Errors.nameError(name);
            }
        }
    }
}
