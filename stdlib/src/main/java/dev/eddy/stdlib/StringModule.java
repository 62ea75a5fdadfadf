package dev.eddy.stdlib;

import dev.eddy.runtime.Args;
import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyStr;

/** The string module's constants and capwords. */
public final class StringModule implements ModuleProvider {
    @Override
    public String name() {
        return "string";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("string");
        String lower = "abcdefghijklmnopqrstuvwxyz";
        String upper = lower.toUpperCase();
        String digits = "0123456789";
        String punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        String ws = " \t\n\r\u000b\u000c";
        m.set("ascii_lowercase", new PyStr(lower));
        m.set("ascii_uppercase", new PyStr(upper));
        m.set("ascii_letters", new PyStr(lower + upper));
        m.set("digits", new PyStr(digits));
        m.set("hexdigits", new PyStr(digits + "abcdefABCDEF"));
        m.set("octdigits", new PyStr("01234567"));
        m.set("punctuation", new PyStr(punct));
        m.set("whitespace", new PyStr(ws));
        m.set("printable", new PyStr(digits + lower + upper + punct + ws));
        Mod.def(m, "capwords", (a, kw) -> {
            Args.check("capwords", a, kw, 1, 2);
            String s = Mod.str(a[0], "capwords() argument 1");
            String sep = a.length > 1 && a[1] != PyNone.NONE ? Mod.str(a[1], "sep") : null;
            StringBuilder sb = new StringBuilder();
            if (sep == null) {
                boolean first = true;
                for (String w : s.strip().split("[ \\t\\n\\r\\x0b\\x0c]+")) {
                    if (w.isEmpty()) {
                        continue;
                    }
                    sb.append(first ? "" : " ").append(cap(w));
                    first = false;
                }
            } else {
                String[] parts = s.split(java.util.regex.Pattern.quote(sep), -1);
                for (int i = 0; i < parts.length; i++) {
                    sb.append(i > 0 ? sep : "").append(cap(parts[i]));
                }
            }
            return new PyStr(sb.toString());
        });
        return m;
    }

    private static String cap(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase() + w.substring(1).toLowerCase();
    }
}
