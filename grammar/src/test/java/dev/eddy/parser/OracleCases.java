package dev.eddy.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the *.expected files written by src/test/oracle/oracle.py. */
final class OracleCases {
    record Case(String source, String expected) {
        @Override
        public String toString() {
            String s = source.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
            s = s.length() > 60 ? s.substring(0, 60) + "..." : s;
            return s.isBlank() ? "<blank: " + source.length() + ">" : s;
        }
    }

    private OracleCases() {
    }

    static List<Case> load(String name) throws IOException {
        String text;
        try (InputStream in = OracleCases.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            String header = text.substring(i, nl);
            if (!header.startsWith("### ")) {
                throw new IOException("bad record at " + i + ": " + header);
            }
            int n = Integer.parseInt(header.substring(4));
            int start = nl + 1;
            int end = text.offsetByCodePoints(start, n);
            String src = text.substring(start, end);
            int resultEnd = text.indexOf('\n', end + 1);
            out.add(new Case(src, text.substring(end + 1, resultEnd)));
            i = resultEnd + 1;
        }
        return out;
    }
}
