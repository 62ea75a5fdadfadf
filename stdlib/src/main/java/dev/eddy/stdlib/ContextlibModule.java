package dev.eddy.stdlib;

import dev.eddy.builtins.StdStreams;
import dev.eddy.builtins.TypeChecks;
import dev.eddy.runtime.Args;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

import java.util.ArrayDeque;

/**
 * The contextlib module: contextmanager, suppress, closing, redirect_stdout/stderr and ExitStack
 * in Java; nullcontext, the decorator bases, abstract managers and async managers in
 * contextlib.py beside this class.
 */
public final class ContextlibModule implements ModuleProvider {
    @Override
    public String name() {
        return "contextlib";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("contextlib");
        Mod.def(m, "contextmanager", (a, kw) -> {
            Args.check("contextmanager", a, kw, 1, 1);
            return GeneratorContextManager.decorate(a[0]);
        });
        m.set("suppress", Suppress.TYPE);
        m.set("closing", Closing.TYPE);
        m.set("redirect_stdout", Redirect.STDOUT);
        m.set("redirect_stderr", Redirect.STDERR);
        m.set("ExitStack", ExitStack.TYPE);
        m.set("_GeneratorContextManager", GeneratorContextManager.TYPE);
        dev.eddy.runtime.SourceModules.execResource(ContextlibModule.class, "contextlib.py", m);
        return m;
    }

    /** suppress(*exceptions). */
    static final class Suppress extends ContextObject {
        static final PyType TYPE = contextType("suppress", (cls, a, kw) -> new Suppress(new PyTuple(a.clone())));
        private final PyTuple types;

        Suppress(PyTuple types) {
            super(TYPE);
            this.types = types;
        }

        @Override
        PyObject enter() {
            return PyNone.NONE;
        }

        @Override
        PyObject exit(PyObject type, PyObject value, PyObject traceback) {
            return PyBool.of(type != PyNone.NONE && TypeChecks.isSubclass(type, types));
        }
    }

    /** closing(thing): thing.close() on exit. */
    static final class Closing extends ContextObject {
        static final PyType TYPE = contextType("closing", (cls, a, kw) -> {
            Args.check("closing", a, kw, 1, 1);
            return new Closing(a[0]);
        });
        private final PyObject thing;

        Closing(PyObject thing) {
            super(TYPE);
            this.thing = thing;
        }

        @Override
        PyObject enter() {
            return thing;
        }

        @Override
        PyObject exit(PyObject type, PyObject value, PyObject traceback) {
            Ops.callMethod(thing, "close");
            return PyNone.NONE;
        }
    }

    /** redirect_stdout(new_target) and redirect_stderr(new_target). */
    static final class Redirect extends ContextObject {
        static final PyType STDOUT = contextType("redirect_stdout", (cls, a, kw) -> {
            Args.check("redirect_stdout", a, kw, 1, 1);
            return new Redirect(Redirect.STDOUT, a[0], true);
        });
        static final PyType STDERR = contextType("redirect_stderr", (cls, a, kw) -> {
            Args.check("redirect_stderr", a, kw, 1, 1);
            return new Redirect(Redirect.STDERR, a[0], false);
        });
        private final PyObject target;
        private final boolean out;
        private final ArrayDeque<PyObject> saved = new ArrayDeque<>();

        Redirect(PyType type, PyObject target, boolean out) {
            super(type);
            this.target = target;
            this.out = out;
        }

        @Override
        PyObject enter() {
            saved.push(out ? StdStreams.stdout() : StdStreams.stderr());
            if (out) {
                StdStreams.setStdout(target);
            } else {
                StdStreams.setStderr(target);
            }
            return target;
        }

        @Override
        PyObject exit(PyObject type, PyObject value, PyObject traceback) {
            PyObject old = saved.pop();
            if (out) {
                StdStreams.setStdout(old);
            } else {
                StdStreams.setStderr(old);
            }
            return PyNone.NONE;
        }
    }

    /** ExitStack: exit callbacks run last-in first-out, each seeing the exception the later ones left. */
    static final class ExitStack extends ContextObject {
        static final PyType TYPE = contextType("ExitStack", (cls, a, kw) -> {
            Args.check("ExitStack", a, kw, 0, 0);
            return new ExitStack();
        });

        /** A registered callback: exit-style (gets the exception, may suppress) or plain. */
        private record Callback(PyObject fn, PyObject[] args, String[] kwnames, boolean exitStyle) {
        }

        private ArrayDeque<Callback> callbacks = new ArrayDeque<>();

        ExitStack() {
            super(TYPE);
        }

        static {
            TYPE.def("enter_context", (a, kw) -> {
                Args.checkMethod("enter_context", a, kw, 1, 1);
                PyObject cm = a[1];
                PyType t = cm.type();
                if (t.lookup("__enter__") == null || t.lookup("__exit__") == null) {
                    throw Errors.typeError("'" + t.module + "." + t.qualname + "' object does not support the context manager protocol");
                }
                PyObject exit = cm.getAttr("__exit__");
                PyObject r = Ops.callMethod(cm, "__enter__");
                ((ExitStack) a[0]).callbacks.push(new Callback(exit, null, null, true));
                return r;
            });
            TYPE.def("callback", (a, kw) -> {
                if (a.length < 2) {
                    throw Errors.typeError("descriptor 'callback' of 'ExitStack' object needs an argument");
                }
                PyObject[] rest = new PyObject[a.length - 2];
                System.arraycopy(a, 2, rest, 0, rest.length);
                ((ExitStack) a[0]).callbacks.push(new Callback(a[1], rest, kw, false));
                return a[1];
            });
            TYPE.def("push", (a, kw) -> {
                Args.checkMethod("push", a, kw, 1, 1);
                PyObject exit = a[1].type().lookup("__exit__") != null ? a[1].getAttr("__exit__") : a[1];
                ((ExitStack) a[0]).callbacks.push(new Callback(exit, null, null, true));
                return a[1];
            });
            TYPE.def("pop_all", (a, kw) -> {
                ExitStack self = (ExitStack) a[0];
                ExitStack n = new ExitStack();
                n.callbacks = self.callbacks;
                self.callbacks = new ArrayDeque<>();
                return n;
            });
            TYPE.def("close", (a, kw) -> {
                ((ExitStack) a[0]).exit(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                return PyNone.NONE;
            });
        }

        @Override
        PyObject enter() {
            return this;
        }

        @Override
        PyObject exit(PyObject type, PyObject value, PyObject traceback) {
            boolean received = type != PyNone.NONE;
            PyBaseException pending = received && value instanceof PyBaseException e ? e : null;
            boolean suppressed = false;
            boolean pendingRaise = false;
            while (!callbacks.isEmpty()) {
                Callback cb = callbacks.pop();
                try {
                    if (cb.exitStyle) {
                        PyObject t = pending == null ? PyNone.NONE : pending.type();
                        PyObject v = pending == null ? PyNone.NONE : pending;
                        if (cb.fn.call(t, v, PyNone.NONE).isTrue()) {
                            suppressed = true;
                            pendingRaise = false;
                            pending = null;
                        }
                    } else {
                        cb.fn.call(cb.args, cb.kwnames);
                    }
                } catch (PyException e) {
                    if (pending != null && e.value != pending && e.value.context == null) {
                        e.value.context = pending;
                    }
                    pendingRaise = true;
                    pending = e.value;
                }
            }
            if (pendingRaise) {
                throw new PyException(pending);
            }
            return PyBool.of(received && suppressed);
        }
    }
}
