package dev.eddy.runtime.codecs;

import dev.eddy.runtime.PyException;
import dev.eddy.runtime.UnicodeErrors;

import java.io.ByteArrayOutputStream;

/**
 * An encoder over code points: it writes the bytes of each code point it can take and leaves
 * the rest to the errors handler, as CPython's encoders do (a run of unencodable characters is
 * one error, or each one alone where CPython reports them singly).
 */
abstract class Encoder {
    /** The codec name in error messages. */
    final String name;
    /** The reason an unencodable character gives. */
    final String reason;
    /** Whether a run of unencodable characters makes one error (else one each). */
    final boolean runs;

    Encoder(String name, String reason, boolean runs) {
        this.name = name;
        this.reason = reason;
        this.runs = runs;
    }

    /** Writes code point c to out, or returns false (writing nothing) when this codec cannot encode it. */
    abstract boolean put(int c, ByteArrayOutputStream out);

    /** Bytes that start the output (a byte order mark), or null. */
    byte[] prefix() {
        return null;
    }

    /** Encodes s; unencodable characters go to the errors handler. */
    final byte[] encode(String s, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        byte[] pre = prefix();
        if (pre != null) {
            out.writeBytes(pre);
        }
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            if (put(cps[i], out)) {
                i++;
                continue;
            }
            int end = i + 1;
            if (runs) {
                ByteArrayOutputStream probe = new ByteArrayOutputStream();
                while (end < cps.length && !put(cps[end], probe)) {
                    end++;
                }
            }
            ErrorHandlers.EncodeReplacement r = ErrorHandlers.encodeFailure(errors, name, s, cps, i, end, reason);
            if (r.bytes() != null) {
                out.writeBytes(r.bytes());
            } else {
                int[] rep = r.text().codePoints().toArray();
                for (int k = 0; k < rep.length; k++) {
                    if (!put(rep[k], out)) {
                        throw new PyException(UnicodeErrors.encodeError(name, s, i, end, reason));
                    }
                }
            }
            i = r.resume();
        }
        return out.toByteArray();
    }
}
