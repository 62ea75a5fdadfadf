package dev.eddy.interpreter;

import dev.eddy.runtime.CodePosition;
import dev.eddy.runtime.PyBaseException;
import dev.eddy.runtime.PyExceptionGroup;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyType;
import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.TracebackEntry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Formats uncaught exceptions exactly as CPython's default excepthook prints them: chained
 * causes and contexts first, and exception groups in the nested box layout.
 */
public final class Tracebacks {
    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private Tracebacks() {
    }

    /** Where the output goes, how deep inside exception groups we are, which exceptions were shown. */
    private static final class Context {
        final StringBuilder out = new StringBuilder();
        final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        void emit(String text, char margin) {
            String prefix = indent() + (depth > 0 ? margin + " " : "");
            int start = 0;
            while (start < text.length()) {
                int nl = text.indexOf('\n', start);
                int end = nl < 0 ? text.length() : nl + 1;
                out.append(prefix).append(text, start, end);
                start = end;
            }
        }

        void emit(String text) {
            emit(text, '|');
        }
    }

    public static String format(PyBaseException e) {
        Context ctx = new Context();
        format(e, ctx);
        return ctx.out.toString();
    }

    /** An exception without its cause and context chain, as CPython reports an unraisable one. */
    public static String formatAlone(PyBaseException e) {
        Context ctx = new Context();
        ctx.seen.put(e, Boolean.TRUE);
        formatOne(e, ctx);
        return ctx.out.toString();
    }

    private static void format(PyBaseException exc, Context ctx) {
        List<String> messages = new ArrayList<>();
        List<PyBaseException> chain = new ArrayList<>();
        PyBaseException e = exc;
        while (e != null) {
            ctx.seen.put(e, Boolean.TRUE);
            String msg = null;
            PyBaseException next = null;
            if (e.cause != null) {
                msg = CAUSE;
                next = e.cause;
            } else if (e.context != null && !e.suppressContext) {
                msg = CONTEXT;
                next = e.context;
            }
            if (next != null && ctx.seen.containsKey(next)) {
                msg = null;
                next = null;
            }
            messages.add(msg);
            chain.add(e);
            e = next;
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            if (messages.get(k) != null) {
                ctx.emit(messages.get(k));
            }
            formatOne(chain.get(k), ctx);
        }
    }

    private static void formatOne(PyBaseException e, Context ctx) {
        if (!(e instanceof PyExceptionGroup g)) {
            if (e.traceback != null && !e.traceback.isEmpty()) {
                ctx.emit("Traceback (most recent call last):\n");
                ctx.emit(stack(e));
            }
            ctx.emit(exceptionOnlyWithNotes(e));
            return;
        }
        if (ctx.depth > MAX_GROUP_DEPTH) {
            ctx.emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n");
            return;
        }
        boolean topLevel = ctx.depth == 0;
        if (topLevel) {
            ctx.depth++;
        }
        if (e.traceback != null && !e.traceback.isEmpty()) {
            ctx.emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            ctx.emit(stack(e));
        }
        ctx.emit(exceptionOnlyWithNotes(e));
        PyObject[] subs = g.exceptions.items;
        int n = subs.length <= MAX_GROUP_WIDTH ? subs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : Integer.toString(i + 1);
            ctx.out.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title).append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                format((PyBaseException) subs[i], ctx);
            } else {
                int remaining = subs.length - MAX_GROUP_WIDTH;
                ctx.emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && ctx.needClose) {
                ctx.out.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (topLevel) {
            ctx.depth = 0;
        }
    }

    /** Identical entries in a row after which CPython stops printing them and counts instead. */
    private static final int RECURSIVE_CUTOFF = 3;

    private static String stack(PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        List<TracebackEntry> tb = e.traceback;
        TracebackEntry last = null;
        int repeats = 0;
        for (int i = tb.size() - 1; i >= 0; i--) {
            TracebackEntry t = tb.get(i);
            if (last == null || !last.filename().equals(t.filename()) || last.line() != t.line()
                    || !last.function().equals(t.function())) {
                repeatedLines(sb, repeats);
                last = t;
                repeats = 0;
            }
            if (++repeats > RECURSIVE_CUTOFF) {
                continue;
            }
            sb.append("  File \"").append(t.filename()).append("\", line ").append(t.line()).append(", in ").append(t.function()).append('\n');
            // like CPython, no source text for code that did not come from a file (-c, stdin, the REPL)
            String src = t.source() == null || t.filename().startsWith("<") ? null : t.source().line(t.line());
            if (src != null && !src.isBlank()) {
                sb.append("    ").append(src.strip()).append('\n');
                carets(sb, src, t.position());
            }
        }
        repeatedLines(sb, repeats);
        return sb.toString();
    }

    /**
     * CPython 3.11's markers under the source line: {@code ^} under the expression that raised,
     * or {@code ~} under a binary operation's operands and a subscript's object with {@code ^} under
     * the operator or brackets; none when the expression is the whole line.
     */
    static void carets(StringBuilder sb, String line, CodePosition p) {
        if (p == null || p.col() < 0 || p.endCol() < 0 || p.col() > line.length()) {
            return;
        }
        String stripped = line.strip();
        int indent = line.length() - line.stripLeading().length();
        int start = p.col();
        int end;
        int leftEnd = -1;
        int rightStart = -1;
        if (p.line() == p.endLine()) {
            end = Math.min(p.endCol(), line.length());
            String segment = line.substring(start, end);
            int[] anchors = anchors(segment, p);
            if (anchors != null) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
            }
        } else {
            end = line.stripTrailing().length();
        }
        boolean split = leftEnd >= 0 && rightStart - leftEnd > 0;
        if (end - start >= stripped.length() && !split || start < indent) {
            return;
        }
        sb.append("    ").append(" ".repeat(start - indent));
        if (leftEnd >= 0) {
            sb.append("~".repeat(leftEnd)).append("^".repeat(rightStart - leftEnd))
                    .append("~".repeat(Math.max(0, end - start - rightStart)));
        } else {
            sb.append("^".repeat(end - start));
        }
        sb.append('\n');
    }

    /** Where the ~ runs end and start around the ^ run in {@code segment}, as traceback.py finds them; null for none. */
    private static int[] anchors(String segment, CodePosition p) {
        int n = segment.length();
        switch (p.anchor()) {
            case BINARY: {
                int opStart = p.leftEnd() - p.col();
                int opEnd = p.rightStart() - p.col();
                if (opStart < 0 || opEnd > n || opStart > opEnd) {
                    return null;
                }
                String op = segment.substring(opStart, opEnd);
                int opOffset = op.length() - op.stripLeading().length();
                int left = opStart + opOffset;
                int right = left + 1;
                if (opOffset + 1 < op.length() && !Character.isWhitespace(op.charAt(opOffset + 1))) {
                    right++;
                }
                while (left < n && (Character.isWhitespace(segment.charAt(left)) || segment.charAt(left) == ')'
                        || segment.charAt(left) == '#')) {
                    left++;
                    right++;
                }
                return new int[] {left, right};
            }
            case SUBSCRIPT: {
                int left = p.leftEnd() - p.col();
                int right = p.rightStart() - p.col() + 1;
                if (left < 0 || right < 0) {
                    return null;
                }
                while (left < n && segment.charAt(left) != '[') {
                    left++;
                }
                while (right < n && segment.charAt(right) != ']') {
                    right++;
                }
                if (right < n) {
                    right++;
                }
                return new int[] {left, right};
            }
            default:
                return null;
        }
    }

    /** CPython's "[Previous line repeated N more times]" for a run of identical entries. */
    private static void repeatedLines(StringBuilder sb, int repeats) {
        if (repeats > RECURSIVE_CUTOFF) {
            int more = repeats - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    private static String exceptionOnlyWithNotes(PyBaseException e) {
        dev.eddy.parser.SyntaxErrorException located = syntaxErrorOf(e);
        StringBuilder sb = located != null ? new StringBuilder(located.format())
                : new StringBuilder(exceptionOnly(e)).append(Suggestions.forException(e)).append('\n');
        if (e.notes != null) {
            for (int i = 0; i < e.notes.size; i++) {
                sb.append(e.notes.items[i].str().value).append('\n');
            }
        }
        return sb.toString();
    }

    /** A SyntaxError raised with its place (by an import): CPython prints the file, the line and a caret. */
    private static dev.eddy.parser.SyntaxErrorException syntaxErrorOf(PyBaseException e) {
        PyType t = e.type();
        if (!t.isSubtypeOf(Exceptions.SYNTAX_ERROR) || !t.module.equals("builtins")) {
            return null;
        }
        PyObject[] a = e.args.items;
        if (a.length != 2 || !(a[1] instanceof dev.eddy.runtime.PyTuple d) || d.items.length < 4
                || !(d.items[0] instanceof PyStr file) || !(d.items[1] instanceof dev.eddy.runtime.PyInt line)) {
            return null;
        }
        int offset = d.items[2] instanceof dev.eddy.runtime.PyInt o ? (int) o.value : 0;
        String text = d.items[3] instanceof PyStr s ? s.value : null;
        int endLine = d.items.length > 4 && d.items[4] instanceof dev.eddy.runtime.PyInt el ? (int) el.value : (int) line.value;
        int endOffset = d.items.length > 5 && d.items[5] instanceof dev.eddy.runtime.PyInt eo ? (int) eo.value : 0;
        return new dev.eddy.parser.SyntaxErrorException(t.name, a[0].str().value, file.value, (int) line.value, offset, text, endLine, endOffset);
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
