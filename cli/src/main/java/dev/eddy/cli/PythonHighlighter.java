package dev.eddy.cli;

import java.util.Set;
import java.util.regex.Pattern;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the line being typed in the REPL: keywords, strings, numbers and comments. A light
 * lexer of its own (not the parser's: the input is often incomplete); the REPL uses it only on
 * a colour terminal, never under {@code NO_COLOR} or {@code TERM=dumb}.
 */
final class PythonHighlighter implements Highlighter {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield", "match", "case");

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);

    /** Whether colour suits this terminal type and environment (the no-color.org convention). */
    static boolean wanted(String terminalType) {
        String noColor = System.getenv("NO_COLOR");
        String term = System.getenv("TERM");
        return (noColor == null || noColor.isEmpty()) && !"dumb".equals(term) && terminalType != null
                && !terminalType.startsWith("dumb");
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return colour(buffer);
    }

    /** {@code text} with its tokens coloured. */
    static AttributedString colour(String text) {
        AttributedStringBuilder out = new AttributedStringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            if (c == '#') {
                end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.styled(COMMENT, text.substring(i, end));
            } else if (c == '\'' || c == '"' || isStringPrefix(text, i)) {
                end = stringEnd(text, i);
                out.styled(STRING, text.substring(i, end));
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                        || text.charAt(end) == '.')) {
                    end++;
                }
                out.styled(NUMBER, text.substring(i, end));
            } else if (Character.isJavaIdentifierStart(c)) {
                end = i;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                boolean attribute = i > 0 && text.charAt(i - 1) == '.';
                if (KEYWORDS.contains(word) && !attribute) {
                    out.styled(KEYWORD, word);
                } else {
                    out.append(word);
                }
            } else {
                end = i + 1;
                out.append(c);
            }
            i = end;
        }
        return out.toAttributedString();
    }

    private static final Pattern PREFIX = Pattern.compile("(?i)(r|u|f|b|br|rb|fr|rf)['\"]");

    private static boolean isStringPrefix(String text, int i) {
        if (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) {
            return false;
        }
        return PREFIX.matcher(text).region(i, Math.min(text.length(), i + 3)).lookingAt();
    }

    /** Where the string literal starting at {@code i} (prefix included) ends; the text's end if unclosed. */
    private static int stringEnd(String text, int i) {
        int q = i;
        while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
            q++;
        }
        char quote = text.charAt(q);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), q);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int k = q + close.length();
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c == '\\') {
                k += 2;
            } else if (text.startsWith(close, k)) {
                return k + close.length();
            } else if (c == '\n' && !triple) {
                return k;
            } else {
                k++;
            }
        }
        return text.length();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
    }

    @Override
    public void setErrorIndex(int errorIndex) {
    }
}
