package dev.eddy.stdlib;

import dev.eddy.runtime.Errors;
import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import java.security.MessageDigest;

/** Constant-time comparison of two digests: operator's _compare_digest and hmac.compare_digest. */
public final class DigestComparison {
    private DigestComparison() {
    }

    /** a == b for two ASCII str or two bytes, taking time independent of where they differ. */
    public static boolean compareDigest(PyObject a, PyObject b) {
        byte[] x;
        byte[] y;
        if (a instanceof PyStr s && b instanceof PyStr t) {
            if (!isAscii(s.value) || !isAscii(t.value)) {
                throw Errors.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = s.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = t.value.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else if (a instanceof PyBuffer s && b instanceof PyBuffer t) {
            x = s.bufferBytes();
            y = t.bufferBytes();
        } else if (a instanceof PyStr && b instanceof PyBuffer) {
            throw Errors.typeError("a bytes-like object is required, not 'str'");
        } else {
            throw Errors.typeError("unsupported operand types(s) or combination of types: '"
                    + a.type().name + "' and '" + b.type().name + "'");
        }
        return MessageDigest.isEqual(x, y);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
