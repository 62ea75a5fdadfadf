package dev.eddy.stdlib.ast;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One interpreter's syntax-tree classes: {@code AST} and a class for every definition of
 * {@link AstGrammar}, plus the one shared instance of each field-less constructor (Load, Add,
 * ...) that parsed trees use. The classes are mutable, as CPython's are ({@code ast.py} adds
 * properties to {@code Constant}).
 */
final class NodeTypes {
    final PyType ast;
    /** Every class by name, in the grammar's order (AST first). */
    final Map<String, PyType> classes = new LinkedHashMap<>();
    private final Map<String, PyObject> singletons = new LinkedHashMap<>();

    NodeTypes() {
        ast = newClass("AST", PyType.OBJECT, null);
        ast.dict.put("__doc__", PyNone.NONE);
        ast.dict.put("_fields", new PyTuple(new PyObject[0]));
        ast.dict.put("_attributes", new PyTuple(new PyObject[0]));
        ast.dict.put("__match_args__", new PyTuple(new PyObject[0]));
        ast.dict.put("__init__", new PyBuiltinFunction("__init__", NodeTypes::init, true, ast));
        ast.dict.put("__reduce__", new PyBuiltinFunction("__reduce__", NodeTypes::reduce, true, ast));
        classes.put("AST", ast);
        for (AstGrammar.Definition d : AstGrammar.definitions()) {
            PyType base = d.base() == null ? ast : classes.get(d.base());
            PyType t = newClass(d.name(), base, d.doc());
            PyTuple fieldNames = names(d.fields());
            t.dict.put("_fields", fieldNames);
            t.dict.put("__match_args__", fieldNames);
            if (d.base() == null) {
                t.dict.put("_attributes", names(d.attributes()));
            }
            for (AstGrammar.Field f : d.fields()) {
                if (f.optional()) {
                    t.dict.put(f.name(), PyNone.NONE);
                }
            }
            for (AstGrammar.Field f : d.attributes()) {
                if (f.optional()) {
                    t.dict.put(f.name(), PyNone.NONE);
                }
            }
            classes.put(d.name(), t);
            if (d.base() != null && d.fields().isEmpty() && base.dict.get("_attributes") instanceof PyTuple attrs && attrs.items.length == 0) {
                singletons.put(d.name(), new PyInstance(t));
            }
        }
    }

    private static PyType newClass(String name, PyType base, String doc) {
        PyType t = new PyType(name, new PyType[] {base}, null, false);
        t.module = "ast";
        t.dict.put("__module__", new PyStr("ast"));
        if (doc != null) {
            t.dict.put("__doc__", new PyStr(doc));
        }
        return t;
    }

    private static PyTuple names(List<AstGrammar.Field> fields) {
        PyObject[] out = new PyObject[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new PyStr(fields.get(i).name());
        }
        return new PyTuple(out);
    }

    /** The class named {@code name}. */
    PyType get(String name) {
        return classes.get(name);
    }

    /** The shared instance of a field-less constructor such as Load or Add. */
    PyObject singleton(String name) {
        return singletons.get(name);
    }

    /** A new node of class {@code name} with the given fields (in {@code _fields} order) set. */
    PyInstance node(String name, PyObject... fieldValues) {
        PyType t = classes.get(name);
        PyInstance n = new PyInstance(t);
        PyTuple fields = (PyTuple) t.dict.get("_fields");
        for (int i = 0; i < fieldValues.length; i++) {
            n.storeAttr(((PyStr) fields.items[i]).value, fieldValues[i]);
        }
        return n;
    }

    /** AST.__init__: positional arguments fill {@code _fields} in order, keywords set any attribute. */
    private static PyObject init(PyObject[] a, String[] kw) {
        PyObject self = a[0];
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - 1 - nkw;
        if (npos > 0) {
            PyObject[] fields = Ops.toArray(Ops.getAttr(self.type(), "_fields"));
            if (npos > fields.length) {
                throw Errors.typeError(self.type().name + " constructor takes at most " + fields.length + " positional argument"
                        + (fields.length == 1 ? "" : "s"));
            }
            for (int i = 0; i < npos; i++) {
                if (!(fields[i] instanceof PyStr s)) {
                    throw Errors.typeError("attribute name must be string, not '" + fields[i].type().name + "'");
                }
                self.setAttr(s.value, a[1 + i]);
            }
        }
        for (int i = 0; i < nkw; i++) {
            self.setAttr(kw[i], a[1 + npos + i]);
        }
        return PyNone.NONE;
    }

    /** AST.__reduce__: the class, no arguments, and the instance dict as state. */
    private static PyObject reduce(PyObject[] a, String[] kw) {
        PyObject self = a[0];
        PyObject cls = self.type();
        PyObject dict = self instanceof PyInstance pi && pi.dict != null && !pi.dict.isEmpty() ? Ops.getAttr(self, "__dict__") : null;
        PyTuple noArgs = new PyTuple(new PyObject[0]);
        return dict == null ? PyTuple.of(cls, noArgs) : PyTuple.of(cls, noArgs, dict);
    }

}
