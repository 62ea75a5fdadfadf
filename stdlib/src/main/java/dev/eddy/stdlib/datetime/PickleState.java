package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;

/** The packed byte states that date, time and datetime pickle to (bytes, or a latin-1 str from Python 2 pickles). */
final class PickleState {
    private PickleState() {
    }

    /** The state's bytes when {@code o} is a bytes or latin-1 str of exactly {@code length}; else null. */
    static byte[] bytes(PyObject o, int length) {
        if (o instanceof PyBytes b) {
            return b.bytes.length == length ? b.bytes : null;
        }
        if (o instanceof PyStr s && s.value.length() == length) {
            byte[] out = new byte[length];
            for (int i = 0; i < length; i++) {
                char c = s.value.charAt(i);
                if (c > 255) {
                    return null;
                }
                out[i] = (byte) c;
            }
            return out;
        }
        return null;
    }
}
