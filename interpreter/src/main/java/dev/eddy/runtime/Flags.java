package dev.eddy.runtime;

import java.util.List;

/**
 * The interpreter-wide settings the command line and the PYTHON* environment variables decide,
 * as CPython's {@code sys.flags} shows them, plus the warning options ({@code sys.warnoptions}).
 *
 * @param debug              -d
 * @param inspect            -i (or PYTHONINSPECT): the REPL after the program
 * @param interactive        -i
 * @param optimize           -O count: 1 drops asserts and makes {@code __debug__} False, 2 also drops docstrings
 * @param dontWriteBytecode  -B or PYTHONDONTWRITEBYTECODE
 * @param noUserSite         -s (or -I)
 * @param noSite             -S
 * @param ignoreEnvironment  -E (or -I): PYTHON* variables ignored
 * @param verbose            -v count
 * @param bytesWarning       -b count
 * @param quiet              -q
 * @param isolated           -I
 * @param devMode            -X dev
 * @param utf8Mode           -X utf8
 * @param safePath           -P (or -I, PYTHONSAFEPATH): no script folder or '' at the head of sys.path
 * @param intMaxStrDigits    -X int_max_str_digits (-1 when not given)
 * @param warnOptions        sys.warnoptions, in CPython's order: -X dev's "default", PYTHONWARNINGS's, -W's, -b's
 * @param unbuffered         -u or PYTHONUNBUFFERED: stdout and stderr written through at once
 */
public record Flags(int debug, boolean inspect, boolean interactive, int optimize, boolean dontWriteBytecode,
                    boolean noUserSite, boolean noSite, boolean ignoreEnvironment, int verbose, int bytesWarning,
                    boolean quiet, boolean isolated, boolean devMode, int utf8Mode, boolean safePath,
                    int intMaxStrDigits, List<String> warnOptions, boolean unbuffered) {

    /** What a plain {@code python3 script.py} runs with. */
    public static final Flags DEFAULT = new Flags(0, false, false, 0, false, false, false, false, 0, 0, false,
            false, false, 0, false, -1, List.of(), false);
}
