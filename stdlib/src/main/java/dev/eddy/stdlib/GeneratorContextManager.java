package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBuiltinFunction;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/**
 * What a @contextmanager function returns: __enter__ runs the generator to its first yield,
 * __exit__ resumes it (or throws the exception into it) and follows CPython's rules for
 * whether the exception was handled.
 */
final class GeneratorContextManager extends ContextObject {
    static final PyType TYPE = contextType("_GeneratorContextManager", null);

    static {
        TYPE.def("__call__", (a, kw) -> {
            Args.checkMethod("__call__", a, kw, 1, 1);
            GeneratorContextManager self = (GeneratorContextManager) a[0];
            PyObject func = a[1];
            return new PyBuiltinFunction(func.getAttr("__name__").toString(), (b, kw2) -> {
                GeneratorContextManager cm = new GeneratorContextManager(self.factory, self.args, self.kwnames);
                cm.enter();
                PyObject r;
                try {
                    r = func.call(b, kw2);
                } catch (PyException e) {
                    if (!cm.exit(e.value.type(), e.value, PyNone.NONE).isTrue()) {
                        throw e;
                    }
                    return PyNone.NONE;
                }
                cm.exit(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                return r;
            });
        });
    }

    private final PyObject factory;
    private final PyObject[] args;
    private final String[] kwnames;
    private final PyObject gen;
    private boolean entered;

    GeneratorContextManager(PyObject factory, PyObject[] args, String[] kwnames) {
        super(TYPE);
        this.factory = factory;
        this.args = args;
        this.kwnames = kwnames;
        this.gen = factory.call(args, kwnames);
    }

    /** contextmanager(func): a function making these objects; binds like a method when stored in a class. */
    static PyObject decorate(PyObject func) {
        PyObject n = func.lookupAttr("__name__");
        return new PyBuiltinFunction(n == null ? "helper" : n.toString(),
                (a, kw) -> new GeneratorContextManager(func, a, kw), true, null);
    }

    /** One step of the generator: its next value, or null when it finished. */
    private PyObject step() {
        if (gen instanceof PyGenerator g) {
            return g.resume(PyNone.NONE, null);
        }
        return gen.next();
    }

    @Override
    PyObject enter() {
        if (entered) {
            throw Errors.attributeError("args");
        }
        entered = true;
        PyObject r = step();
        if (r == null) {
            throw Errors.runtimeError("generator didn't yield");
        }
        return r;
    }

    @Override
    PyObject exit(PyObject type, PyObject value, PyObject traceback) {
        if (type == PyNone.NONE) {
            if (step() == null) {
                return PyBool.FALSE;
            }
            throw Errors.runtimeError("generator didn't stop");
        }
        PyBaseException exc;
        if (value instanceof PyBaseException e) {
            exc = e;
        } else {
            exc = Exceptions.fromRaised(value == PyNone.NONE ? type : ((PyType) type).call(value));
        }
        PyObject r;
        try {
            if (gen instanceof PyGenerator g) {
                r = g.resume(null, new PyException(exc));
            } else {
                r = Ops.callMethod(gen, "throw", exc);
            }
        } catch (PyException e) {
            PyBaseException raised = e.value;
            if (raised.type().isSubtypeOf(Exceptions.STOP_ITERATION)) {
                return PyBool.of(raised != exc);
            }
            if (raised == exc) {
                return PyBool.FALSE;
            }
            if (raised.type().isSubtypeOf(Exceptions.RUNTIME_ERROR) && exc.type().isSubtypeOf(Exceptions.STOP_ITERATION)
                    && raised.cause == exc) {
                return PyBool.FALSE;
            }
            throw e;
        }
        if (r == null) {
            return PyBool.TRUE;
        }
        throw Errors.runtimeError("generator didn't stop after throw()");
    }
}
