package dev.eddy.tests.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes mutants of a Python program: lines deleted, duplicated or swapped, tokens deleted,
 * duplicated or swapped, indentation changed, the text truncated, bytes inserted (non-UTF-8
 * ones and NUL among them), deep nesting and very long lines. Each mutant is a pure function of
 * the program and the random generator's state, so a seed reproduces a whole campaign.
 */
final class Mutator {
    /** Names of the mutations, in the order {@link #mutate} picks them. */
    static final String[] KINDS = {
        "delete-line", "duplicate-line", "swap-lines", "delete-token", "duplicate-token", "swap-tokens",
        "replace-token", "indent", "dedent", "tab-indent", "truncate", "insert-byte", "insert-nul",
        "insert-bad-utf8", "deep-brackets", "deep-blocks", "long-line", "insert-text", "lone-cr",
    };

    /** Identifiers, numbers, string openers, operators and single characters, roughly as Python's tokenizer splits them. */
    private static final Pattern TOKEN = Pattern.compile(
            "[A-Za-z_][A-Za-z_0-9]*|[0-9][0-9_.xXoObBeEjJ]*|\"\"\"|'''|\\*\\*=?|//=?|->|:=|[-+*/%&|^<>=!@]=|<<=?|>>=?|\\S");
    /** Fragments worth splicing into programs: keywords, brackets, operators and half-finished constructs. */
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "**", "lambda", "yield", "await", "async",
        "return", "def", "class", "if", "else", "elif", "try:", "except", "finally:", "with", "as", "for",
        "in", "while", "not", "is", "None", "import", "from", "global", "nonlocal", "del", "pass", "break",
        "continue", "raise", "match", "case", "*", "*args", "**kw", "f'{", "'", "\"", "\"\"\"", "\\", "#",
        "0x", "1_", "1e", "0b2", "09", "1__0", "...", "@", "->", ":=", "!", "$", "?", "`", "\u00e9", "\u2028",
        "\u00a0", "\ufeff", "\t", "\f", "\r\n", "\n", " \\\n",
    };

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One mutant of {@code source}; {@code kind} receives the name of the mutation applied. */
    byte[] mutate(String source, StringBuilder kind) {
        int k = random.nextInt(KINDS.length);
        kind.setLength(0);
        kind.append(KINDS[k]);
        List<String> lines = new ArrayList<>(List.of(source.split("\n", -1)));
        switch (KINDS[k]) {
            case "delete-line": {
                lines.remove(random.nextInt(lines.size()));
                return utf8(String.join("\n", lines));
            }
            case "duplicate-line": {
                int i = random.nextInt(lines.size());
                lines.add(i, lines.get(i));
                return utf8(String.join("\n", lines));
            }
            case "swap-lines": {
                int i = random.nextInt(lines.size());
                int j = Math.min(lines.size() - 1, i + 1 + random.nextInt(3));
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
                return utf8(String.join("\n", lines));
            }
            case "delete-token":
            case "duplicate-token":
            case "swap-tokens":
            case "replace-token":
                return utf8(tokenMutation(source, KINDS[k]));
            case "indent":
            case "dedent":
            case "tab-indent": {
                int i = random.nextInt(lines.size());
                String line = lines.get(i);
                if (KINDS[k].equals("indent")) {
                    line = " ".repeat(1 + random.nextInt(4)) + line;
                } else if (KINDS[k].equals("dedent")) {
                    int n = Math.min(line.length() - line.stripLeading().length(), 1 + random.nextInt(4));
                    line = line.substring(n);
                } else {
                    line = "\t" + line.stripLeading();
                }
                lines.set(i, line);
                return utf8(String.join("\n", lines));
            }
            case "truncate": {
                byte[] b = utf8(source);
                return java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
            }
            case "insert-byte":
                return insertBytes(utf8(source), new byte[] {(byte) (0x20 + random.nextInt(0x60))});
            case "insert-nul":
                return insertBytes(utf8(source), new byte[] {0});
            case "insert-bad-utf8": {
                byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0x80}, {(byte) 0xe2, (byte) 0x82},
                    {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};
                return insertBytes(utf8(source), bad[random.nextInt(bad.length)]);
            }
            case "deep-brackets": {
                int depth = new int[] {50, 150, 250, 1000, 5000}[random.nextInt(5)];
                String open = new String[] {"(", "[", "{", "-", "not ", "lambda: ", "f("}[random.nextInt(7)];
                String close = switch (open) {
                    case "(", "f(" -> ")";
                    case "[" -> "]";
                    case "{" -> "}";
                    default -> "";
                };
                String line = "x = " + open.repeat(depth) + "1" + close.repeat(depth);
                lines.add(random.nextInt(lines.size() + 1), line);
                return utf8(String.join("\n", lines));
            }
            case "deep-blocks": {
                int depth = 15 + random.nextInt(90);
                String header = new String[] {"if x:", "for i in y:", "while z:", "with w:", "try:", "def f():", "class C:"}[random.nextInt(7)];
                StringBuilder sb = new StringBuilder();
                for (int d = 0; d < depth; d++) {
                    sb.append(" ".repeat(d)).append(header).append('\n');
                }
                sb.append(" ".repeat(depth)).append("pass");
                lines.add(random.nextInt(lines.size() + 1), sb.toString());
                return utf8(String.join("\n", lines));
            }
            case "long-line": {
                int n = new int[] {1000, 20000, 200000}[random.nextInt(3)];
                String line = switch (random.nextInt(4)) {
                    case 0 -> "x = '" + "a".repeat(n) + "'";
                    case 1 -> "x = " + "1 + ".repeat(n / 4) + "1";
                    case 2 -> "x = [" + "0, ".repeat(n / 3) + "]";
                    default -> "x = " + "9".repeat(n);
                };
                lines.add(random.nextInt(lines.size() + 1), line);
                return utf8(String.join("\n", lines));
            }
            case "insert-text": {
                byte[] b = utf8(source);
                return insertBytes(b, utf8(FRAGMENTS[random.nextInt(FRAGMENTS.length)]));
            }
            case "lone-cr": {
                int i = random.nextInt(lines.size());
                lines.set(i, lines.get(i) + "\r");
                return utf8(String.join("\n", lines));
            }
            default:
                throw new IllegalStateException(KINDS[k]);
        }
    }

    private String tokenMutation(String source, String kind) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return source;
        }
        int[] a = spans.get(random.nextInt(spans.size()));
        String tokA = source.substring(a[0], a[1]);
        switch (kind) {
            case "delete-token":
                return source.substring(0, a[0]) + source.substring(a[1]);
            case "duplicate-token":
                return source.substring(0, a[1]) + (Character.isLetterOrDigit(tokA.charAt(0)) ? " " : "") + tokA + source.substring(a[1]);
            case "replace-token":
                return source.substring(0, a[0]) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + source.substring(a[1]);
            default: {
                int[] b = spans.get(random.nextInt(spans.size()));
                if (b[0] < a[0]) {
                    int[] t = a;
                    a = b;
                    b = t;
                }
                if (a[0] == b[0] || a[1] > b[0]) {
                    return source;
                }
                return source.substring(0, a[0]) + source.substring(b[0], b[1]) + source.substring(a[1], b[0])
                        + source.substring(a[0], a[1]) + source.substring(b[1]);
            }
        }
    }

    private byte[] insertBytes(byte[] b, byte[] insert) {
        int at = random.nextInt(b.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
