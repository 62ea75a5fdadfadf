package dev.eddy.grammar;

import java.util.ArrayDeque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The stateful half of the Python lexer: turns the raw lexemes of {@link PythonLexer} into
 * the token stream CPython 3.11's tokenizer gives its parser.
 *
 * <ul>
 *   <li>Indentation: an indent stack (with CPython's second stack counting a tab as one
 *       column, to detect inconsistent tabs) yields INDENT and DEDENT tokens; a dedent to
 *       a column that is not on the stack is an error, never silently accepted.</li>
 *   <li>Line structure: NEWLINE is emitted only at the end of a logical line; line breaks
 *       inside brackets, blank and comment-only lines, whitespace, comments and backslash
 *       continuations never reach the parser.</li>
 *   <li>End of input: a NEWLINE (if the last line had no line break) and one DEDENT per
 *       open indentation level come before EOF.</li>
 *   <li>Numbers are finished by a transcription of CPython's number scanner, so the same
 *       literals are accepted and the same "invalid decimal literal" errors reported.</li>
 *   <li>Errors: the first tokenizer error ends the stream with one ERRORTOKEN and EOF; the
 *       error itself, worded and located as CPython does, is {@link #lexicalError()}.</li>
 * </ul>
 * Depends only on the ANTLR runtime.
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;
    private static final int MAX_INDENT = 100;
    private static final int MAX_LEVEL = 200;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final int[] indents = new int[MAX_INDENT];
    private final int[] altIndents = new int[MAX_INDENT];
    private int indent;
    private final char[] parens = new char[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private final int[] parenCols = new int[MAX_LEVEL];
    private int level;
    private boolean atLineStart;
    private int lineCol;
    private int lineAltCol;
    private int contCol = -1;
    private int contAltCol;
    private LexicalError error;
    private Token eof;
    private Token comment;
    private int cur;

    protected PythonLexerBase(CharStream input) {
        super(input);
        setTokenFactory(PythonToken.FACTORY);
        atLineStart = true;
    }

    /** The tokenizer error that ended the token stream, or null. */
    public LexicalError lexicalError() {
        return error;
    }

    @Override
    public void reset() {
        super.reset();
        pending.clear();
        lineStart = true;
        indent = 0;
        level = 0;
        atLineStart = true;
        lineCol = 0;
        lineAltCol = 0;
        error = null;
        eof = null;
        comment = null;
        contCol = -1;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            if (eof != null) {
                return eof;
            }
            step();
        }
        Token t = pending.poll();
        if (t.getType() == PythonLexer.NAME && lineStart && (t.getText().equals("match") || t.getText().equals("case"))) {
            softKeyword(t);
        }
        int type = t.getType();
        lineStart = type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT;
        return t;
    }

    /** Whether the next token starts a logical line (where a match statement or case clause can begin). */
    private boolean lineStart = true;

    /**
     * match and case are keywords only at the start of a statement whose line has a ':' outside
     * brackets and where the next token could start an expression or pattern (so "match = 1",
     * "match.x", "match: int" and "match[0] = 1" keep it a name).
     */
    private void softKeyword(Token t) {
        while (!lineQueued()) {
            if (eof != null) {
                return;
            }
            step();
        }
        Token next = null;
        boolean colon = false;
        for (Token q : pending) {
            if (next == null) {
                next = q;
                switch (q.getType()) {
                    case PythonLexer.NEWLINE, PythonLexer.COLON, PythonLexer.DOT, PythonLexer.COMMA, PythonLexer.RPAR,
                         PythonLexer.RSQB, PythonLexer.RBRACE, PythonLexer.EQUAL -> {
                        return;
                    }
                    default -> {
                        if (q.getText().endsWith("=") && !q.getText().equals("==") && q.getType() != PythonLexer.STRING) {
                            return;
                        }
                    }
                }
            }
            if (q.getType() == PythonLexer.NEWLINE) {
                break;
            }
            if (q.getType() == PythonLexer.COLON && ((PythonToken) q).depth() == 0) {
                colon = true;
                break;
            }
        }
        if (colon && t instanceof PythonToken pt) {
            pt.setType(t.getText().equals("match") ? PythonLexer.MATCH : PythonLexer.CASE);
        }
    }

    /** True when the queued tokens reach the end of the current logical line. */
    private boolean lineQueued() {
        for (Token q : pending) {
            if (q.getType() == PythonLexer.NEWLINE) {
                return true;
            }
        }
        return false;
    }

    private void step() {
        Token t = super.nextToken();
        switch (t.getType()) {
            case PythonLexer.WS -> {
                if (atLineStart) {
                    measureIndent(t.getText());
                }
            }
            case PythonLexer.COMMENT -> {
                // Comments never reach the parser; a comment-only line is a blank line. A comment
                // ending a line becomes part of its NEWLINE, whose span CPython starts at the '#'.
                comment = t;
            }
            case PythonLexer.NEWLINE -> newline(t);
            case PythonLexer.LINE_CONTINUATION -> continuation(t);
            case Token.EOF -> endOfInput(t);
            default -> token(t);
        }
    }

    private void measureIndent(String ws) {
        int col = lineCol;
        int alt = lineAltCol;
        for (int i = 0; i < ws.length(); i++) {
            char c = ws.charAt(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            }
        }
        lineCol = col;
        lineAltCol = alt;
    }

    private void newline(Token t) {
        Token c = comment;
        comment = null;
        if (atLineStart) {
            // Blank or comment-only line: ignored entirely.
            lineCol = 0;
            lineAltCol = 0;
            contCol = -1;
            return;
        }
        if (level > 0) {
            return;
        }
        int start = c != null && c.getLine() == t.getLine() ? c.getStartIndex() : t.getStartIndex();
        int col = c != null && c.getLine() == t.getLine() ? c.getCharPositionInLine() : t.getCharPositionInLine();
        queue(_factory.create(_tokenFactorySourcePair, PythonLexer.NEWLINE, null, Token.DEFAULT_CHANNEL, start,
                t.getStartIndex() - 1, t.getLine(), col));
        atLineStart = true;
        lineCol = 0;
        lineAltCol = 0;
        contCol = -1;
    }

    private void continuation(Token t) {
        if (atLineStart && level == 0) {
            // A backslash in the indentation: the indentation measured up to the first one is
            // that of the line (CPython's cont_line_col); the next physical line continues it.
            if (contCol < 0) {
                contCol = lineCol;
                contAltCol = lineAltCol;
            }
        }
        if (_input.LA(1) == IntStream.EOF) {
            unexpectedEof(t, atLineStart);
        }
    }

    /** A backslash at the end of the input; CPython's column is 0 if nothing precedes it on its line. */
    private void unexpectedEof(Token t, boolean aloneOnLine) {
        if (level > 0) {
            failEofInBrackets(t);
        } else {
            fail(t, new LexicalError("SyntaxError", "unexpected EOF while parsing", t.getLine(),
                    aloneOnLine ? 0 : lineLength(t) + 1, t.getLine(), -1, false, false, (char) 0, 0, 0));
        }
    }

    private void endOfInput(Token t) {
        if (level > 0) {
            failEofInBrackets(t);
            return;
        }
        if (!atLineStart) {
            queue(synthetic(PythonLexer.NEWLINE, t));
            atLineStart = true;
        }
        while (indent > 0) {
            indent--;
            queue(synthetic(PythonLexer.DEDENT, t));
        }
        eof = t;
        pending.add(t);
    }

    private void failEofInBrackets(Token t) {
        char c = parens[level - 1];
        int line = parenLines[level - 1];
        int col = parenCols[level - 1];
        fail(t, new LexicalError("SyntaxError", "'" + c + "' was never closed", line, col + 1, line, 0,
                false, true, c, line, col));
    }

    private void token(Token t) {
        if (atLineStart && t.getType() == PythonLexer.ERROR_CHAR && t.getText().equals("\\")) {
            // CPython reads a backslash in the indentation before judging the indentation.
            errorChar(t);
            return;
        }
        if (atLineStart) {
            atLineStart = false;
            if (!indentation(t)) {
                return;
            }
        }
        switch (t.getType()) {
            case PythonLexer.NUMBER -> {
                t = number(t);
                if (t == null) {
                    return;
                }
            }
            case PythonLexer.NAME -> {
                if (!verifyIdentifier(t)) {
                    return;
                }
            }
            case PythonLexer.UNTERMINATED_STRING -> {
                unterminated(t);
                return;
            }
            case PythonLexer.ERROR_CHAR -> {
                t = errorChar(t);
                if (t == null) {
                    return;
                }
            }
            case PythonLexer.LPAR, PythonLexer.LSQB, PythonLexer.LBRACE -> {
                if (level >= MAX_LEVEL) {
                    raise(t, "too many nested parentheses", t.getCharPositionInLine() + 1);
                    return;
                }
                parens[level] = t.getText().charAt(0);
                parenLines[level] = t.getLine();
                parenCols[level] = t.getCharPositionInLine();
                level++;
            }
            case PythonLexer.RPAR, PythonLexer.RSQB, PythonLexer.RBRACE -> {
                char c = t.getText().charAt(0);
                int offset = t.getCharPositionInLine() + 1;
                if (level == 0) {
                    raise(t, "unmatched '" + c + "'", offset);
                    return;
                }
                level--;
                char opening = parens[level];
                if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
                    String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'";
                    if (parenLines[level] != t.getLine()) {
                        msg += " on line " + parenLines[level];
                    }
                    raise(t, msg, offset);
                    return;
                }
            }
            default -> {
                // An ordinary token.
            }
        }
        queue(t);
    }

    /** Processes the indentation of a logical line whose first token is t; false after an error. */
    private boolean indentation(Token t) {
        int col = lineCol;
        int alt = lineAltCol;
        if (contCol > 0) {
            col = contCol;
            alt = contAltCol;
        }
        contCol = -1;
        if (col == indents[indent]) {
            if (alt != altIndents[indent]) {
                return tabError(t);
            }
        } else if (col > indents[indent]) {
            if (indent + 1 >= MAX_INDENT) {
                fail(t, new LexicalError("IndentationError", "too many levels of indentation", t.getLine(), 1,
                        t.getLine(), 0, false, false, (char) 0, 0, 0));
                return false;
            }
            if (alt <= altIndents[indent]) {
                return tabError(t);
            }
            indent++;
            indents[indent] = col;
            altIndents[indent] = alt;
            queue(synthetic(PythonLexer.INDENT, t));
        } else {
            int target = indent;
            while (target > 0 && col < indents[target]) {
                target--;
            }
            if (col != indents[target]) {
                fail(t, new LexicalError("IndentationError", "unindent does not match any outer indentation level",
                        t.getLine(), lineLength(t) + 1, t.getLine(), -1, false, false, (char) 0, 0, 0));
                return false;
            }
            if (alt != altIndents[target]) {
                return tabError(t);
            }
            while (indent > target) {
                indent--;
                queue(synthetic(PythonLexer.DEDENT, t));
            }
        }
        return true;
    }

    private boolean tabError(Token t) {
        fail(t, new LexicalError("TabError", "inconsistent use of tabs and spaces in indentation", t.getLine(), 1,
                t.getLine(), 0, false, false, (char) 0, 0, 0));
        return false;
    }

    private void unterminated(Token t) {
        String text = t.getText();
        int quote = 0;
        while (text.charAt(quote) != '\'' && text.charAt(quote) != '"') {
            quote++;
        }
        String msg;
        if (text.length() - quote == 3) {
            msg = "unterminated triple-quoted string literal (detected at line " + lastLine() + ")";
        } else {
            int line = t.getLine();
            for (int i = 1; ; i++) {
                int c = _input.LA(i);
                if (c == IntStream.EOF || c == '\n' || c == '\r') {
                    break;
                }
                if (c == '\\') {
                    int d = _input.LA(i + 1);
                    if (d == '\r' && _input.LA(i + 2) == '\n') {
                        i++;
                    }
                    if ((d == '\n' || d == '\r') && _input.LA(i + 2) != IntStream.EOF) {
                        // CPython counts the continuation line only once it has read it.
                        line++;
                    }
                    if (d != IntStream.EOF) {
                        i++;
                    }
                }
            }
            msg = "unterminated string literal (detected at line " + line + ")";
        }
        raise(t, msg, t.getCharPositionInLine() + 1);
    }

    /** The number of the last line that has text, as CPython counts lines at end of input. */
    private int lastLine() {
        int size = _input.size();
        int lines = 1;
        for (int i = 0; i < size; i++) {
            int c = charAt(i);
            if (c == '\n' || c == '\r' && charAt(i + 1) != '\n') {
                lines++;
            }
        }
        int last = size > 0 ? charAt(size - 1) : -1;
        return last == '\n' || last == '\r' ? lines - 1 : lines;
    }

    private Token errorChar(Token t) {
        int c = t.getText().codePointAt(0);
        int col = t.getCharPositionInLine();
        if (c == '\\') {
            if (_input.LA(1) == IntStream.EOF) {
                unexpectedEof(t, t.getCharPositionInLine() == 0 || atLineStart);
                return null;
            }
            fail(t, new LexicalError("SyntaxError", "unexpected character after line continuation character",
                    t.getLine(), col + 2, t.getLine(), 0, false, false,
                    level > 0 ? parens[level - 1] : 0, level > 0 ? parenLines[level - 1] : 0,
                    level > 0 ? parenCols[level - 1] : 0));
            return null;
        }
        if (c > ' ' && c < 127) {
            // An ASCII character no rule accepts ($, ?, !, `): CPython hands it to the parser.
            ((PythonToken) t).setType(PythonLexer.OP);
            return t;
        }
        String hex = String.format("%04X", c);
        if (isPrintable(c)) {
            raise(t, "invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex + ")", col + 1);
        } else {
            raise(t, "invalid non-printable character U+" + hex, col + 1);
        }
        return null;
    }

    /** CPython's verify_identifier: a name with non-ASCII characters must be a Unicode identifier. */
    private boolean verifyIdentifier(Token t) {
        String s = t.getText();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return true;
        }
        int col = t.getCharPositionInLine();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean ok = i == 0 ? c == '_' || Character.isUnicodeIdentifierStart(c)
                    : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
            if (!ok) {
                String hex = String.format("%04X", c);
                if (isPrintable(c)) {
                    raise(t, "invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex + ")", col + 1);
                } else {
                    raise(t, "invalid non-printable character U+" + hex, col + 1);
                }
                return false;
            }
            i += Character.charCount(c);
            col++;
        }
        return true;
    }

    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    // ---- numbers: a transcription of CPython 3.11's tok_get number scanning ----

    private static final int FAIL = -2;

    private Token number(Token t) {
        int start = t.getStartIndex();
        cur = start;
        int end = scanNumber(t);
        if (end == FAIL) {
            return null;
        }
        _input.seek(end);
        getInterpreter().setCharPositionInLine(t.getCharPositionInLine() + end - start);
        return _factory.create(_tokenFactorySourcePair, PythonLexer.NUMBER, null, Token.DEFAULT_CHANNEL,
                start, end - 1, t.getLine(), t.getCharPositionInLine());
    }

    private int scanNumber(Token t) {
        int c = nextc();
        if (c == '.') {
            return fraction(t, nextc());
        }
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (!isHex(c)) {
                        backup(c);
                        return numberError(t, "invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHex(c));
                } while (c == '_');
                if (!verifyEnd(t, c, "hexadecimal")) {
                    return FAIL;
                }
            } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
                boolean octal = c == 'o' || c == 'O';
                String kind = octal ? "octal" : "binary";
                int limit = octal ? '8' : '2';
                c = nextc();
                do {
                    if (c == '_') {
                        c = nextc();
                    }
                    if (c < '0' || c >= limit) {
                        if (isDigit(c)) {
                            return numberError(t, "invalid digit '" + (char) c + "' in " + kind + " literal");
                        }
                        backup(c);
                        return numberError(t, "invalid " + kind + " literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < limit);
                } while (c == '_');
                if (isDigit(c)) {
                    return numberError(t, "invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                if (!verifyEnd(t, c, kind)) {
                    return FAIL;
                }
            } else {
                boolean nonzero = false;
                while (true) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            return numberError(t, "invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = nextc();
                }
                int zerosEnd = cur;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail(t);
                    if (c == FAIL) {
                        return FAIL;
                    }
                }
                if (c == '.') {
                    return fraction(t, nextc());
                } else if (c == 'e' || c == 'E') {
                    return exponent(t, c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary(t);
                } else if (nonzero) {
                    backup(c);
                    int lineStart = t.getStartIndex() - t.getCharPositionInLine();
                    raise(t, "leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", t.getCharPositionInLine() + 1, zerosEnd - lineStart);
                    return FAIL;
                }
                if (!verifyEnd(t, c, "decimal")) {
                    return FAIL;
                }
            }
        } else {
            c = decimalTail(t);
            if (c == FAIL) {
                return FAIL;
            }
            if (c == '.') {
                return fraction(t, nextc());
            }
            if (c == 'e' || c == 'E') {
                return exponent(t, c);
            }
            if (c == 'j' || c == 'J') {
                return imaginary(t);
            }
            if (!verifyEnd(t, c, "decimal")) {
                return FAIL;
            }
        }
        backup(c);
        return cur;
    }

    private int fraction(Token t, int c) {
        if (isDigit(c)) {
            c = decimalTail(t);
            if (c == FAIL) {
                return FAIL;
            }
        }
        if (c == 'e' || c == 'E') {
            return exponent(t, c);
        }
        if (c == 'j' || c == 'J') {
            return imaginary(t);
        }
        if (!verifyEnd(t, c, "decimal")) {
            return FAIL;
        }
        backup(c);
        return cur;
    }

    private int exponent(Token t, int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                return numberError(t, "invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            if (!verifyEnd(t, e, "decimal")) {
                return FAIL;
            }
            backup(e);
            return cur;
        }
        c = decimalTail(t);
        if (c == FAIL) {
            return FAIL;
        }
        if (c == 'j' || c == 'J') {
            return imaginary(t);
        }
        if (!verifyEnd(t, c, "decimal")) {
            return FAIL;
        }
        backup(c);
        return cur;
    }

    private int imaginary(Token t) {
        int c = nextc();
        if (!verifyEnd(t, c, "imaginary")) {
            return FAIL;
        }
        backup(c);
        return cur;
    }

    private int decimalTail(Token t) {
        int c;
        while (true) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                numberError(t, "invalid decimal literal");
                return FAIL;
            }
        }
        return c;
    }

    /** CPython's verify_end_of_number: a number may run into a keyword, not into a name. */
    private boolean verifyEnd(Token t, int c, String kind) {
        boolean keyword = false;
        if (c == 'a') {
            keyword = lookahead("nd");
        } else if (c == 'e') {
            keyword = lookahead("lse");
        } else if (c == 'f') {
            keyword = lookahead("or");
        } else if (c == 'i') {
            int c2 = charAt(cur);
            keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
        } else if (c == 'o') {
            keyword = lookahead("r");
        } else if (c == 'n') {
            keyword = lookahead("ot");
        }
        if (keyword) {
            return true;
        }
        if (isPotentialIdentifierChar(c)) {
            backup(c);
            numberError(t, "invalid " + kind + " literal");
            return false;
        }
        return true;
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (charAt(cur + i) != rest.charAt(i)) {
                return false;
            }
        }
        return !isPotentialIdentifierChar(charAt(cur + rest.length()));
    }

    private int numberError(Token t, String msg) {
        int lineStart = t.getStartIndex() - t.getCharPositionInLine();
        raise(t, msg, cur - lineStart);
        return FAIL;
    }

    private int nextc() {
        int c = charAt(cur);
        if (c != IntStream.EOF) {
            cur++;
        }
        return c;
    }

    private void backup(int c) {
        if (c != IntStream.EOF) {
            cur--;
        }
    }

    private int charAt(int index) {
        if (index < 0 || index >= _input.size()) {
            return IntStream.EOF;
        }
        int rel = index - _input.index();
        return rel >= 0 ? _input.LA(rel + 1) : _input.LA(rel);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128;
    }

    // ---- emitting ----

    /** The length in characters of t's physical line, without its line break. */
    private int lineLength(Token t) {
        int i = t.getStartIndex() - t.getCharPositionInLine();
        int n = 0;
        while (true) {
            int c = charAt(i + n);
            if (c == IntStream.EOF || c == '\n' || c == '\r') {
                return n;
            }
            n++;
        }
    }

    private void raise(Token t, String msg, int offset) {
        raise(t, msg, offset, offset);
    }

    private void raise(Token t, String msg, int offset, int endOffset) {
        fail(t, new LexicalError("SyntaxError", msg, t.getLine(), offset, t.getLine(), endOffset, true, false,
                level > 0 ? parens[level - 1] : 0, level > 0 ? parenLines[level - 1] : 0,
                level > 0 ? parenCols[level - 1] : 0));
    }

    private void fail(Token at, LexicalError e) {
        error = e;
        queue(synthetic(PythonLexer.ERRORTOKEN, at));
        PythonToken end = (PythonToken) _factory.create(_tokenFactorySourcePair, Token.EOF, "<EOF>",
                Token.DEFAULT_CHANNEL, _input.size(), _input.size() - 1, at.getLine(), at.getCharPositionInLine());
        eof = end;
        pending.add(end);
    }

    private Token synthetic(int type, Token at) {
        int start = at.getStartIndex();
        return _factory.create(_tokenFactorySourcePair, type, "", Token.DEFAULT_CHANNEL, start, start - 1,
                at.getLine(), at.getCharPositionInLine());
    }

    private void queue(Token t) {
        ((PythonToken) t).setDepth(level);
        pending.add(t);
    }
}
