package dev.eddy.parser;

import dev.eddy.grammar.LexicalError;
import dev.eddy.grammar.PythonLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * The REPL's question "does this input need more lines?", answered as CPython 3.11's
 * codeop.compile_command answers it: compile in "single" mode with incomplete input
 * allowed; if that fails, compile once more with a line break appended; the input is
 * incomplete when the second attempt succeeds or fails only because input ran out.
 */
final class Completeness {
    private Completeness() {
    }

    private enum Result { OK, INCOMPLETE, ERROR }

    static boolean isIncomplete(String source) {
        String s = source;
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        boolean blank = true;
        for (String line : s.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && t.charAt(0) != '#') {
                blank = false;
                break;
            }
        }
        if (blank || s.indexOf('\0') >= 0) {
            return false;
        }
        try {
            if (compileSingle(s) == Result.OK) {
                return false;
            }
            return compileSingle(s + "\n") != Result.ERROR;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * Emulates compile(s, "<input>", "single", PyCF_ALLOW_INCOMPLETE_INPUT |
     * PyCF_DONT_IMPLY_DEDENT): CPython turns the end of input into one more NEWLINE, and
     * only closes indented blocks with DEDENTs when the input ends with a line break.
     */
    private static Result compileSingle(String s) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(s));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        while (true) {
            Token t = lexer.nextToken();
            tokens.add(t);
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        LexicalError lexical = lexer.lexicalError();
        boolean endsWithNewline = s.endsWith("\n");
        int endOfInput;
        int eof = tokens.size() - 1;
        if (lexical != null) {
            endOfInput = ranOutOfInput(lexical, s, endsWithNewline) ? eof - 1 : Integer.MAX_VALUE;
        } else if (endsWithNewline) {
            endOfInput = eof;
            while (endOfInput > 0 && tokens.get(endOfInput - 1).getType() == PythonLexer.DEDENT) {
                endOfInput--;
            }
            CommonToken nl = new CommonToken(PythonLexer.NEWLINE, "");
            Token at = tokens.get(eof);
            nl.setLine(at.getLine());
            nl.setCharPositionInLine(at.getCharPositionInLine());
            tokens.add(eof, nl);
        } else {
            while (eof > 0 && tokens.get(eof - 1).getType() == PythonLexer.DEDENT) {
                tokens.remove(eof - 1);
                eof--;
            }
            endOfInput = eof - 1;
        }
        Source src = new Source(s.endsWith("\n") ? s : s + "\n", "<input>", 0, "");
        ParseRun run = new ParseRun(src, lexer, tokens);
        Object result = run.tryParse(dev.eddy.grammar.PythonParser::single_input);
        if (result instanceof RecognitionException re) {
            if (new ErrorAnalysis(run, re).stoppedEarlier()) {
                return Result.ERROR;
            }
            return re.getOffendingToken().getTokenIndex() >= endOfInput ? Result.INCOMPLETE : Result.ERROR;
        }
        int rest = run.tokens.index();
        while (rest < run.tokens.size() && (run.tokens.get(rest).getType() == PythonLexer.NEWLINE
                || run.tokens.get(rest).getType() == PythonLexer.DEDENT)) {
            rest++;
        }
        if (run.tokens.get(rest).getType() != Token.EOF) {
            // "multiple statements found while compiling a single statement"
            return Result.ERROR;
        }
        try {
            dev.eddy.grammar.PythonParser.Single_inputContext tree =
                    (dev.eddy.grammar.PythonParser.Single_inputContext) result;
            AstBuilder b = run.builder();
            if (tree.simple_stmts() != null) {
                b.simpleStmts(tree.simple_stmts(), new ArrayList<>());
            } else {
                b.compound(tree.compound_stmt());
            }
        } catch (SyntaxErrorException e) {
            return Result.ERROR;
        }
        return Result.OK;
    }

    /** Whether a tokenizer error is CPython's running out of input (E_EOF, E_EOFS, E_EOLS). */
    private static boolean ranOutOfInput(LexicalError e, String s, boolean endsWithNewline) {
        String m = e.message();
        if (e.eofInBrackets() || m.equals("unexpected EOF while parsing")
                || m.startsWith("unterminated triple-quoted string literal")) {
            return true;
        }
        if (m.startsWith("unterminated string literal") && !endsWithNewline) {
            int lastLine = 1;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    lastLine++;
                }
            }
            return m.endsWith("(detected at line " + lastLine + ")");
        }
        return false;
    }
}
