package dev.eddy.parser;

import dev.eddy.ast.Expr;
import dev.eddy.ast.Module;
import dev.eddy.grammar.LexicalError;
import dev.eddy.grammar.PythonLexer;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * One run of the lexer and parser over one text: the whole file, or the expression of an
 * f-string replacement field. Parses with SLL prediction first and falls back to full LL
 * only when SLL fails; on a syntax error hands over to {@link ErrorAnalysis}.
 */
final class ParseRun {
    final Source src;
    final int colDelta;
    final PythonLexer lexer;
    final CommonTokenStream tokens;

    private ParseRun(Source src, int colDelta) {
        this.src = src;
        this.colDelta = colDelta;
        this.lexer = new PythonLexer(CharStreams.fromString(src.text));
        lexer.removeErrorListeners();
        this.tokens = new CommonTokenStream(lexer);
        tokens.fill();
    }

    /** A run over tokens already produced (and rearranged) from the lexer's output. */
    ParseRun(Source src, PythonLexer lexer, List<Token> tokens) {
        this.src = src;
        this.colDelta = 0;
        this.lexer = lexer;
        this.tokens = new CommonTokenStream(new ListTokenSource(tokens));
        this.tokens.fill();
    }

    /**
     * Parses a whole file (text already normalized: '\n' line breaks, ending with one;
     * endsWithNewline tells whether the file itself ended with one).
     */
    static Module file(String text, String filename, boolean endsWithNewline) {
        ParseRun run = new ParseRun(new Source(text, filename, 0, "", 0, endsWithNewline), 0);
        dev.eddy.grammar.PythonParser.File_inputContext tree = run.parse(dev.eddy.grammar.PythonParser::file_input);
        return run.builder().module(tree);
    }

    /**
     * Parses the expression of an f-string replacement field whose '{' is at braceLine
     * (1-based) and braceCol (0-based) of the file, as CPython does: "(" + expr + ")".
     */
    static Expr fstringExpression(String expr, String filename, int braceLine, int braceCol, int errorColShift) {
        Source s = new Source("(" + expr + ")\n", filename, braceLine - 1, "f-string: ", errorColShift, true);
        ParseRun run = new ParseRun(s, braceCol);
        dev.eddy.grammar.PythonParser.Fstring_inputContext tree =
                run.parse(dev.eddy.grammar.PythonParser::fstring_input);
        return run.builder().starExpressions(tree.star_expressions());
    }

    AstBuilder builder() {
        return new AstBuilder(src, tokens, colDelta);
    }

    dev.eddy.grammar.PythonParser newParser() {
        dev.eddy.grammar.PythonParser parser = new dev.eddy.grammar.PythonParser(tokens);
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        return parser;
    }

    private <T extends ParserRuleContext> T parse(Function<dev.eddy.grammar.PythonParser, T> rule) {
        LexicalError lexical = lexer.lexicalError();
        Object result = tryParse(rule);
        if (result instanceof RecognitionException e) {
            SyntaxErrorException err = new ErrorAnalysis(this, e).report();
            if (lexical != null && lexical.raising() && !err.getMsg().startsWith("unexpected ")) {
                // CPython reports these whatever the parser made of the tokens before them,
                // except after an unexpected indent: that report skips the rest of the file.
                throw lexicalError(lexical);
            }
            throw err;
        }
        @SuppressWarnings("unchecked")
        T tree = (T) result;
        return tree;
    }

    /** The parse tree, or the RecognitionException at which full LL prediction failed. */
    Object tryParse(Function<dev.eddy.grammar.PythonParser, ? extends ParserRuleContext> rule) {
        dev.eddy.grammar.PythonParser parser = newParser();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException e) {
            // SLL could not decide, or this is a real error: settle it with full LL.
        }
        tokens.seek(0);
        parser.reset();
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            return rule.apply(parser);
        } catch (ParseCancellationException e) {
            return e.getCause();
        }
    }

    SyntaxErrorException lexicalError(LexicalError e) {
        return src.tokenizerError(e.kind(), e.message(), e.line(), e.offset(), e.endLine(), e.endOffset(), !e.raising(),
                !e.raising());
    }

    /** CPython's "'(' was never closed" for the bracket a lexical error found open. */
    SyntaxErrorException unclosed(LexicalError e) {
        return src.tokenizerError("SyntaxError", "'" + e.openBracket() + "' was never closed", e.bracketLine(),
                e.bracketCol() + 1, e.bracketLine(), 0, true, true);
    }
}
