package dev.eddy.runtime;

/** BaseException's builtin methods: __init__, __str__, __repr__, add_note, with_traceback. */
final class BaseExceptionMethods {
    private BaseExceptionMethods() {
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
    }
}
