package dev.eddy.runtime;

/**
 * An async generator: a coroutine-like frame whose yields are wrapped in {@link Wrapped}, so
 * that the awaitables returned by __anext__/asend/athrow/aclose can tell a yielded value
 * (which finishes the awaitable) from a future awaited inside the body (which is passed up
 * to the event loop).
 */
public final class PyAsyncGenerator extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("async_generator", PyType.OBJECT, null).notAcceptableBase();
    public static final PyType ASEND_TYPE = PyType.builtin("async_generator_asend", PyType.OBJECT, null);

    /** A value yielded by the async generator's body. */
    public static final class Wrapped extends PyObject {
        public final PyObject value;

        public Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    }

    static {
        TYPE.def("__aiter__", (a, kw) -> a[0]);
        TYPE.def("__anext__", (a, kw) -> new Step((PyAsyncGenerator) a[0], Step.SEND, PyNone.NONE, null));
        TYPE.def("asend", (a, kw) -> new Step((PyAsyncGenerator) a[0], Step.SEND, a[1], null));
        TYPE.def("athrow", (a, kw) -> {
            PyObject typ = a[1];
            PyBaseException e = typ instanceof PyType t ? Exceptions.fromRaised(a.length > 2 && a[2] != PyNone.NONE ? t.call(a[2]) : t)
                    : Exceptions.fromRaised(typ);
            return new Step((PyAsyncGenerator) a[0], Step.THROW, null, e);
        });
        TYPE.def("aclose", (a, kw) -> new Step((PyAsyncGenerator) a[0], Step.CLOSE, null, null));
        ASEND_TYPE.def("send", (a, kw) -> stepResult((Step) a[0], ((Step) a[0]).step(a[1], null)));
        ASEND_TYPE.def("throw", (a, kw) -> {
            PyBaseException e = a[1] instanceof PyType t ? Exceptions.fromRaised(t) : Exceptions.fromRaised(a[1]);
            return stepResult((Step) a[0], ((Step) a[0]).step(null, new PyException(e)));
        });
        ASEND_TYPE.def("close", (a, kw) -> {
            ((Step) a[0]).done = true;
            return PyNone.NONE;
        });
        ASEND_TYPE.def("__await__", (a, kw) -> a[0]);
        ASEND_TYPE.def("__iter__", (a, kw) -> a[0]);
        ASEND_TYPE.def("__next__", (a, kw) -> stepResult((Step) a[0], ((Step) a[0]).step(PyNone.NONE, null)));
    }

    private static PyObject stepResult(Step s, PyObject r) {
        if (r == null) {
            throw Errors.stopIteration(s.result);
        }
        return r;
    }

    /** The __anext__/asend/athrow/aclose awaitable currently driving this generator through an await. */
    Step active;

    public PyAsyncGenerator(Frame frame, PyFunction function) {
        super(frame, function);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject iter() {
        throw Errors.typeError("'async_generator' object is not iterable");
    }

    @Override
    public PyObject next() {
        throw Errors.typeError("'async_generator' object is not an iterator");
    }

    @Override
    public PyStr repr() {
        return new PyStr("<async_generator object " + qualname + " at 0x" + Long.toHexString(address()) + ">");
    }

    /**
     * The awaitable behind __anext__, asend, athrow and aclose: each send drives the generator
     * until it yields (the awaitable finishes with that value) or awaits (the future goes up).
     */
    public static final class Step extends PyObject implements PyGenerator.DelegationResult {
        static final int SEND = 0;
        static final int THROW = 1;
        static final int CLOSE = 2;

        final PyAsyncGenerator gen;
        final int mode;
        final PyObject firstValue;
        final PyBaseException firstException;
        boolean started;
        boolean done;
        PyObject result = PyNone.NONE;

        Step(PyAsyncGenerator gen, int mode, PyObject firstValue, PyBaseException firstException) {
            this.gen = gen;
            this.mode = mode;
            this.firstValue = firstValue;
            this.firstException = firstException;
        }

        @Override
        public PyType type() {
            return ASEND_TYPE;
        }

        @Override
        public PyObject result() {
            return result;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            return step(PyNone.NONE, null);
        }

        /** Returns a value to pass up to the event loop, or null when this awaitable finished ({@link #result}). */
        PyObject step(PyObject value, PyException exc) {
            if (done) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (!started) {
                if (gen.active != null && gen.active != this && !gen.active.done) {
                    done = true;
                    String what = mode == SEND ? "anext()" : mode == THROW ? "athrow()" : "aclose()";
                    throw Errors.runtimeError(what + ": asynchronous generator is already running");
                }
                started = true;
                if (mode == SEND) {
                    value = firstValue;
                } else if (mode == THROW) {
                    if (gen.isFinished() || !gen.isStarted()) {
                        if (!gen.isStarted()) {
                            gen.finished = true;
                        }
                        done = true;
                        throw new PyException(firstException);
                    }
                    exc = new PyException(firstException);
                } else {
                    if (gen.isFinished() || !gen.isStarted()) {
                        gen.finished = true;
                        done = true;
                        return null;
                    }
                    exc = Errors.of(Exceptions.GENERATOR_EXIT, null);
                }
            }
            if (gen.isFinished() && exc == null) {
                done = true;
                throw Errors.of(Exceptions.STOP_ASYNC_ITERATION, null);
            }
            PyObject r;
            try {
                r = gen.resume(value, exc);
            } catch (PyException e) {
                done = true;
                gen.active = null;
                if (mode == CLOSE && (e.matches(Exceptions.GENERATOR_EXIT) || e.matches(Exceptions.STOP_ASYNC_ITERATION))) {
                    return null;
                }
                throw e;
            }
            if (r == null || r instanceof Wrapped) {
                gen.active = null;
            } else {
                gen.active = this;
            }
            if (r == null) {
                done = true;
                if (mode == CLOSE) {
                    return null;
                }
                throw Errors.of(Exceptions.STOP_ASYNC_ITERATION, null);
            }
            if (r instanceof Wrapped w) {
                done = true;
                if (mode == CLOSE) {
                    throw Errors.runtimeError("async generator ignored GeneratorExit");
                }
                result = w.value;
                return null;
            }
            return r;
        }

    }
}
