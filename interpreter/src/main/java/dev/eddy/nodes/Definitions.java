package dev.eddy.nodes;

import dev.eddy.runtime.Code;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyCell;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.TracebackEntry;
import dev.eddy.runtime.PyException;
import java.util.LinkedHashMap;
import java.util.Map;

/** def and class statements, and imports. */
public final class Definitions {
    private Definitions() {
    }

    /** Decorator expressions are evaluated before the function or class is made... */
    static PyObject[] evalAll(Frame f, ExprNode[] exprs) {
        PyObject[] out = new PyObject[exprs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = exprs[i].eval(f);
        }
        return out;
    }

    /** ...and applied to it innermost (last written) first. */
    static PyObject decorate(PyObject[] decorators, PyObject target) {
        PyObject result = target;
        for (int i = decorators.length - 1; i >= 0; i--) {
            result = decorators[i].call(result);
        }
        return result;
    }

    /** def name(...): the function object, decorated, stored in the target. */
    public static final class FunctionDef extends StmtNode {
        final ExprNode[] decorators;
        final Calls.MakeFunction make;
        final Target target;

        public FunctionDef(ExprNode[] decorators, Calls.MakeFunction make, Target target) {
            this.decorators = decorators;
            this.make = make;
            this.target = target;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject[] decs = evalAll(f, decorators);
            target.assign(f, decorate(decs, make.eval(f)));
            return NORMAL;
        }
    }

    /** class name(bases, **kw): runs the body in a fresh namespace, then builds the type. */
    public static final class ClassDef extends StmtNode {
        final String name;
        final String qualname;
        final ExprNode[] decorators;
        final ExprNode[] bases;
        final Code body;
        final int[] closureSlots;
        /** Slot of the body frame holding the __class__ cell, or -1. */
        final int classCellSlot;
        final Target target;
        final PyObject doc;

        public ClassDef(String name, String qualname, ExprNode[] decorators, ExprNode[] bases, Code body,
                        int[] closureSlots, int classCellSlot, Target target, PyObject doc) {
            this.name = name;
            this.qualname = qualname;
            this.decorators = decorators;
            this.bases = bases;
            this.body = body;
            this.closureSlots = closureSlots;
            this.classCellSlot = classCellSlot;
            this.target = target;
            this.doc = doc;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject[] decs = evalAll(f, decorators);
            PyType[] bs = new PyType[Math.max(1, bases.length)];
            if (bases.length == 0) {
                bs[0] = PyType.OBJECT;
            }
            for (int i = 0; i < bases.length; i++) {
                PyObject b = bases[i].eval(f);
                if (!(b instanceof PyType t)) {
                    throw Errors.typeError("bases must be types");
                }
                if (t == dev.eddy.runtime.PyBool.TYPE) {
                    throw Errors.typeError("type 'bool' is not an acceptable base type");
                }
                bs[i] = t;
            }
            Map<String, PyObject> ns = new LinkedHashMap<>();
            PyObject modName = f.module.get("__name__");
            ns.put("__module__", modName == null ? new PyStr("__main__") : modName);
            ns.put("__qualname__", new PyStr(qualname));
            if (doc != null) {
                ns.put("__doc__", doc);
            }
            PyObject[] slots = new PyObject[body.slotCount];
            for (int s : body.cellSlots) {
                slots[s] = new PyCell(null);
            }
            for (int i = 0; i < closureSlots.length; i++) {
                slots[body.freeSlots[i]] = f.slots[closureSlots[i]];
            }
            Frame cf = new Frame(body, f.module, slots, ns);
            cf.back = f;
            dev.eddy.runtime.ThreadState tstate = dev.eddy.runtime.ThreadState.current();
            tstate.frame = cf;
            try {
                body.body.exec(cf);
            } catch (PyException e) {
                e.value.addTraceback(cf);
                throw e;
            } finally {
                tstate.frame = f;
            }
            PyType t = new PyType(name, bs, null, false);
            t.qualname = qualname;
            PyObject mod = ns.remove("__module__");
            t.module = mod == null ? "__main__" : mod.toString();
            ns.remove("__qualname__");
            for (Map.Entry<String, PyObject> e : ns.entrySet()) {
                t.dict.put(e.getKey(), e.getValue());
            }
            if (!t.dict.containsKey("__doc__")) {
                t.dict.put("__doc__", PyNone.NONE);
            }
            if (t.dict.containsKey("__eq__") && !t.dict.containsKey("__hash__")) {
                t.dict.put("__hash__", PyNone.NONE);
            }
            for (Map.Entry<String, PyObject> e : ns.entrySet()) {
                PyObject v = e.getValue();
                if (v instanceof dev.eddy.runtime.PyProperty p) {
                    if (p.name == null) {
                        p.name = e.getKey();
                    }
                } else if (v instanceof dev.eddy.runtime.PyInstance) {
                    PyObject hook = v.type().lookup("__set_name__");
                    if (hook != null) {
                        dev.eddy.runtime.Descriptors.callBound(hook, v, v.type(), t, new PyStr(e.getKey()));
                    }
                }
            }
            if (classCellSlot >= 0) {
                ((PyCell) slots[classCellSlot]).value = t;
            }
            for (int i = 1; i < t.mro.length; i++) {
                PyObject hook = t.mro[i].dict.get("__init_subclass__");
                if (hook != null) {
                    PyObject fn = hook instanceof dev.eddy.runtime.PyClassMethod cm ? cm.func : hook;
                    fn.call(new PyObject[] {t}, null);
                    break;
                }
            }
            target.assign(f, decorate(decs, t));
            return NORMAL;
        }
    }

    /** Loads modules for import statements (set up by the interpreter). */
    public interface ModuleLoader {
        PyModule load(String name);
    }

    /** import a.b.c [as x] */
    public static final class Import extends StmtNode {
        final String module;
        final Target target;
        /** True for "import a.b" without as: binds the top-level package a. */
        final boolean bindTop;
        final ModuleLoader loader;

        public Import(String module, Target target, boolean bindTop, ModuleLoader loader) {
            this.module = module;
            this.target = target;
            this.bindTop = bindTop;
            this.loader = loader;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyModule m = loader.load(module);
            if (bindTop && module.contains(".")) {
                m = loader.load(module.substring(0, module.indexOf('.')));
            }
            target.assign(f, m);
            return NORMAL;
        }
    }

    /** from module import a [as b], ... */
    public static final class ImportFrom extends StmtNode {
        final String module;
        final String[] names;
        final Target[] targets;
        final ModuleLoader loader;

        public ImportFrom(String module, String[] names, Target[] targets, ModuleLoader loader) {
            this.module = module;
            this.names = names;
            this.targets = targets;
            this.loader = loader;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyModule m = loader.load(module);
            if (names.length == 1 && names[0].equals("*")) {
                for (Map.Entry<String, PyCell> e : m.globals.entrySet()) {
                    if (!e.getKey().startsWith("_") && e.getValue().value != null) {
                        if (f.classNamespace != null) {
                            f.classNamespace.put(e.getKey(), e.getValue().value);
                        } else {
                            f.module.set(e.getKey(), e.getValue().value);
                        }
                    }
                }
                return NORMAL;
            }
            for (int i = 0; i < names.length; i++) {
                PyObject v = m.lookupAttr(names[i]);
                if (v == null) {
                    try {
                        v = loader.load(module + "." + names[i]);
                    } catch (PyException e) {
                        v = null;
                    }
                }
                if (v == null) {
                    PyObject file = m.get("__file__");
                    dev.eddy.runtime.PyBaseException ie = dev.eddy.runtime.Exceptions.make(dev.eddy.runtime.Exceptions.IMPORT_ERROR,
                            "cannot import name '" + names[i] + "' from '" + module + "' (" + (file == null ? "unknown location" : file.toString()) + ")");
                    ie.storeAttr("name", new PyStr(module));
                    throw new PyException(ie);
                }
                targets[i].assign(f, v);
            }
            return NORMAL;
        }
    }
}
