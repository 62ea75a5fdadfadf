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
 * Decodes a byte stream as UTF-8 and hands it out by lines or by characters. As CPython's
 * stdin on POSIX, newlines are not translated: a line ends at \n and keeps any \r before it.
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
    /** Bytes for binary reads (sys.stdin.buffer); text reads take from here first too. */
    private byte[] bytes = new byte[0];
    private int bpos;
    private int blen;

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
        if (bpos < blen) {
            n = Math.min(raw.length - rawLen, blen - bpos);
            System.arraycopy(bytes, bpos, raw, rawLen, n);
            bpos += n;
        } else {
            try {
                n = in.read(raw, rawLen, raw.length - rawLen);
            } catch (IOException e) {
                throw Errors.of(dev.eddy.runtime.Exceptions.OS_ERROR, e.getMessage());
            }
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
        pending.append(cb);
        return n >= 0 || pending.length() > before;
    }

    // ---- binary reads ----------------------------------------------------------------------------

    /** Puts text decoded but not yet handed out (and undecoded bytes) back in front of the byte buffer. */
    private void toBytes() {
        if (head == pending.length() && rawLen == 0) {
            return;
        }
        byte[] text = pending.substring(head).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[text.length + rawLen + (blen - bpos) + 8192];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(raw, 0, all, text.length, rawLen);
        System.arraycopy(bytes, bpos, all, text.length + rawLen, blen - bpos);
        blen = text.length + rawLen + (blen - bpos);
        bpos = 0;
        bytes = all;
        pending.setLength(0);
        head = 0;
        rawLen = 0;
        decoder.reset();
    }

    private boolean fillBytes() {
        if (eof) {
            return false;
        }
        if (bpos > 0) {
            System.arraycopy(bytes, bpos, bytes, 0, blen - bpos);
            blen -= bpos;
            bpos = 0;
        }
        if (blen == bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(8192, bytes.length * 2));
        }
        int n;
        try {
            n = in.read(bytes, blen, bytes.length - blen);
        } catch (IOException e) {
            throw Errors.of(dev.eddy.runtime.Exceptions.OS_ERROR, e.getMessage());
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        blen += n;
        return true;
    }

    private byte[] takeBytes(int n) {
        byte[] r = java.util.Arrays.copyOfRange(bytes, bpos, bpos + n);
        bpos += n;
        return r;
    }

    /** Up to {@code n} bytes (everything up to end of input when n < 0). */
    byte[] readBytes(int n) {
        toBytes();
        while ((n < 0 || blen - bpos < n) && fillBytes()) {
            // keep reading
        }
        return takeBytes(n < 0 ? blen - bpos : Math.min(n, blen - bpos));
    }

    /** One line of bytes with its b'\n'; empty at end of input. */
    byte[] readLineBytes() {
        toBytes();
        int scan = bpos;
        while (true) {
            for (int i = scan; i < blen; i++) {
                if (bytes[i] == '\n') {
                    return takeBytes(i + 1 - bpos);
                }
            }
            scan = blen - bpos;
            if (!fillBytes()) {
                return takeBytes(blen - bpos);
            }
            scan += bpos;
        }
    }
}
