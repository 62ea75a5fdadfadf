package dev.eddy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.eddy.runtime.Flags;

/**
 * The interpreter's settings from a command line and the PYTHON* environment variables, combined
 * as CPython combines them: an option and its variable both count (numeric ones take the larger),
 * {@code -E} and {@code -I} make the variables count for nothing, {@code -I} implies {@code -s}
 * and {@code -P}.
 */
final class Settings {

    private Settings() {
    }

    /** A setting CPython refuses before it starts ("Fatal Python error"); exits with status 1. */
    static final class FatalError extends Exception {
        /** CPython's "Python runtime state" line: how far start-up got. */
        final String runtimeState;

        FatalError(String message, String runtimeState) {
            super(message, null, false, false);
            this.runtimeState = runtimeState;
        }
    }

    static Flags of(Invocation inv, Map<String, String> env) throws FatalError {
        boolean ignoreEnv = inv.ignoreEnvironment || inv.isolated;
        Map<String, String> vars = ignoreEnv ? Map.of() : env;
        boolean dev = inv.xOptions.contains("dev") || set(vars, "PYTHONDEVMODE");
        int utf8 = 0;
        String utf8Var = vars.get("PYTHONUTF8");
        if ("1".equals(utf8Var)) {
            utf8 = 1;
        }
        int intMaxStrDigits = -1;
        String digitsVar = vars.get("PYTHONINTMAXSTRDIGITS");
        if (digitsVar != null && !digitsVar.isEmpty()) {
            intMaxStrDigits = digits(digitsVar, "PYTHONINTMAXSTRDIGITS");
        }
        for (String x : inv.xOptions) {
            if (x.equals("utf8") || x.equals("utf8=1")) {
                utf8 = 1;
            } else if (x.equals("utf8=0")) {
                utf8 = 0;
            } else if (x.startsWith("utf8=")) {
                throw new FatalError("preconfig_init_utf8_mode: invalid -X utf8 option value", "preinitializing");
            } else if (x.startsWith("int_max_str_digits")) {
                String value = x.startsWith("int_max_str_digits=") ? x.substring("int_max_str_digits=".length()) : "";
                intMaxStrDigits = digits(value, "-X int_max_str_digits");
            }
        }
        List<String> warnings = new ArrayList<>();
        if (dev) {
            warnings.add("default");
        }
        String pythonWarnings = vars.get("PYTHONWARNINGS");
        if (pythonWarnings != null) {
            for (String w : pythonWarnings.split(",")) {
                if (!w.isEmpty()) {
                    warnings.add(w);
                }
            }
        }
        warnings.addAll(inv.warnOptions);
        if (inv.bytesWarning > 0) {
            warnings.add(inv.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return new Flags(
                Math.max(inv.debug, level(vars, "PYTHONDEBUG")),
                inv.inspect || set(vars, "PYTHONINSPECT"),
                inv.inspect,
                Math.max(inv.optimize, level(vars, "PYTHONOPTIMIZE")),
                inv.dontWriteBytecode || set(vars, "PYTHONDONTWRITEBYTECODE"),
                inv.noUserSite || inv.isolated || set(vars, "PYTHONNOUSERSITE"),
                inv.noSite,
                ignoreEnv,
                Math.max(inv.verbose, level(vars, "PYTHONVERBOSE")),
                inv.bytesWarning,
                inv.quiet,
                inv.isolated,
                dev,
                utf8,
                inv.safePath || inv.isolated || set(vars, "PYTHONSAFEPATH"),
                intMaxStrDigits,
                List.copyOf(warnings),
                inv.unbuffered || set(vars, "PYTHONUNBUFFERED"));
    }

    private static boolean set(Map<String, String> vars, String name) {
        String v = vars.get(name);
        return v != null && !v.isEmpty();
    }

    /** A numeric variable as CPython reads one: a number, or 1 for any other non-empty text. */
    private static int level(Map<String, String> vars, String name) {
        String v = vars.get(name);
        if (v == null || v.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(Integer.parseInt(v.strip()), 0);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int digits(String value, String what) throws FatalError {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n != 0 && n < 640) {
            throw new FatalError("config_init_int_max_str_digits: " + what
                    + ": invalid limit; must be >= 640 or 0 for unlimited.", "preinitialized");
        }
        return n;
    }
}
