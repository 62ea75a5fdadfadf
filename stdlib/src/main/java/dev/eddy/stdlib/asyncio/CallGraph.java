package dev.eddy.stdlib.asyncio;

import dev.eddy.builtins.Kw;
import dev.eddy.runtime.CallSite;
import dev.eddy.runtime.Errors;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.IdentityIds;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyFrame;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * asyncio's call graphs (CPython 3.14's asyncio.graph): capture_call_graph, format_call_graph
 * and print_call_graph. A graph is a FutureCallGraph(future, call_stack, awaited_by): the
 * frames of a task's coroutine chain, innermost first, and the graphs of the futures that
 * await it (a task awaiting it, a gather, a TaskGroup's parent task). The result classes are
 * defined in asyncio.py; the walking and the text are here.
 */
final class CallGraph {
    private CallGraph() {
    }

    private static PyModule module() {
        return AsyncioState.get().module;
    }

    /** The limit argument: null for None, else an int. */
    private static Integer limitArg(PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        return (int) Ops.index(o, null).longValueExact();
    }

    private static int depthArg(PyObject o) {
        return o == null ? 1 : (int) Ops.index(o, null).longValueExact();
    }

    private static PyObject entry(Frame f) {
        return module().get("FrameCallGraphEntry").call(new PyFrame(f));
    }

    private static PyObject graph(PyObject future, List<PyObject> stack, List<PyObject> awaitedBy) {
        return module().get("FutureCallGraph").call(future, PyTuple.of(stack.toArray(new PyObject[0])),
                PyTuple.of(awaitedBy.toArray(new PyObject[0])));
    }

    private static PyFuture checkFuture(PyObject future) {
        if (future instanceof PyFuture f) {
            return f;
        }
        throw Errors.typeError(future.repr().value + " object does not appear to be compatible with asyncio.Future");
    }

    /** The graph of a future other than the running task: its coroutine chain, outermost first until reversed. */
    private static PyObject buildForFuture(PyObject future, Integer limit) {
        PyFuture f = checkFuture(future);
        List<PyObject> stack = new ArrayList<>();
        if (f instanceof PyTask t && (limit == null || limit != 0)) {
            PyObject c = t.coro;
            for (int guard = 0; c instanceof PyGenerator g && g.isCoroutine() && !g.isFinished() && guard < 10000; guard++) {
                stack.add(entry(g.frame));
                c = g.delegate;
            }
        }
        List<PyObject> awaitedBy = new ArrayList<>();
        for (PyObject parent : f.awaiters()) {
            awaitedBy.add(buildForFuture(parent, limit));
        }
        if (limit != null) {
            if (limit > 0 && stack.size() > limit) {
                stack = new ArrayList<>(stack.subList(0, limit));
            } else if (limit < 0 && stack.size() > -limit) {
                stack = new ArrayList<>(stack.subList(stack.size() + limit, stack.size()));
            }
        }
        Collections.reverse(stack);
        return graph(future, stack, awaitedBy);
    }

    /** capture_call_graph(future=None, /, *, depth=1, limit=None). */
    static PyObject capture(PyObject future, int depth, Integer limit) {
        EventLoop loop = EventLoop.running();
        if (future != null && future != PyNone.NONE) {
            if (loop == null || future != loop.currentTask()) {
                return buildForFuture(future, limit);
            }
        } else {
            if (loop == null) {
                throw Errors.runtimeError("capture_call_graph() is called outside of a running event loop and no *future* to introspect was provided");
            }
            future = loop.currentTask();
        }
        if (future == null) {
            return PyNone.NONE;
        }
        PyFuture fut = checkFuture(future);
        List<PyObject> stack = new ArrayList<>();
        // depth counts from the function that called capture_call_graph (depth 1), as sys._getframe(depth) in it would
        Frame f = limit != null && limit == 0 ? null : PyFrame.at(CallSite.current(), Math.max(0, depth - 1)).frame;
        while (f != null) {
            stack.add(entry(f));
            if (f.generator != null && f.back != null && f.back.generator == null) {
                break;
            }
            f = f.back;
        }
        List<PyObject> awaitedBy = new ArrayList<>();
        for (PyObject parent : fut.awaiters()) {
            awaitedBy.add(buildForFuture(parent, limit));
        }
        if (limit != null) {
            int l = -limit;
            if (l > 0 && stack.size() > l) {
                stack = new ArrayList<>(stack.subList(0, l));
            } else if (l < 0 && stack.size() > -l) {
                stack = new ArrayList<>(stack.subList(stack.size() + l, stack.size()));
            }
        }
        return graph(future, stack, awaitedBy);
    }

    /** format_call_graph: the graph as indented text ("" when there is no current task). */
    static String format(PyObject future, int depth, Integer limit) {
        PyObject g = capture(future, depth, limit);
        if (g == PyNone.NONE) {
            return "";
        }
        List<String> buf = new ArrayList<>();
        render(g, buf, 0);
        return String.join("\n", buf);
    }

    private static void render(PyObject st, List<String> buf, int level) {
        String indent = "    ".repeat(level);
        PyObject fut = st.getAttr("future");
        String id = "0x" + Long.toHexString(IdentityIds.of(fut));
        if (Ops.isInstance(fut, PyTask.TYPE)) {
            PyObject name = fut instanceof PyTask t && !t.type.heapType ? t.name() : Ops.callMethod(fut, "get_name");
            buf.add(indent + "* Task(name=" + name.repr().value + ", id=" + id + ")");
        } else {
            buf.add(indent + "* Future(id=" + id + ")");
        }
        PyObject[] stack = Ops.toArray(st.getAttr("call_stack"));
        if (stack.length > 0) {
            buf.add(indent + "  + Call stack:");
            for (PyObject ste : stack) {
                PyObject frame = ste.getAttr("frame");
                buf.add(indent + "  |   " + frameLine(frame));
            }
        }
        PyObject[] awaitedBy = Ops.toArray(st.getAttr("awaited_by"));
        if (awaitedBy.length > 0) {
            buf.add(indent + "  + Awaited by:");
            for (PyObject p : awaitedBy) {
                render(p, buf, level + 1);
            }
        }
    }

    private static String frameLine(PyObject frame) {
        if (!(frame instanceof PyFrame pf)) {
            PyObject code = frame.getAttr("f_code");
            return "File " + code.getAttr("co_filename").repr().value + ", line " + frame.getAttr("f_lineno").repr().value
                    + ", in " + code.getAttr("co_qualname").str().value + "()";
        }
        Frame f = pf.frame;
        String head = "File " + new PyStr(f.code.filename()).repr().value + ", line " + f.line + ", in ";
        // by the code's kind: a suspended frame keeps no link to the generator that runs it
        String tag = switch (f.code.kind) {
            case COROUTINE -> "async ";
            case ASYNC_GENERATOR -> "async generator ";
            case GENERATOR -> "generator ";
            default -> "";
        };
        return head + tag + f.code.qualname + "()";
    }

    static void define(PyModule m) {
        m.set("capture_call_graph", new dev.eddy.runtime.PyBuiltinFunction("capture_call_graph", (a, kw) -> {
            PyObject[] k = Kw.only("capture_call_graph", a, kw, "depth", "limit");
            int npos = Kw.npos(a, kw);
            if (npos > 1) {
                throw Errors.typeError("capture_call_graph() takes from 0 to 1 positional arguments but " + npos + " were given");
            }
            return capture(npos == 0 ? null : a[0], depthArg(k[0]), limitArg(k[1]));
        }));
        m.set("format_call_graph", new dev.eddy.runtime.PyBuiltinFunction("format_call_graph", (a, kw) -> {
            PyObject[] k = Kw.only("format_call_graph", a, kw, "depth", "limit");
            int npos = Kw.npos(a, kw);
            if (npos > 1) {
                throw Errors.typeError("format_call_graph() takes from 0 to 1 positional arguments but " + npos + " were given");
            }
            return new PyStr(format(npos == 0 ? null : a[0], depthArg(k[0]), limitArg(k[1])));
        }));
        m.set("print_call_graph", new dev.eddy.runtime.PyBuiltinFunction("print_call_graph", (a, kw) -> {
            PyObject[] k = Kw.only("print_call_graph", a, kw, "file", "depth", "limit");
            int npos = Kw.npos(a, kw);
            if (npos > 1) {
                throw Errors.typeError("print_call_graph() takes from 0 to 1 positional arguments but " + npos + " were given");
            }
            String text = format(npos == 0 ? null : a[0], depthArg(k[1]), limitArg(k[2]));
            PyObject print = dev.eddy.runtime.Importer.current().importModule("builtins").getAttr("print");
            if (k[0] != null && k[0] != PyNone.NONE) {
                print.call(new PyObject[] {new PyStr(text), k[0]}, new String[] {"file"});
            } else {
                print.call(new PyStr(text));
            }
            return PyNone.NONE;
        }));
    }

}
