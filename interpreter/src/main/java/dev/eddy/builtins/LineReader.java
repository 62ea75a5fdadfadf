package dev.eddy.builtins;

import dev.eddy.runtime.Errors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a byte stream as UTF-8 with universal newlines (\r\n and \r read as \n), as
 * CPython's text-mode stdin does, and hands it out by lines or by characters.
 */
final class LineReader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final byte[] raw = new byte[8192];
    private int rawLen;
    private final StringBuilder pending = new StringBuilder();
    private int head;
    private boolean eof;
    private boolean lastCR;

    LineReader(InputStream in) {
        this.in = in;
    }

    InputStream stream() {
        return in;
    }

    /** The next line with its '\n', at most {@code limit} chars when limit >= 0; "" at end of input. */
    String readLine(int limit) {
        int scan = head;
        while (true) {
            int end = pending.length();
            for (int i = scan; i < end; i++) {
                if (pending.charAt(i) == '\n' || (limit >= 0 && i - head + 1 >= limit)) {
                    return take(i + 1 - head);
                }
            }
            if (limit >= 0 && end - head >= limit) {
                return take(limit);
            }
            scan = end;
            if (!fill()) {
                return take(pending.length() - head);
            }
        }
    }

    /** Up to {@code n} chars (everything up to end of input when n < 0). */
    String read(int n) {
        while ((n < 0 || pending.length() - head < n) && fill()) {
            // keep reading
        }
        int avail = pending.length() - head;
        return take(n < 0 ? avail : Math.min(n, avail));
    }

    private String take(int n) {
        String s = pending.substring(head, head + n);
        head += n;
        if (head == pending.length()) {
            pending.setLength(0);
            head = 0;
        } else if (head > 8192 && head > pending.length() / 2) {
            pending.delete(0, head);
            head = 0;
        }
        return s;
    }

    /** Reads and decodes another chunk; false at end of input. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        int n;
        try {
            n = in.read(raw, rawLen, raw.length - rawLen);
        } catch (IOException e) {
            throw Errors.of(dev.eddy.runtime.Exceptions.OS_ERROR, e.getMessage());
        }
        CharBuffer cb = CharBuffer.allocate(rawLen + Math.max(n, 0) + 2);
        if (n < 0) {
            eof = true;
            decoder.decode(ByteBuffer.wrap(raw, 0, rawLen), cb, true);
            decoder.flush(cb);
            rawLen = 0;
        } else {
            rawLen += n;
            ByteBuffer bb = ByteBuffer.wrap(raw, 0, rawLen);
            decoder.decode(bb, cb, false);
            int left = bb.remaining();
            System.arraycopy(raw, bb.position(), raw, 0, left);
            rawLen = left;
        }
        cb.flip();
        int before = pending.length();
        while (cb.hasRemaining()) {
            char c = cb.get();
            if (c == '\r') {
                pending.append('\n');
                lastCR = true;
            } else {
                if (!(c == '\n' && lastCR)) {
                    pending.append(c);
                }
                lastCR = false;
            }
        }
        return n >= 0 || pending.length() > before;
    }
}
