package dev.eddy.stdlib.asyncio;

import dev.eddy.builtins.StdStreams;
import dev.eddy.interpreter.Tracebacks;
import dev.eddy.runtime.CallSite;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyCoroutine;
import dev.eddy.runtime.PyDict;
import dev.eddy.runtime.PyException;
import dev.eddy.runtime.PyFunction;
import dev.eddy.runtime.PyGenerator;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyList;
import dev.eddy.runtime.PyMethod;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PySet;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.TracebackEntry;
import dev.eddy.stdlib.PyPartial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text asyncio shows about its objects: callbacks as CPython's format_helpers shows
 * them, reprlib's abbreviated reprs, coroutine descriptions, debug-mode creation stacks,
 * and the asyncio logger's output (the logging module's last-resort handler: the bare
 * message on stderr).
 */
final class Formatting {
    private Formatting() {
    }

    // ---- callbacks ---------------------------------------------------------------------------

    /** format_helpers._format_callback_source: "name(args) at file:line". */
    static String callbackSource(PyObject func, PyObject[] args) {
        String s = callback(func, args, null, "");
        String src = functionSource(func);
        return src == null ? s : s + " at " + src;
    }

    private static String functionSource(PyObject func) {
        if (func instanceof PyFunction f) {
            return f.code.filename() + ":" + f.code.firstLine;
        }
        if (func instanceof PyPartial p) {
            return functionSource(p.func);
        }
        return null;
    }

    private static String callback(PyObject func, PyObject[] args, Map<String, PyObject> kwargs, String suffix) {
        if (func instanceof PyPartial p) {
            suffix = argsAndKwargs(args, kwargs) + suffix;
            return callback(p.func, p.args, p.keywords, suffix);
        }
        String name = null;
        try {
            PyObject q = func.lookupAttr("__qualname__");
            if (q instanceof PyStr s && !s.value.isEmpty()) {
                name = s.value;
            } else {
                PyObject n = func.lookupAttr("__name__");
                if (n instanceof PyStr s2 && !s2.value.isEmpty()) {
                    name = s2.value;
                }
            }
        } catch (PyException e) {
            name = null;
        }
        if (name == null) {
            name = func.repr().value;
        }
        return name + argsAndKwargs(args, kwargs) + suffix;
    }

    private static String argsAndKwargs(PyObject[] args, Map<String, PyObject> kwargs) {
        StringBuilder sb = new StringBuilder("(");
        boolean first = true;
        if (args != null) {
            for (PyObject a : args) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(shortRepr(a));
            }
        }
        if (kwargs != null) {
            for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(e.getKey()).append('=').append(shortRepr(e.getValue()));
            }
        }
        return sb.append(')').toString();
    }

    /** The name CPython's Future repr gives a done callback: "f() at file:line". */
    static String callbackName(PyObject cb) {
        return callbackSource(cb, null);
    }

    // ---- reprlib -----------------------------------------------------------------------------

    /** reprlib.repr: reprs abbreviated to a readable length. */
    static String shortRepr(PyObject o) {
        return shortRepr(o, 6);
    }

    private static String shortRepr(PyObject o, int level) {
        if (o instanceof PyStr s) {
            String v = s.value;
            int n = v.codePointCount(0, v.length());
            String r = PyStr.repr(n > 30 ? v.substring(0, v.offsetByCodePoints(0, 30)) : v);
            if (r.length() > 30) {
                int i = (30 - 3) / 2;
                int j = 30 - 3 - i;
                String cut = v.substring(0, v.offsetByCodePoints(0, Math.min(i, n)))
                        + v.substring(v.offsetByCodePoints(0, Math.max(0, n - j)));
                r = PyStr.repr(cut);
                r = r.substring(0, i) + "..." + r.substring(r.length() - j);
            }
            return r;
        }
        if (o instanceof PyInt) {
            return abbreviate(o.repr().value, 40);
        }
        if (o instanceof PyList l) {
            return sequence(l.items, l.size, "[", "]", 6, level);
        }
        if (o instanceof PyTuple t) {
            if (t.items.length == 1) {
                return sequence(t.items, 1, "(", ",)", 6, level);
            }
            return sequence(t.items, t.items.length, "(", ")", 6, level);
        }
        if (o instanceof PyDict d) {
            if (d.size() == 0) {
                return "{}";
            }
            if (level <= 0) {
                return "{...}";
            }
            StringBuilder sb = new StringBuilder("{");
            int k = 0;
            for (Map.Entry<PyObject, PyObject> e : d.map.entrySet()) {
                if (k == 4) {
                    sb.append(", ...");
                    break;
                }
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(shortRepr(e.getKey(), level - 1)).append(": ").append(shortRepr(e.getValue(), level - 1));
                k++;
            }
            return sb.append('}').toString();
        }
        if (o instanceof PySet s && !s.frozen) {
            if (s.set.isEmpty()) {
                return "set()";
            }
            return sequence(s.set.toArray(new PyObject[0]), s.set.size(), "{", "}", 6, level);
        }
        String r;
        try {
            r = o.repr().value;
        } catch (PyException e) {
            r = "<" + o.type().name + " instance>";
        }
        return abbreviate(r, 30);
    }

    private static String sequence(PyObject[] items, int n, String left, String right, int max, int level) {
        if (n == 0) {
            return left.equals("(") ? "()" : left + right;
        }
        if (level <= 0) {
            return left + "..." + right;
        }
        StringBuilder sb = new StringBuilder(left);
        for (int i = 0; i < Math.min(n, max); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shortRepr(items[i], level - 1));
        }
        if (n > max) {
            sb.append(", ...");
        }
        return sb.append(right).toString();
    }

    private static String abbreviate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int i = Math.max(0, (max - 3) / 2);
        int j = Math.max(0, max - 3 - i);
        return s.substring(0, i) + "..." + s.substring(s.length() - j);
    }

    // ---- coroutines --------------------------------------------------------------------------

    /** coroutines._format_coroutine: "main() running at x.py:5" or "f() done, defined at x.py:2". */
    static String coroutine(PyObject coro) {
        String name;
        if (coro instanceof PyGenerator g) {
            name = g.qualname + "()";
            Frame f = g.frame;
            String file = f.code.filename();
            if (!g.isFinished()) {
                int line = g.isStarted() ? f.line : f.code.firstLine;
                return name + " running at " + file + ":" + line;
            }
            return name + " done, defined at " + file + ":" + f.code.firstLine;
        }
        if (coro instanceof NativeCoroutine n) {
            return n.qualname() + "()" + (n.finished ? "" : " running");
        }
        PyObject q = coro.lookupAttr("__qualname__");
        if (q == null) {
            q = coro.lookupAttr("__name__");
        }
        name = q instanceof PyStr s && !s.value.isEmpty() ? s.value + "()" : "<" + coro.type().name + " without __name__>()";
        return name;
    }

    // ---- debug-mode creation stacks ----------------------------------------------------------

    /** The running Python frames, outermost first (format_helpers.extract_stack). */
    static List<TracebackEntry> extractStack() {
        ArrayList<TracebackEntry> out = new ArrayList<>();
        for (Frame f = CallSite.current(); f != null && out.size() < 10; f = f.back) {
            out.add(new TracebackEntry(f.code.filename(), f.line, f.code.name, f.code.source));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    static String createdAt(List<TracebackEntry> stack) {
        TracebackEntry last = stack.get(stack.size() - 1);
        return "created at " + last.filename() + ":" + last.line();
    }

    /** traceback.format_list: the "  File ..., line N, in f\n    source\n" lines. */
    static String formatStack(List<TracebackEntry> stack) {
        StringBuilder sb = new StringBuilder();
        for (TracebackEntry t : stack) {
            sb.append("  File \"").append(t.filename()).append("\", line ").append(t.line()).append(", in ").append(t.function()).append('\n');
            String src = t.source() == null ? null : t.source().line(t.line());
            if (src != null && !src.isBlank()) {
                sb.append("    ").append(src.strip()).append('\n');
            }
        }
        return sb.toString();
    }

    // ---- the asyncio logger ------------------------------------------------------------------

    /** logger.error(msg, exc_info=exc) with no logging configured: message and traceback on stderr. */
    static void log(String message, PyBaseException exc) {
        StringBuilder sb = new StringBuilder(message).append('\n');
        if (exc != null) {
            sb.append(Tracebacks.format(exc));
        }
        writeStderr(sb.toString());
    }

    static void writeStderr(String s) {
        try {
            StdStreams.flushQuietly(StdStreams.stdout());
        } catch (RuntimeException e) {
            // a broken stdout must not hide the report
        }
        try {
            PyObject err = StdStreams.stderr();
            Ops.callMethod(err, "write", new PyStr(s));
            StdStreams.flushQuietly(err);
        } catch (RuntimeException e) {
            System.err.print(s);
            System.err.flush();
        }
    }

    /** Whether {@code o} is a coroutine asyncio will drive (asyncio.iscoroutine). */
    static boolean isCoroutine(PyObject o) {
        if (o instanceof PyCoroutine || o instanceof NativeCoroutine) {
            return true;
        }
        if (o instanceof PyGenerator g) {
            return g.type() == PyGenerator.GENERATOR_TYPE || g.isCoroutine();
        }
        if (o instanceof PyMethod || o instanceof PyBytes) {
            return false;
        }
        // collections.abc.Coroutine: send, throw, close and __await__
        return o.type().lookup("send") != null && o.type().lookup("throw") != null
                && o.type().lookup("close") != null && o.type().lookup("__await__") != null;
    }
}
