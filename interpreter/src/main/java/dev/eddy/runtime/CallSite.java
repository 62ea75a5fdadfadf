package dev.eddy.runtime;

/** Describes where the running Python code is, for warnings and debug-mode origins. */
public final class CallSite {
    private CallSite() {
    }

    /** The innermost running frame, maintained by calls that want to be reported (may be null). */
    public static Frame current;

    /** The running frames as traceback lines, outermost first. */
    public static String describe() {
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (Frame f = current; f != null; f = f.back) {
            String line = f.code.source.line(f.line);
            out.addFirst("  File \"" + f.code.filename() + "\", line " + f.line + ", in " + f.code.name + "\n"
                    + (line == null ? "" : "    " + line.strip() + "\n"));
        }
        return String.join("", out);
    }
}
