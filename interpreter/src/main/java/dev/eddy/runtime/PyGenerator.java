package dev.eddy.runtime;

import dev.eddy.nodes.StmtNode;

/**
 * A generator or coroutine: a suspended {@link Frame} and the protocol that resumes it.
 * While suspended it holds no Java stack: {@link #resume} re-enters the body from its root
 * and the resumable statements on the path to the last suspension point jump back there.
 *
 * <p>{@code yield from} and {@code await} delegate: while {@link #delegate} is set, values
 * and exceptions go straight to it and this frame is re-entered only when it finishes.
 */
public class PyGenerator extends PyObject {
    public static final PyType GENERATOR_TYPE = PyType.builtin("generator", PyType.OBJECT, null).notAcceptableBase();
    public static final PyType COROUTINE_TYPE = PyType.builtin("coroutine", PyType.OBJECT, null).notAcceptableBase();

    static {
        GeneratorMethods.install(GENERATOR_TYPE);
        GeneratorMethods.install(COROUTINE_TYPE);
    }

    public final Frame frame;
    public final PyFunction function;
    public final Code.Kind kind;
    public String name;
    public String qualname;
    boolean started;
    boolean running;
    boolean finished;
    /** The iterator or awaitable this generator is delegating to, or null. */
    public PyObject delegate;
    private PyObject delegateResult;
    /** Set before re-entering the frame: the value the suspension point evaluates to... */
    public PyObject sent;
    /** ...or the exception it raises. */
    public PyException thrown;
    /** After the generator finished normally: its return value. */
    public PyObject returnValue = PyNone.NONE;
    /** What closes this generator if it is dropped while suspended in a try or with, or null. */
    GeneratorFinaliser finaliser;
    /**
     * Made by a loop's own header (or handed straight to any, all or next), which holds the
     * only reference: closed when that loop or call lets go of it, as CPython's reference
     * counting would close it at that moment (see dev.eddy.nodes.OwnedIterators).
     */
    public boolean ownedByLoop;

    protected PyGenerator(Frame frame, PyFunction function) {
        this.frame = frame;
        this.function = function;
        this.kind = frame.code.kind;
        this.name = function.name;
        this.qualname = function.qualname;
        frame.generator = this;
    }

    public static PyObject create(Frame f, PyFunction fn) {
        if (f.code.kind == Code.Kind.COROUTINE) {
            return Hooks.newCoroutine(f, fn);
        }
        if (f.code.kind == Code.Kind.ASYNC_GENERATOR) {
            return Hooks.newAsyncGenerator(f, fn);
        }
        return new PyGenerator(f, fn);
    }

    @Override
    public PyType type() {
        return kind == Code.Kind.COROUTINE ? COROUTINE_TYPE : GENERATOR_TYPE;
    }

    public boolean isCoroutine() {
        return kind == Code.Kind.COROUTINE;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isStarted() {
        return started;
    }

    private String what() {
        return kind == Code.Kind.COROUTINE ? "coroutine" : kind == Code.Kind.ASYNC_GENERATOR ? "async generator" : "generator";
    }

    /**
     * Resumes with a value to send or an exception to throw at the suspension point.
     * Returns the next yielded value, or null when the generator returned (see {@link #returnValue}).
     */
    public PyObject resume(PyObject value, PyException exc) {
        if (running) {
            throw Errors.valueError(what() + " already executing");
        }
        if (finished) {
            if (kind == Code.Kind.COROUTINE && exc == null) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            if (exc != null) {
                throw exc;
            }
            returnValue = PyNone.NONE;
            return null;
        }
        if (!started) {
            if (exc == null && value != PyNone.NONE && value != null) {
                throw Errors.typeError("can't send non-None value to a just-started " + what());
            }
            if (exc != null) {
                onStart();
                finished = true;
                throw exc;
            }
        }
        running = true;
        try {
            if (delegate != null) {
                PyObject r;
                try {
                    r = delegateStep(value, exc);
                    exc = null;
                } catch (PyException e) {
                    delegate = null;
                    r = null;
                    exc = e;
                }
                if (r != null) {
                    return r;
                }
                if (exc == null) {
                    delegate = null;
                    value = delegateResult;
                    delegateResult = null;
                }
            }
            return runFrame(value, exc);
        } finally {
            running = false;
        }
    }

    /** Called once, when the body is first entered or the generator is closed before that. */
    protected void onStart() {
    }

    private PyObject runFrame(PyObject value, PyException exc) {
        if (!started) {
            onStart();
        }
        started = true;
        sent = value == null ? PyNone.NONE : value;
        thrown = exc;
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ts.recursionLimit) {
            ts.depth--;
            finished = true;
            throw Errors.of(Exceptions.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        Frame caller = ts.frame;
        frame.back = caller;
        frame.generator = this;
        ts.frame = frame;
        try {
            int c = frame.code.body.exec(frame);
            while (c == StmtNode.SUSPEND && frame.retval == ThreadState.BOUNCE) {
                sent = PyNone.NONE;
                c = frame.code.body.exec(frame);
            }
            if (c == StmtNode.SUSPEND) {
                PyObject y = frame.retval;
                frame.retval = null;
                if (frame.code.suspendsInCleanup) {
                    GeneratorFinaliser.suspended(this);
                }
                return y;
            }
            finished = true;
            returnValue = c == StmtNode.RETURN ? frame.retval : PyNone.NONE;
            frame.retval = null;
            return null;
        } catch (PyException e) {
            finished = true;
            e.value.addTraceback(frame);
            boolean stopIteration = e.matches(Exceptions.STOP_ITERATION);
            if (stopIteration || kind == Code.Kind.ASYNC_GENERATOR && e.matches(Exceptions.STOP_ASYNC_ITERATION)) {
                PyBaseException re = Exceptions.make(Exceptions.RUNTIME_ERROR, what() + " raised " + e.type().name);
                re.cause = e.value;
                re.context = e.value;
                re.suppressContext = true;
                throw new PyException(re);
            }
            throw e;
        } finally {
            ts.frame = caller;
            ts.depth--;
            // a suspended frame reaches neither its caller nor its generator (see GeneratorFinaliser)
            frame.back = null;
            frame.generator = null;
            if (finished && finaliser != null) {
                finaliser.forget();
            }
        }
    }

    /** Starts delegating to {@code target}; returns its first yielded value or null if it finished at once. */
    public PyObject startDelegation(PyObject target) {
        delegate = target;
        PyObject r;
        try {
            r = delegateStep(PyNone.NONE, null);
        } catch (PyException e) {
            delegate = null;
            throw e;
        }
        if (r == null) {
            delegate = null;
        }
        return r;
    }

    /** The result of a delegation that finished inside {@link #startDelegation}. */
    public PyObject takeDelegateResult() {
        PyObject r = delegateResult;
        delegateResult = null;
        return r == null ? PyNone.NONE : r;
    }

    private PyObject delegateStep(PyObject value, PyException exc) {
        PyObject d = delegate;
        if (d instanceof PyGenerator g) {
            PyObject r;
            if (exc != null && exc.matches(Exceptions.GENERATOR_EXIT)) {
                g.close();
                throw exc;
            }
            r = g.resume(value, exc);
            if (r == null) {
                delegateResult = g.returnValue;
            }
            return r;
        }
        try {
            if (exc != null) {
                if (exc.matches(Exceptions.GENERATOR_EXIT)) {
                    PyObject close = d.lookupAttr("close");
                    if (close != null) {
                        close.call();
                    }
                    throw exc;
                }
                PyObject t = d.lookupAttr("throw");
                if (t == null) {
                    throw exc;
                }
                return t.call(exc.value);
            }
            if (value == PyNone.NONE || value == null) {
                PyObject r = d.next();
                if (r == null) {
                    delegateResult = d instanceof DelegationResult dr ? dr.result() : PyNone.NONE;
                }
                return r;
            }
            return Ops.callMethod(d, "send", value);
        } catch (PyException e) {
            if (e.matches(Exceptions.STOP_ITERATION)) {
                PyObject[] a = e.value.args.items;
                delegateResult = a.length > 0 ? a[0] : PyNone.NONE;
                return null;
            }
            throw e;
        }
    }

    /** An iterator that can tell what it finished with (like StopIteration.value). */
    public interface DelegationResult {
        PyObject result();
    }

    // ---- the public protocol ---------------------------------------------------------------

    @Override
    public PyObject iter() {
        if (kind == Code.Kind.COROUTINE) {
            return super.iter();
        }
        return this;
    }

    @Override
    public PyObject next() {
        if (kind == Code.Kind.COROUTINE) {
            return super.next();
        }
        return resume(PyNone.NONE, null);
    }

    public PyObject send(PyObject value) {
        PyObject r = resume(value, null);
        if (r == null) {
            throw Errors.stopIteration(returnValue);
        }
        return r;
    }

    public PyObject throwException(PyBaseException e) {
        PyObject r = resume(null, new PyException(e));
        if (r == null) {
            throw Errors.stopIteration(returnValue);
        }
        return r;
    }

    public PyObject close() {
        if (finished) {
            return PyNone.NONE;
        }
        if (!started) {
            onStart();
            finished = true;
            return PyNone.NONE;
        }
        PyObject r;
        try {
            r = resume(null, Errors.of(Exceptions.GENERATOR_EXIT, null));
        } catch (PyException e) {
            if (e.matches(Exceptions.GENERATOR_EXIT) || e.matches(Exceptions.STOP_ITERATION)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (r != null) {
            throw Errors.runtimeError(what() + " ignored GeneratorExit");
        }
        return PyNone.NONE;
    }

    @Override
    public PyStr repr() {
        return new PyStr("<" + what() + " object " + qualname + " at 0x" + Long.toHexString(address()) + ">");
    }

    /** The address reprs show: a stand-in closing a dropped generator shows the original's. */
    long address() {
        int identity = finaliser != null ? finaliser.identity : System.identityHashCode(this);
        return 0x7f0000000000L + (identity & 0xffffffL) * 16;
    }
}
