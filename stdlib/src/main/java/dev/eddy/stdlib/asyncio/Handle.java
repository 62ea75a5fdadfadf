package dev.eddy.stdlib.asyncio;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.ThreadState;
import dev.eddy.runtime.TracebackEntry;
import java.util.List;

/**
 * A callback scheduled on the event loop (asyncio.Handle): what call_soon returns and what
 * the ready queue holds. Callbacks the loop itself makes (a task's next step, its wake-up
 * on a future) are {@link LoopCallback}s and run without a Python call.
 */
public class Handle extends PyObject {
    public static final PyType TYPE = PyType.builtin("Handle", PyType.OBJECT, null);

    static {
        TYPE.module = "asyncio.events";
        TYPE.def("cancel", (a, kw) -> {
            Args.checkMethod("cancel", a, kw, 0, 0);
            SelfCheck.of(a[0], Handle.class, "Handle").cancel();
            return PyNone.NONE;
        });
        TYPE.def("cancelled", (a, kw) -> PyBool.of(SelfCheck.of(a[0], Handle.class, "Handle").cancelled));
        TYPE.def("get_context", (a, kw) -> {
            Handle h = SelfCheck.of(a[0], Handle.class, "Handle");
            return h.context == null ? dev.eddy.stdlib.contextvars.PyContext.copyCurrent() : h.context;
        });
        TYPE.def("_run", (a, kw) -> {
            SelfCheck.of(a[0], Handle.class, "Handle").run();
            return PyNone.NONE;
        });
        TYPE.def("__repr__", (a, kw) -> new PyStr(SelfCheck.of(a[0], Handle.class, "Handle").reprText()));
    }

    /** A callback implemented in Java: invoked directly by {@link #run}. */
    interface LoopCallback {
        void invoke(PyObject[] args);
    }

    PyObject callback;
    PyObject[] args;
    final EventLoop loop;
    boolean cancelled;
    private String reprCache;
    /** Where the handle was made, in debug mode (outermost first), else null. */
    List<TracebackEntry> sourceTraceback;

    /** The contextvars context the callback runs in (a copy of the one current when it was made), or null. */
    PyObject context;

    Handle(PyObject callback, PyObject[] args, EventLoop loop) {
        this.callback = callback;
        this.args = args;
        this.loop = loop;
        this.context = dev.eddy.stdlib.contextvars.PyContext.captureCurrent();
        if (loop.debug) {
            sourceTraceback = Formatting.extractStack();
            if (sourceTraceback.isEmpty()) {
                sourceTraceback = null;
            }
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void cancel() {
        if (!cancelled) {
            cancelled = true;
            if (loop.debug) {
                // keep the callback's description for "Executing <Handle ...> took" reports
                reprCache = reprText();
            }
            callback = null;
            args = null;
        }
    }

    /** Runs the callback; exceptions other than SystemExit/KeyboardInterrupt go to the loop's handler. */
    final void run() {
        PyObject cb = callback;
        dev.eddy.runtime.ThreadState ts = dev.eddy.runtime.ThreadState.current();
        PyObject savedContext = ts.context;
        ts.context = context;
        try {
            runIn(cb);
        } finally {
            ts.context = savedContext;
        }
    }

    private void runIn(PyObject cb) {
        try {
            if (cb instanceof LoopCallback lc) {
                lc.invoke(args);
            } else {
                cb.call(args, null);
            }
        } catch (PyException e) {
            PyBaseException exc = e.value;
            if (AsyncioErrors.isExit(exc)) {
                throw e;
            }
            PyDict context = new PyDict();
            context.put("message", new PyStr("Exception in callback " + Formatting.callbackSource(cb, args)));
            context.put("exception", exc);
            context.put("handle", this);
            if (sourceTraceback != null) {
                context.put("source_traceback", EventLoop.stackObject(sourceTraceback));
            }
            dev.eddy.runtime.ThreadState tstate = dev.eddy.runtime.ThreadState.current();
            PyBaseException prev = tstate.handled;
            tstate.handled = exc;
            try {
                loop.callExceptionHandler(context);
            } finally {
                tstate.handled = prev;
            }
        }
    }

    String reprText() {
        if (reprCache != null) {
            return reprCache;
        }
        StringBuilder sb = new StringBuilder("<").append(type().name);
        if (cancelled) {
            sb.append(" cancelled");
        }
        extraInfo(sb);
        if (callback != null) {
            sb.append(' ').append(Formatting.callbackSource(callback, args));
        }
        if (sourceTraceback != null) {
            sb.append(' ').append(Formatting.createdAt(sourceTraceback));
        }
        return sb.append('>').toString();
    }

    /** TimerHandle adds "when=...". */
    void extraInfo(StringBuilder sb) {
    }

    @Override
    public PyStr repr() {
        return new PyStr(reprText());
    }
}
