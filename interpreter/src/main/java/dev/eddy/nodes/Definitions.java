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
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.TypeCreation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
        /** The parameter and return annotations, or null. */
        final FunctionAnnotations annotations;
        final Target target;

        public FunctionDef(ExprNode[] decorators, Calls.MakeFunction make, FunctionAnnotations annotations, Target target) {
            this.decorators = decorators;
            this.make = make;
            this.annotations = annotations;
            this.target = target;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject[] decs = evalAll(f, decorators);
            PyObject fn = make.eval(f);
            if (annotations != null) {
                fn.setAttr("__annotations__", annotations.eval(f));
            }
            target.assign(f, decorate(decs, fn));
            return NORMAL;
        }
    }

    /** A def's annotations: parameter names (and "return") with the expressions giving their values. */
    public static final class FunctionAnnotations {
        final String[] names;
        final ExprNode[] values;

        public FunctionAnnotations(String[] names, ExprNode[] values) {
            this.names = names;
            this.values = values;
        }

        PyDict eval(Frame f) {
            PyDict d = new PyDict();
            for (int i = 0; i < names.length; i++) {
                d.put(new PyStr(names[i]), values[i].eval(f));
            }
            return d;
        }
    }

    /**
     * class name(bases, **kw): resolves the metaclass, runs the body in the namespace its
     * __prepare__ gives, then calls the metaclass (CPython's __build_class__).
     */
    public static final class ClassDef extends StmtNode {
        final String name;
        final String qualname;
        final ExprNode[] decorators;
        /** The bases and keywords, evaluated as a call's arguments (its function is unused). */
        final Calls.CallGeneral header;
        final Code body;
        final int[] closureSlots;
        /** Slot of the body frame holding the __class__ cell, or -1. */
        final int classCellSlot;
        final Target target;
        final PyObject doc;

        public ClassDef(String name, String qualname, ExprNode[] decorators, Calls.CallGeneral header, Code body,
                        int[] closureSlots, int classCellSlot, Target target, PyObject doc) {
            this.name = name;
            this.qualname = qualname;
            this.decorators = decorators;
            this.header = header;
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
            PyObject cls = header.invoke(new PyBuiltinFunction("__build_class__", (a, kw) -> build(f, a, kw)), f);
            target.assign(f, decorate(decs, cls));
            return NORMAL;
        }

        private PyObject build(Frame f, PyObject[] args, String[] kwnames) {
            f.line = line;
            int nkw = kwnames == null ? 0 : kwnames.length;
            PyObject[] origBases = Arrays.copyOf(args, args.length - nkw);
            PyObject meta = null;
            List<String> kwNames = new ArrayList<>();
            List<PyObject> kwValues = new ArrayList<>();
            for (int i = 0; i < nkw; i++) {
                if (kwnames[i].equals("metaclass")) {
                    meta = args[origBases.length + i];
                } else {
                    kwNames.add(kwnames[i]);
                    kwValues.add(args[origBases.length + i]);
                }
            }
            PyObject[] bases = TypeCreation.resolveMroEntries(origBases);
            if (meta == null) {
                meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            }
            if (meta instanceof PyType mt) {
                meta = TypeCreation.calculateMeta(mt, bases);
            }
            PyTuple basesTuple = new PyTuple(bases);
            String[] kwn = kwNames.toArray(new String[0]);
            PyObject ns;
            if (meta == PyType.TYPE) {
                ns = new PyDict();
            } else {
                PyObject prepare = meta.lookupAttr("__prepare__");
                if (prepare == null) {
                    ns = new PyDict();
                } else {
                    PyObject[] pa = new PyObject[2 + kwn.length];
                    pa[0] = new PyStr(name);
                    pa[1] = basesTuple;
                    for (int i = 0; i < kwn.length; i++) {
                        pa[2 + i] = kwValues.get(i);
                    }
                    ns = prepare.call(pa, kwn.length == 0 ? null : kwn);
                    if (!(ns instanceof PyDict) && ns.type().lookup("__getitem__") == null) {
                        String who = meta instanceof PyType mt ? mt.name : "<metaclass>";
                        throw Errors.typeError(who + ".__prepare__() must return a mapping, not " + ns.type().name);
                    }
                }
            }
            Map<String, PyObject> view = TypeCreation.namespaceView(ns);
            PyObject modName = f.module.get("__name__");
            if (modName != null) {
                view.put("__module__", modName);
            }
            view.put("__qualname__", new PyStr(qualname));
            if (doc != null) {
                view.put("__doc__", doc);
            }
            PyObject[] slots = new PyObject[body.slotCount];
            for (int s : body.cellSlots) {
                slots[s] = new PyCell(null);
            }
            for (int i = 0; i < closureSlots.length; i++) {
                slots[body.freeSlots[i]] = f.slots[closureSlots[i]];
            }
            Frame cf = new Frame(body, f.module, slots, view);
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
            if (bases != origBases) {
                ns.setItem(new PyStr("__orig_bases__"), new PyTuple(origBases));
            }
            PyCell cell = classCellSlot >= 0 ? (PyCell) slots[classCellSlot] : null;
            if (cell != null) {
                ns.setItem(new PyStr("__classcell__"), cell);
            }
            PyObject[] ca = new PyObject[3 + kwn.length];
            ca[0] = new PyStr(name);
            ca[1] = basesTuple;
            ca[2] = ns;
            for (int i = 0; i < kwn.length; i++) {
                ca[3 + i] = kwValues.get(i);
            }
            PyObject cls = meta.call(ca, kwn.length == 0 ? null : kwn);
            if (cell != null && cls instanceof PyType && cell.value != cls) {
                if (cell.value == null) {
                    throw Errors.runtimeError("__class__ not set defining '" + name + "' as " + cls.repr().value
                            + ". Was __classcell__ propagated to type.__new__?");
                }
                throw Errors.typeError("__class__ set to " + cell.value.repr().value + " defining '" + name + "' as " + cls.repr().value);
            }
            return cls;
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
