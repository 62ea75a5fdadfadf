package dev.eddy.parser;

import dev.eddy.ast.Constant;
import dev.eddy.ast.Expr;
import dev.eddy.ast.FormattedValue;
import dev.eddy.ast.JoinedStr;
import dev.eddy.ast.Pos;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Concatenates adjacent string literals, parsing f-strings into JoinedStr and
 * FormattedValue nodes as CPython 3.11's string_parser.c does (same node positions, same
 * "f-string: ..." errors). The expression of each replacement field is parsed by running
 * the parser again on "(" + expression + ")".
 */
final class FStringBuilder {
    private static final int MAX_LEVEL = 200;

    private final AstBuilder builder;
    /** The span of all the adjacent literals. */
    private final Pos whole;
    /** The last literal: errors are located at the token after it. */
    private final Token last;
    private final Parts top = new Parts();

    FStringBuilder(AstBuilder builder, Pos whole, Token last) {
        this.builder = builder;
        this.whole = whole;
        this.last = last;
    }

    /** Literal text and values collected so far (CPython's FstringParser). */
    private final class Parts {
        StringBuilder lastStr;
        final List<Expr> values = new ArrayList<>();
        boolean fmode;

        void concat(String s) {
            if (s == null || s.isEmpty()) {
                return;
            }
            if (lastStr == null) {
                lastStr = new StringBuilder();
            }
            lastStr.append(s);
        }

        void flush(Pos p) {
            if (lastStr != null) {
                values.add(new Constant(lastStr.toString(), p));
                lastStr = null;
            }
        }

        Expr finish(Pos p) {
            if (!fmode) {
                return new Constant(lastStr == null ? "" : lastStr.toString(), p);
            }
            flush(p);
            return new JoinedStr(values, p);
        }
    }

    void concat(String s) {
        top.concat(s);
    }

    Expr finish(Pos p) {
        return top.finish(p);
    }

    void concatFString(Token t, String body, int bodyStart, boolean raw) {
        new Scanner(t, body, bodyStart, raw).concat(top, 0);
    }

    private SyntaxErrorException error(String msg) {
        return builder.errorAfter(msg, last);
    }

    /** Scans one f-string literal body. */
    private final class Scanner {
        final Token t;
        final String s;
        final int bodyStart;
        final boolean raw;
        final int end;
        int i;
        String literal;
        String exprText;

        Scanner(Token t, String s, int bodyStart, boolean raw) {
            this.t = t;
            this.s = s;
            this.bodyStart = bodyStart;
            this.raw = raw;
            this.end = s.length();
        }

        void concat(Parts parts, int recurseLvl) {
            parts.fmode = true;
            while (true) {
                literal = null;
                int result = findLiteral(recurseLvl);
                parts.concat(literal);
                if (result == 1) {
                    continue;
                }
                if (i >= end || s.charAt(i) == '}') {
                    break;
                }
                FormattedValue value = findExpr(recurseLvl);
                parts.concat(exprText);
                parts.flush(whole);
                parts.values.add(value);
            }
            if (recurseLvl == 0 && i < end - 1) {
                throw error("f-string: unexpected end of string");
            }
            if (recurseLvl != 0 && (i >= end || s.charAt(i) != '}')) {
                throw error("f-string: expecting '}'");
            }
        }

        private int findLiteral(int recurseLvl) {
            int p = i;
            int literalStart = p;
            int result = 0;
            while (p < end) {
                char ch = s.charAt(p++);
                if (!raw && ch == '\\' && p < end) {
                    ch = s.charAt(p++);
                    if (ch == 'N') {
                        if (p < end && s.charAt(p++) == '{') {
                            while (p < end && s.charAt(p++) != '}') {
                                // skip the character name
                            }
                            continue;
                        }
                        break;
                    }
                }
                if (ch == '{' || ch == '}') {
                    if (recurseLvl == 0) {
                        if (p < end && s.charAt(p) == ch) {
                            i = p + 1;
                            literal = decodeLiteral(literalStart, p);
                            return 1;
                        }
                        if (ch == '}') {
                            i = p - 1;
                            throw error("f-string: single '}' is not allowed");
                        }
                    }
                    p--;
                    break;
                }
            }
            i = p;
            if (literalStart != p) {
                literal = decodeLiteral(literalStart, p);
            }
            return result;
        }

        private String decodeLiteral(int from, int to) {
            return builder.decode(s.substring(from, to), raw, last);
        }

        private FormattedValue findExpr(int recurseLvl) {
            int conversion = -1;
            Expr formatSpec = null;
            char quoteChar = 0;
            int stringType = 0;
            int nestedDepth = 0;
            char[] parenStack = new char[MAX_LEVEL];
            if (recurseLvl >= 2) {
                throw error("f-string: expressions nested too deeply");
            }
            i++;
            int exprStart = i;
            for (; i < end; i++) {
                char ch = s.charAt(i);
                if (ch == '\\') {
                    throw error("f-string expression part cannot include a backslash");
                }
                if (quoteChar != 0) {
                    if (ch == quoteChar) {
                        if (stringType == 3) {
                            if (i + 2 < end && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                                i += 2;
                                stringType = 0;
                                quoteChar = 0;
                            }
                        } else {
                            stringType = 0;
                            quoteChar = 0;
                        }
                    }
                } else if (ch == '\'' || ch == '"') {
                    if (i + 2 < end && s.charAt(i + 1) == ch && s.charAt(i + 2) == ch) {
                        stringType = 3;
                        i += 2;
                    } else {
                        stringType = 1;
                    }
                    quoteChar = ch;
                } else if (ch == '[' || ch == '{' || ch == '(') {
                    if (nestedDepth >= MAX_LEVEL) {
                        throw error("f-string: too many nested parenthesis");
                    }
                    parenStack[nestedDepth++] = ch;
                } else if (ch == '#') {
                    throw error("f-string expression part cannot include '#'");
                } else if (nestedDepth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>'
                        || ch == '<')) {
                    if (i + 1 < end) {
                        char next = s.charAt(i + 1);
                        if (ch == '!' && next == '=' || ch == '=' && next == '=' || ch == '<' && next == '='
                                || ch == '>' && next == '=') {
                            i++;
                            continue;
                        }
                        if (ch == '>' || ch == '<') {
                            continue;
                        }
                    }
                    break;
                } else if (ch == ']' || ch == '}' || ch == ')') {
                    if (nestedDepth == 0) {
                        throw error("f-string: unmatched '" + ch + "'");
                    }
                    char opening = parenStack[--nestedDepth];
                    if (!(opening == '(' && ch == ')' || opening == '[' && ch == ']' || opening == '{' && ch == '}')) {
                        throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '"
                                + opening + "'");
                    }
                }
            }
            int exprEnd = i;
            if (quoteChar != 0) {
                throw error("f-string: unterminated string");
            }
            if (nestedDepth > 0) {
                throw error("f-string: unmatched '" + parenStack[nestedDepth - 1] + "'");
            }
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            Expr simple = compile(exprStart, exprEnd);
            String text = null;
            if (s.charAt(i) == '=') {
                i++;
                while (i < end && isSpace(s.charAt(i))) {
                    i++;
                }
                text = s.substring(exprStart, i);
            }
            if (i < end && s.charAt(i) == '!') {
                i++;
                if (i >= end) {
                    throw error("f-string: expecting '}'");
                }
                conversion = s.charAt(i);
                i++;
                if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
            }
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            if (s.charAt(i) == ':') {
                i++;
                if (i >= end) {
                    throw error("f-string: expecting '}'");
                }
                Parts spec = new Parts();
                concat(spec, recurseLvl + 1);
                formatSpec = spec.finish(builder.pos(t));
            }
            if (i >= end || s.charAt(i) != '}') {
                throw error("f-string: expecting '}'");
            }
            i++;
            if (text != null && formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
            exprText = text;
            return new FormattedValue(simple, conversion, formatSpec, whole);
        }

        private Expr compile(int from, int to) {
            int k = from;
            while (k < to) {
                char c = s.charAt(k);
                if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
                    break;
                }
                k++;
            }
            if (k == to) {
                throw error("f-string: empty expression not allowed");
            }
            return builder.fstringExpression(t, bodyStart, from - 1, s.substring(from, to));
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }
}
