package dev.eddy.runtime;

/** BaseException's builtin methods: __init__, __str__, __repr__, add_note, with_traceback. */
final class BaseExceptionMethods {
    private BaseExceptionMethods() {
    }

    /**
     * BaseException.__reduce__: (type, args) or (type, args, dict). An OSError's filenames join
     * its args, as its constructor takes them, rather than its dict.
     */
    private static PyObject reduce(PyBaseException self) {
        PyObject[] args = self.args.items;
        PyDict state = new PyDict();
        boolean os = self.type().isSubtypeOf(Exceptions.OS_ERROR);
        // attributes CPython keeps in the exception's C struct, rebuilt from args
        java.util.Set<String> fields = os ? java.util.Set.of("filename", "filename2")
                : self.type().isSubtypeOf(Exceptions.UNICODE_ERROR)
                ? java.util.Set.of("encoding", "object", "start", "end", "reason") : java.util.Set.of();
        if (self.dict != null) {
            for (java.util.Map.Entry<String, PyObject> e : self.dict.entrySet()) {
                if (!fields.contains(e.getKey())) {
                    state.put(new PyStr(e.getKey()), e.getValue());
                }
            }
        }
        if (self.notes != null) {
            state.put(new PyStr("__notes__"), self.notes);
        }
        if (os && args.length == 2 && self.dict != null) {
            PyObject filename = self.dict.get("filename");
            PyObject filename2 = self.dict.get("filename2");
            if (filename != null && filename != PyNone.NONE) {
                args = filename2 != null && filename2 != PyNone.NONE
                        ? new PyObject[] {args[0], args[1], filename, PyNone.NONE, filename2}
                        : new PyObject[] {args[0], args[1], filename};
            }
        }
        PyTuple a = args == self.args.items ? self.args : new PyTuple(args);
        return state.size() == 0 ? PyTuple.of(self.type(), a) : PyTuple.of(self.type(), a, state);
    }

    static void install(PyType t) {
        t.def("__init__", (args, kw) -> {
            PyBaseException self = (PyBaseException) args[0];
            self.args = new PyTuple(java.util.Arrays.copyOfRange(args, 1, Args.positional(args, kw)));
            return PyNone.NONE;
        });
        t.def("__str__", (args, kw) -> ((PyBaseException) args[0]).defaultStr());
        t.def("__repr__", (args, kw) -> {
            PyBaseException self = (PyBaseException) args[0];
            String name = self.type().name;
            if (self.args.items.length == 1) {
                return new PyStr(name + "(" + self.args.items[0].repr().value + ")");
            }
            return new PyStr(name + self.args.repr().value);
        });
        t.def("add_note", (args, kw) -> {
            Args.checkMethod("add_note", args, kw, 1, 1);
            PyBaseException self = (PyBaseException) args[0];
            if (!(args[1] instanceof PyStr)) {
                throw Errors.typeError("note must be a str, not '" + args[1].type().name + "'");
            }
            if (self.notes == null) {
                self.notes = new PyList();
            }
            self.notes.append(args[1]);
            return PyNone.NONE;
        });
        t.def("with_traceback", (args, kw) -> args[0]);
        t.def("__reduce__", (args, kw) -> {
            Args.checkMethod("__reduce__", args, kw, 0, 0);
            return reduce((PyBaseException) args[0]);
        });
        t.def("__setstate__", (args, kw) -> {
            Args.checkMethod("__setstate__", args, kw, 1, 1);
            if (args[1] != PyNone.NONE) {
                if (!(args[1] instanceof PyDict state)) {
                    throw Errors.typeError("state is not a dictionary");
                }
                for (java.util.Map.Entry<PyObject, PyObject> e : state.map.entrySet()) {
                    args[0].setAttr(((PyStr) e.getKey()).value, e.getValue());
                }
            }
            return PyNone.NONE;
        });
    }
}
