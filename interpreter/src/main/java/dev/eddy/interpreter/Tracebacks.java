package dev.eddy.interpreter;

import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.TracebackEntry;
import java.util.IdentityHashMap;
import java.util.List;

/** Formats uncaught exceptions exactly as CPython's default excepthook prints them. */
public final class Tracebacks {
    private Tracebacks() {
    }

    public static String format(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        format(e, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void format(PyBaseException e, StringBuilder sb, IdentityHashMap<PyBaseException, Boolean> seen) {
        seen.put(e, Boolean.TRUE);
        if (e.cause != null && !seen.containsKey(e.cause)) {
            format(e.cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
            format(e.context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<TracebackEntry> tb = e.traceback;
        if (tb != null && !tb.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (int i = tb.size() - 1; i >= 0; i--) {
                TracebackEntry t = tb.get(i);
                sb.append("  File \"").append(t.filename()).append("\", line ").append(t.line()).append(", in ").append(t.function()).append('\n');
                String src = t.source() == null ? null : t.source().line(t.line());
                if (src != null && !src.isBlank()) {
                    sb.append("    ").append(src.strip()).append('\n');
                }
            }
        }
        sb.append(exceptionOnly(e)).append('\n');
        if (e.notes != null) {
            for (int i = 0; i < e.notes.size; i++) {
                PyObject n = e.notes.items[i];
                sb.append(n.str().value).append('\n');
            }
        }
    }

    /** "Type: message", with the module prefix CPython shows for classes outside __main__ and builtins. */
    public static String exceptionOnly(PyBaseException e) {
        PyType t = e.type();
        String name = t.qualname;
        if (!t.module.equals("builtins") && !t.module.equals("__main__")) {
            name = t.module + "." + name;
        }
        String msg;
        try {
            msg = e.str().value;
        } catch (RuntimeException ex) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
