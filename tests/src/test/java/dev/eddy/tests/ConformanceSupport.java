package dev.eddy.tests;

import java.util.ArrayList;
import java.util.List;

/** Pure helpers of the conformance runner (kept apart so they can be unit-tested). */
final class ConformanceSupport {

    /** Lines of context shown before the first differing line. */
    static final int CONTEXT = 3;

    private ConformanceSupport() {}

    /** The last line of {@code text} that is not blank, stripped; "" when there is none. */
    static String lastNonEmptyLine(String text) {
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                return line;
            }
        }
        return "";
    }

    /**
     * The exit code a script must end with: the content of NAME.exit when present, else 1 when
     * NAME.err is present, else 0.
     */
    static int expectedExitCode(String exitFileContent, boolean hasErrFile) {
        if (exitFileContent != null) {
            return Integer.parseInt(exitFileContent.strip());
        }
        return hasErrFile ? 1 : 0;
    }

    /**
     * The command line given to Eddy: each mode of the comma-separated {@code modes} (the
     * {@code eddy.mode} system property; blank for none) as {@code -X mode}, then the script name.
     */
    static String[] argv(String modes, String scriptName) {
        List<String> args = new ArrayList<>();
        if (modes != null) {
            for (String mode : modes.split(",")) {
                if (!mode.isBlank()) {
                    args.add("-X");
                    args.add(mode.strip());
                }
            }
        }
        args.add(scriptName);
        return args.toArray(new String[0]);
    }

    /**
     * A short unified-diff-like description of the first difference between two outputs, or
     * null when they are equal.
     */
    static String firstDifference(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> exp = lines(expected);
        List<String> act = lines(actual);
        int n = 0;
        while (n < exp.size() && n < act.size() && exp.get(n).equals(act.get(n))) {
            n++;
        }
        StringBuilder sb = new StringBuilder();
        if (n == exp.size() && n == act.size()) {
            // same lines: only the final newline differs
            sb.append("outputs differ only in the final newline: expected ")
                    .append(expected.endsWith("\n") ? "one" : "none")
                    .append(", got ")
                    .append(actual.endsWith("\n") ? "one" : "none");
            return sb.toString();
        }
        sb.append("first difference at line ").append(n + 1).append('\n');
        sb.append("--- expected\n+++ actual\n");
        sb.append("@@ -").append(n + 1).append(" +").append(n + 1).append(" @@\n");
        for (int i = Math.max(0, n - CONTEXT); i < n; i++) {
            sb.append("  ").append(exp.get(i)).append('\n');
        }
        sb.append(n < exp.size() ? "- " + exp.get(n) : "- <end of output>").append('\n');
        sb.append(n < act.size() ? "+ " + act.get(n) : "+ <end of output>").append('\n');
        sb.append("(expected ").append(exp.size()).append(" lines, got ").append(act.size()).append(')');
        return sb.toString();
    }

    /** The lines of {@code text}; a final newline does not open an extra empty line. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The last {@code count} lines of {@code text}, for failure reports. */
    static String tail(String text, int count) {
        List<String> all = lines(text);
        return String.join("\n", all.subList(Math.max(0, all.size() - count), all.size()));
    }
}
