package dev.eddy.runtime;


/**
 * A coroutine object made by calling an async def function. Coroutines that are never
 * started are remembered so the "was never awaited" RuntimeWarning can be reported, at the
 * latest when the program ends.
 */
public class PyCoroutine extends PyGenerator {
    /**
     * Coroutines created and not yet started, as an intrusive doubly-linked list: linking and
     * unlinking cost a few field writes (a hash set here cost 15% of task-heavy programs).
     * The head is {@link InterpreterState#unstartedHead}.
     */
    private PyCoroutine prevUnstarted;
    private PyCoroutine nextUnstarted;
    private boolean listed;

    static {
        COROUTINE_TYPE.def("__await__", (a, kw) -> new Wrapper((PyCoroutine) a[0]));
    }

    /** Where the coroutine was created, when origin tracking (asyncio debug mode) is on. */
    public String origin;
    /** Where the creating frame was, for the never-awaited warning (text looked up only if it is needed). */
    private Code createdCode;
    public int createdLine;

    public String createdFile() {
        return createdCode == null ? null : createdCode.filename();
    }

    public String createdSource() {
        return createdCode == null ? null : createdCode.source.line(createdLine);
    }

    public PyCoroutine(Frame frame, PyFunction function) {
        super(frame, function);
        ThreadState ts = ThreadState.current();
        InterpreterState interp = ts.interp;
        link(interp);
        if (!interp.unstartedHookRegistered) {
            interp.unstartedHookRegistered = true;
            Shutdown.register(PyCoroutine::reportUnstarted);
        }
        Frame creator = ts.frame;
        if (creator != null) {
            createdCode = creator.code;
            createdLine = creator.line;
        }
        if (interp.trackOrigin) {
            origin = CallSite.describe();
        }
    }

    private void link(InterpreterState interp) {
        listed = true;
        nextUnstarted = interp.unstartedHead;
        if (interp.unstartedHead != null) {
            interp.unstartedHead.prevUnstarted = this;
        }
        interp.unstartedHead = this;
    }

    @Override
    protected void onStart() {
        if (!listed) {
            return;
        }
        listed = false;
        if (prevUnstarted != null) {
            prevUnstarted.nextUnstarted = nextUnstarted;
        } else {
            InterpreterState.current().unstartedHead = nextUnstarted;
        }
        if (nextUnstarted != null) {
            nextUnstarted.prevUnstarted = prevUnstarted;
        }
        prevUnstarted = null;
        nextUnstarted = null;
    }

    private static void reportUnstarted() {
        InterpreterState interp = InterpreterState.current();
        interp.unstartedHookRegistered = false;
        java.util.ArrayList<PyCoroutine> pending = new java.util.ArrayList<>();
        for (PyCoroutine c = interp.unstartedHead; c != null; c = c.nextUnstarted) {
            pending.add(c);
        }
        interp.unstartedHead = null;
        java.util.function.Consumer<PyCoroutine> neverAwaitedReporter = interp.neverAwaitedReporter;
        java.util.Collections.reverse(pending);
        for (PyCoroutine c : pending) {
            c.listed = false;
            if (neverAwaitedReporter != null) {
                neverAwaitedReporter.accept(c);
            }
        }
    }

    @Override
    public PyObject lookupAttr(String name) {
        switch (name) {
            case "__name__": return new PyStr(this.name);
            case "__qualname__": return new PyStr(qualname);
            case "cr_running": return PyBool.of(isRunning());
            case "cr_await": return delegate == null ? PyNone.NONE : delegate;
            case "cr_frame": return isFinished() ? PyNone.NONE : PyBool.TRUE;
            case "cr_code": return new PyStr(function.code.name);
            default: return super.lookupAttr(name);
        }
    }

    /** What coro.__await__() returns: an iterator that drives the coroutine. */
    public static final class Wrapper extends PyIterator implements DelegationResult {
        final PyCoroutine coro;
        PyObject result = PyNone.NONE;

        Wrapper(PyCoroutine coro) {
            this.coro = coro;
        }

        @Override
        public PyObject next() {
            PyObject r = coro.resume(PyNone.NONE, null);
            if (r == null) {
                result = coro.returnValue;
            }
            return r;
        }

        @Override
        public PyObject result() {
            return result;
        }

        @Override
        public PyObject lookupAttr(String name) {
            switch (name) {
                case "send":
                    return new PyBuiltinFunction("send", (a, kw) -> coro.send(a[0]));
                case "throw":
                    return new PyBuiltinFunction("throw", (a, kw) -> coro.throwException(Exceptions.fromRaised(a[0])));
                case "close":
                    return new PyBuiltinFunction("close", (a, kw) -> coro.close());
                default:
                    return super.lookupAttr(name);
            }
        }
    }
}
