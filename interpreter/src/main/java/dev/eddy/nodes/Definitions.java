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

    /** name: annotation in a module or class body: records the annotation in __annotations__. */
    public static final class Annotate extends StmtNode {
        final String name;
        final ExprNode annotation;

        public Annotate(String name, ExprNode annotation) {
            this.name = name;
            this.annotation = annotation;
        }

        @Override
        public int exec(Frame f) {
            f.line = line;
            PyObject v = annotation.eval(f);
            PyObject anns;
            if (f.classNamespace != null) {
                anns = f.classNamespace.get("__annotations__");
                if (anns == null) {
                    anns = new PyDict();
                    f.classNamespace.put("__annotations__", anns);
                }
            } else {
                anns = f.module.get("__annotations__");
                if (anns == null) {
                    anns = new PyDict();
                    f.module.set("__annotations__", anns);
                }
            }
            anns.setItem(new PyStr(name), v);
            return NORMAL;
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
            dev.eddy.runtime.CallSite.current = cf;
            try {
                body.body.exec(cf);
            } catch (PyException e) {
                e.value.addTraceback(cf);
                throw e;
            } finally {
                dev.eddy.runtime.CallSite.current = f;
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
