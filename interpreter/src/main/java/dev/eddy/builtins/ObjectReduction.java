package dev.eddy.builtins;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Importer;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyInstance;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/**
 * object.__reduce_ex__ and object.__reduce__: how an object without a reduction of its own
 * is pickled and copied. Protocols 0 and 1 go through copyreg._reduce_ex; protocol 2 and
 * later give copyreg.__newobj__ (or __newobj_ex__) with the arguments of __getnewargs_ex__ or
 * __getnewargs__, the state of __getstate__, and list or dict items.
 *
 * <p>An object whose state lives in Java fields (anything that is not a plain instance of a
 * Python class) cannot be rebuilt from its instance dict, so, as CPython refuses objects whose
 * C struct is larger than object's, it is refused unless its type supplies __getnewargs__ or
 * is a list or dict.
 */
final class ObjectReduction {
    private ObjectReduction() {
    }

    private static PyObject copyreg() {
        return Importer.current().importModule("copyreg");
    }

    /** object.__reduce_ex__(protocol): the type's own __reduce__ if it overrides object's, else the common reduction. */
    static PyObject reduceEx(PyObject self, int protocol) {
        PyObject reduce = self.type().lookup("__reduce__");
        if (reduce != null && !isObjectMethod(reduce)) {
            return self.getAttr("__reduce__").call();
        }
        return common(self, protocol);
    }

    /** object.__reduce__: the reduction for protocol 0. */
    static PyObject reduce(PyObject self) {
        return common(self, 0);
    }

    private static boolean isObjectMethod(PyObject v) {
        return v instanceof PyBuiltinFunction bf && bf.owner == PyType.OBJECT;
    }

    private static PyObject common(PyObject self, int protocol) {
        if (protocol >= 2) {
            return newObj(self);
        }
        return copyreg().getAttr("_reduce_ex").call(self, PyInt.of(protocol));
    }

    /** CPython's reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
    private static PyObject newObj(PyObject self) {
        PyType cls = self.type();
        PyObject[] args = null;
        PyObject kwargs = null;
        PyObject getNewArgsEx = self.lookupAttr("__getnewargs_ex__");
        if (getNewArgsEx != null) {
            PyObject r = getNewArgsEx.call();
            if (!(r instanceof PyTuple t)) {
                throw Errors.typeError("__getnewargs_ex__ should return a tuple, not '" + r.type().name + "'");
            }
            if (t.items.length != 2) {
                throw Errors.valueError("__getnewargs_ex__ should return a tuple of length 2, not " + t.items.length);
            }
            if (!(t.items[0] instanceof PyTuple a)) {
                throw Errors.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + t.items[0].type().name + "'");
            }
            if (!(t.items[1] instanceof PyDict)) {
                throw Errors.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + t.items[1].type().name + "'");
            }
            args = a.items;
            kwargs = t.items[1];
        } else {
            PyObject getNewArgs = self.lookupAttr("__getnewargs__");
            if (getNewArgs != null) {
                PyObject r = getNewArgs.call();
                if (!(r instanceof PyTuple t)) {
                    throw Errors.typeError("__getnewargs__ should return a tuple, not '" + r.type().name + "'");
                }
                args = t.items;
            }
        }
        boolean hasArgs = args != null;
        boolean isList = self instanceof PyList;
        boolean isDict = self instanceof PyDict;
        PyObject state = state(self, !hasArgs && !isList && !isDict);
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            PyObject[] a = args == null ? new PyObject[0] : args;
            PyObject[] all = new PyObject[a.length + 1];
            all[0] = cls;
            System.arraycopy(a, 0, all, 1, a.length);
            newobj = copyreg().getAttr("__newobj__");
            newargs = new PyTuple(all);
        } else {
            newobj = copyreg().getAttr("__newobj_ex__");
            newargs = new PyTuple(new PyObject[] {cls, new PyTuple(args), kwargs});
        }
        PyObject listItems = isList ? self.iter() : PyNone.NONE;
        PyObject dictItems = isDict ? self.getAttr("items").call().iter() : PyNone.NONE;
        return new PyTuple(new PyObject[] {newobj, newargs, state, listItems, dictItems});
    }

    /**
     * The state to pickle: __getstate__()'s answer. object's own __getstate__ refuses, when the
     * state is required, an object whose state is held in Java.
     */
    private static PyObject state(PyObject self, boolean required) {
        PyObject getState = self.type().lookup("__getstate__");
        if (getState != null && !isObjectMethod(getState)) {
            return self.getAttr("__getstate__").call();
        }
        if (required && !isPlainInstance(self)) {
            String name = cTypeName(self.type());
            if (name.equals("memoryview") || name.equals("code")) {
                // variable-size objects: CPython's message names the type without quotes
                throw Errors.typeError("cannot pickle " + name + " objects");
            }
            throw Errors.typeError("cannot pickle '" + name + "' object");
        }
        return ObjectFallbacks.state(self);
    }

    /** True for an instance of a Python class whose only Java state is its dict and slots. */
    private static boolean isPlainInstance(PyObject self) {
        return self.getClass() == PyInstance.class || self == PyNone.NONE;
    }

    /**
     * The name CPython's messages give a type: a builtin's plain name, a type defined by an
     * extension module qualified with its module ('_thread.lock'), a class's own name.
     */
    static String cTypeName(PyType t) {
        if (t.heapType) {
            return t.name;
        }
        return t.module.equals("builtins") ? t.name : t.module + "." + t.name;
    }
}
