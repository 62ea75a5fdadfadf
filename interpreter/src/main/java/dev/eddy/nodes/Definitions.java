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

    /** x: T at module or class level: evaluates T and records it in the namespace's __annotations__ (for a simple name). */
    public static final class Annotate extends StmtNode {
        /** The annotated name, or null for a target that is not a plain name (evaluated, not recorded). */
        final String name;
        final ExprNode annotation;

        public Annotate(String name, ExprNode annotation) {
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject value = annotation.eval(f);
            if (name == null) {
                return NORMAL;
            }
            PyObject ann = f.classNamespace != null ? f.classNamespace.get("__annotations__") : f.module.get("__annotations__");
            if (ann == null) {
                ann = new PyDict();
                if (f.classNamespace != null) {
                    f.classNamespace.put("__annotations__", ann);
                } else {
                    f.module.set("__annotations__", ann);
                }
            }
            ann.setItem(new PyStr(name), value);
            return NORMAL;
        }
    }

    /** The import system as import statements use it (the interpreter's module loader). */
    public interface ModuleLoader {
        /** Imports the absolute module {@code name}; returns sys.modules[name]. */
        PyObject load(String name);

        /** import a.b.c: imports it and returns what the statement binds (a, or a.b.c for "as"). */
        PyObject importStatement(String name, boolean bindTop);

        /** The module of "from [.]*module import ...", imported, relative to {@code from}. */
        PyObject importFrom(PyModule from, String module, int level);

        /** One name of a from-import: an attribute, or a submodule of a package; ImportError if neither. */
        PyObject fromName(PyObject module, String name);

        /** What "from module import *" binds: __all__, or the public globals. */
        java.util.List<Map.Entry<String, PyObject>> starNames(PyObject module);
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
            target.assign(f, loader.importStatement(module, bindTop));
            return NORMAL;
        }
    }

    /** from [.]*module import a [as b], ... | from module import * */
    public static final class ImportFrom extends StmtNode {
        /** The module name after the dots; null for "from . import x". */
        final String module;
        final int level;
        final String[] names;
        final Target[] targets;
        final ModuleLoader loader;

        public ImportFrom(String module, int level, String[] names, Target[] targets, ModuleLoader loader) {
            this.module = module;
            this.level = level;
            this.names = names;
            this.targets = targets;
            this.loader = loader;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject m = loader.importFrom(f.module, module, level);
            if (names.length == 1 && names[0].equals("*")) {
                for (Map.Entry<String, PyObject> e : loader.starNames(m)) {
                    if (f.classNamespace != null) {
                        f.classNamespace.put(e.getKey(), e.getValue());
                    } else {
                        f.module.set(e.getKey(), e.getValue());
                    }
                }
                return NORMAL;
            }
            for (int i = 0; i < names.length; i++) {
                targets[i].assign(f, loader.fromName(m, names[i]));
            }
            return NORMAL;
        }
    }
}
