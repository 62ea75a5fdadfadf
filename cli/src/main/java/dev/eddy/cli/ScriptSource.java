package dev.eddy.cli;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a program into text as CPython does (PEP 263): UTF-8 unless a coding
 * declaration in the first two lines names another encoding; a UTF-8 byte-order mark is dropped.
 */
final class ScriptSource {

    private ScriptSource() {
    }

    /** A program whose bytes are not text in its declared encoding; CPython reports it as a SyntaxError. */
    static final class DecodingException extends Exception {
        DecodingException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Decodes a program.
     *
     * @param bytes       the program
     * @param displayName the file name for the error message (CPython shows the absolute path)
     */
    static String decode(byte[] bytes, String displayName) throws DecodingException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            start = 3;
        }
        Charset charset = StandardCharsets.UTF_8;
        String declared = declaredEncoding(bytes, start);
        if (declared != null) {
            try {
                charset = Charset.forName(javaCharsetName(declared));
            } catch (IllegalArgumentException e) {
                throw new DecodingException("SyntaxError: unknown encoding: " + declared);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            if (declared == null) {
                throw new DecodingException(String.format(
                        "SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                                + " declared; see https://peps.python.org/pep-0263/ for details",
                        bytes[at] & 0xff, displayName, line));
            }
            throw new DecodingException(String.format("SyntaxError: (unicode error) '%s' codec can't decode byte"
                    + " 0x%02x in position %d", declared, bytes[at] & 0xff, at - start));
        }
        out.flip();
        return out.toString();
    }

    /** Python's codec names that Java spells differently. */
    private static String javaCharsetName(String python) {
        String name = python.replace('_', '-');
        switch (name) {
            case "utf8": return "UTF-8";
            case "latin-1": case "latin1": case "l1": case "iso-latin-1": case "iso8859-1": return "ISO-8859-1";
            case "ascii": case "us-ascii": case "646": return "US-ASCII";
            default: return name;   // Java knows cp1252, iso-8859-15, utf-16 ... under these names too
        }
    }

    /** The encoding named by a coding comment on line 1 or 2 (line 2 only if line 1 is blank or a comment). */
    private static String declaredEncoding(byte[] bytes, int start) {
        int lineStart = start;
        for (int lineNo = 0; lineNo < 2 && lineStart < bytes.length; lineNo++) {
            int end = lineStart;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            String name = codingName(line);
            if (name != null) {
                name = name.toLowerCase(java.util.Locale.ROOT);
                return name.equals("utf-8") || name.startsWith("utf-8-") || name.equals("utf_8") ? null : name;
            }
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return null;
            }
            lineStart = end + 1;
            if (end < bytes.length && bytes[end] == '\r' && end + 1 < bytes.length && bytes[end + 1] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    /**
     * PEP 263's {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)}, by hand: java.util.regex
     * would cost start-up on every run (its lambdas spin classes the CDS archive does not keep).
     */
    static String codingName(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '#') {
            return null;
        }
        int at = line.indexOf("coding", i);
        while (at >= 0) {
            int j = at + "coding".length();
            if (j < line.length() && (line.charAt(j) == ':' || line.charAt(j) == '=')) {
                j++;
                while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                    j++;
                }
                int start = j;
                while (j < line.length() && (Character.isLetterOrDigit(line.charAt(j)) || "-_.".indexOf(line.charAt(j)) >= 0)) {
                    j++;
                }
                if (j > start) {
                    return line.substring(start, j);
                }
            }
            at = line.indexOf("coding", at + 1);
        }
        return null;
    }
}
