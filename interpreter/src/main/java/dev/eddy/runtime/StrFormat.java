package dev.eddy.runtime;

/** printf-style formatting (str % args) and the format-spec mini-language (format(), f-strings). */
public final class StrFormat {
    private StrFormat() {
    }

    public static String percent(String fmt, PyObject args) {
        throw Errors.notImplemented("% formatting");
    }

    /** format(value, spec). */
    public static PyStr format(PyObject value, String spec) {
        if (spec.isEmpty()) {
            return value.str();
        }
        throw Errors.notImplemented("format spec");
    }
}
