package dev.eddy.runtime;

/** Describes where the running Python code is, for warnings and debug-mode origins. */
public final class CallSite {
    private CallSite() {
    }

    /** The calling thread's innermost running frame (may be null): {@link ThreadState#frame}. */
    public static Frame current() {
        return ThreadState.current().frame;
    }

    /** The running frames as traceback lines, outermost first. */
    public static String describe() {
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (Frame f = current(); f != null; f = f.back) {
            String line = f.code.source.line(f.line);
            out.addFirst("  File \"" + f.code.filename() + "\", line " + f.line + ", in " + f.code.name + "\n"
                    + (line == null ? "" : "    " + line.strip() + "\n"));
        }
        return String.join("", out);
    }
}
