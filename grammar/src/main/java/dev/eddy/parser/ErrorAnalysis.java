package dev.eddy.parser;

import static dev.eddy.grammar.PythonParser.*;

import dev.eddy.ast.Expr;
import dev.eddy.grammar.LexicalError;
import dev.eddy.grammar.PythonLexer;
import dev.eddy.grammar.PythonToken;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns a failed parse into the error CPython 3.11 reports for the same input.
 *
 * <p>CPython parses twice: a fast pass, and on failure a second pass with extra
 * "invalid_*" rules that raise specialised messages at the first construct they match;
 * failing that, "invalid syntax" at the furthest token the first pass read. Tokenizer
 * errors met on the way win, and an unclosed bracket is reported instead when the error
 * lies on a later line. This class emulates that: it first re-checks every construct
 * completed before the failure (the AST builder raises the "invalid_*" errors our grammar
 * lets through), then applies the "invalid_*" rules that fit the failure point.
 */
final class ErrorAnalysis {
    private final ParseRun run;
    private final RecognitionException re;
    private final Token bad;
    private final AstBuilder builder;
    /** Raw line of the furthest token CPython would have read. */
    private int furthestLine;
    /** Set when CPython would have read up to the lexical error token. */
    private boolean reachedLexicalError;

    ErrorAnalysis(ParseRun run, RecognitionException re) {
        this.run = run;
        this.re = re;
        this.bad = re.getOffendingToken();
        this.builder = run.builder();
    }

    SyntaxErrorException report() {
        LexicalError lexical = run.lexer.lexicalError();
        furthestLine = bad.getLine();
        SyntaxErrorException err = validateCompleted(root((ParserRuleContext) re.getCtx()));
        if (err != null) {
            furthestLine = Math.max(err.getLineno(), err.getEndLineno()) - run.src.lineDelta;
        } else if (bad.getType() == PythonLexer.ERRORTOKEN) {
            return run.lexicalError(lexical);
        } else {
            err = analyze();
            if (reachedLexicalError && lexical != null) {
                return run.lexicalError(lexical);
            }
            if (err.getLineno() - run.src.lineDelta != Math.min(furthestLine, run.src.lineCount()) && err.getText() != null
                    && err.getText().endsWith("\n")) {
                // CPython keeps the line break only when the error is on the line it last read.
                String t = err.getText();
                err = new SyntaxErrorException(err.getKind(), err.getMsg(), err.getFilename(), err.getLineno(),
                        err.getOffset(), t.substring(0, t.length() - 1), err.getEndLineno(), err.getEndOffset());
            }
        }
        if (lexical != null && lexical.openBracket() != 0 && furthestLine > lexical.bracketLine()) {
            return run.unclosed(lexical);
        }
        return err;
    }

    /** The first error CPython's second pass would find in what was completed before the failure. */
    SyntaxErrorException completedError() {
        return validateCompleted(root((ParserRuleContext) re.getCtx()));
    }

    private static ParserRuleContext root(ParserRuleContext c) {
        while (c.getParent() != null) {
            c = c.getParent();
        }
        return c;
    }

    // ------------------------------------------------------------------ completed constructs

    private SyntaxErrorException validateCompleted(ParserRuleContext root) {
        try {
            walk(root);
            return null;
        } catch (SyntaxErrorException e) {
            return e;
        }
    }

    private void walk(ParserRuleContext c) {
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof ParserRuleContext child) {
                if (child.exception == null) {
                    check(child);
                } else {
                    walk(child);
                }
            }
        }
        if (c instanceof ExprStmtContext e) {
            partialAssignment(e);
        }
    }

    /** Builds a completed construct for the errors only building finds. */
    private void check(ParserRuleContext c) {
        try {
            checkOrThrow(c);
        } catch (SyntaxErrorException e) {
            throw e;
        } catch (RuntimeException e) {
            // A construct the builder cannot take on its own: nothing to report.
        }
    }

    private void checkOrThrow(ParserRuleContext c) {
        AstBuilder b = builder;
        if (c instanceof StmtContext s) {
            b.stmt(s, new ArrayList<>());
        } else if (c instanceof Simple_stmtsContext s) {
            b.simpleStmts(s, new ArrayList<>());
        } else if (c instanceof Simple_stmtContext s) {
            b.simple(s);
        } else if (c instanceof Compound_stmtContext s) {
            b.compound(s);
        } else if (c instanceof BlockContext s) {
            b.block(s);
        } else if (c instanceof FuncdefContext f) {
            b.funcdef(f, List.of());
        } else if (c instanceof ClassdefContext k) {
            b.classdef(k, List.of());
        } else if (c instanceof Annotated_rhsContext x) {
            b.rhs(x);
        } else if (c instanceof Star_expressionsContext x) {
            b.starExpressions(x);
        } else if (c instanceof Star_expressionContext x) {
            b.starExpression(x);
        } else if (c instanceof Star_named_expressionContext x) {
            b.starNamedExpression(x);
        } else if (c instanceof Named_expressionContext x) {
            b.namedExpression(x);
        } else if (c instanceof ExpressionContext x) {
            b.expr(x);
        } else if (c instanceof DisjunctionContext x) {
            b.disjunction(x);
        } else if (c instanceof ConjunctionContext x) {
            b.conjunction(x);
        } else if (c instanceof InversionContext x) {
            b.inversion(x);
        } else if (c instanceof ComparisonContext x) {
            b.comparison(x);
        } else if (c instanceof Bitwise_orContext x) {
            b.bitwiseOr(x);
        } else if (c instanceof FactorContext x) {
            b.factor(x);
        } else if (c instanceof Await_primaryContext x) {
            b.awaitPrimary(x);
        } else if (c instanceof PrimaryContext x) {
            b.primary(x);
        } else if (c instanceof AtomContext x) {
            b.atom(x);
        } else if (c instanceof Yield_exprContext x) {
            b.yieldExpr(x);
        } else if (c instanceof Star_targetsContext x) {
            b.targets(x);
        } else if (c instanceof Star_targetContext x) {
            b.target(b.starTarget(x), c.getParent() instanceof With_itemContext
                    ? AstBuilder.TargetKind.STAR : AstBuilder.TargetKind.FOR);
        } else if (c instanceof With_itemContext x) {
            b.withItem(x);
        } else if (c instanceof Except_blockContext x) {
            b.handler(x);
        } else if (c instanceof ParamsContext x) {
            b.params(x.param());
        } else if (c instanceof Lambda_paramsContext x) {
            b.lambdaParams(x.lambda_param());
        } else if (c instanceof For_if_clausesContext x) {
            b.comprehensions(x);
        } else if (c instanceof SlicesContext x) {
            b.slices(x);
        } else if (c instanceof SliceContext x) {
            b.slice(x);
        } else if (c instanceof ArgumentsContext x) {
            Token close = b.tokenAfter(x.stop);
            b.callArgs(x, x.start, close);
        } else {
            for (int i = 0; i < c.getChildCount(); i++) {
                if (c.getChild(i) instanceof ParserRuleContext child) {
                    check(child);
                }
            }
        }
    }

    /** An assignment cut short: its completed targets are checked as CPython's second pass would. */
    private void partialAssignment(ExprStmtContext e) {
        if (e.augassign() != null) {
            partialAugmentedAssignment(e);
            return;
        }
        List<Annotated_rhsContext> targets = new ArrayList<>();
        ParserRuleContext next = null;
        for (int i = 0; i + 1 < e.getChildCount(); i++) {
            if (e.getChild(i) instanceof Annotated_rhsContext part && part.exception == null
                    && e.getChild(i + 1) instanceof TerminalNode eq && eq.getSymbol().getType() == PythonLexer.EQUAL) {
                targets.add(part);
                if (i + 2 < e.getChildCount() && e.getChild(i + 2) instanceof ParserRuleContext n) {
                    next = n;
                } else {
                    next = null;
                }
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        List<Expr> built = new ArrayList<>();
        boolean invalid = false;
        for (Annotated_rhsContext t : targets) {
            Expr x = builder.rhs(t);
            built.add(x);
            invalid |= t.yield_expr() != null || AstBuilder.invalidTarget(x, AstBuilder.TargetKind.STAR) != null;
        }
        if (!invalid) {
            return;
        }
        Star_expressionsContext first = targets.get(0).star_expressions();
        ParserRuleContext afterFirst = targets.size() > 1 ? targets.get(1) : next;
        if (first != null && afterFirst != null && !missing(afterFirst)
                && first.getChild(first.getChildCount() - 1) instanceof Star_expressionContext last
                && last.expression() != null) {
            builder.namedExpressionCheck(last.expression(), afterFirst);
        }
        for (int i = 0; i < built.size(); i++) {
            Expr t = built.get(i);
            if (targets.get(i).yield_expr() != null) {
                throw builder.error("assignment to yield expression not possible", t.pos());
            }
            Expr b = AstBuilder.invalidTarget(t, AstBuilder.TargetKind.STAR);
            if (b != null) {
                throw builder.error("cannot assign to " + AstBuilder.exprName(b), b.pos());
            }
        }
    }

    /** "f() += 1 +": CPython reports the target once a value has begun. */
    private void partialAugmentedAssignment(ExprStmtContext e) {
        List<Annotated_rhsContext> parts = e.annotated_rhs();
        if (parts.size() < 2 || parts.get(0).exception != null || missing(parts.get(1))) {
            return;
        }
        Expr target = builder.rhs(parts.get(0));
        if (!(target instanceof dev.eddy.ast.Name || target instanceof dev.eddy.ast.Attribute
                || target instanceof dev.eddy.ast.Subscript)) {
            throw builder.error("'" + AstBuilder.exprName(target) + "' is an illegal expression for augmented assignment",
                    target.pos());
        }
    }

    // ------------------------------------------------------------------ the failure point

    private SyntaxErrorException analyze() {
        ParserRuleContext c = owner((ParserRuleContext) re.getCtx());
        int type = bad.getType();
        Token prev = bad.getTokenIndex() > 0 ? run.tokens.get(bad.getTokenIndex() - 1) : null;
        if (type == PythonLexer.INDENT) {
            return run.src.error("IndentationError", "unexpected indent", bad.getLine(), bad.getCharPositionInLine(),
                    bad.getLine(), -1, true);
        }
        SyntaxErrorException e = expectedBlock(c);
        if (e == null) {
            e = expectedColon(c, type);
        }
        if (e == null && type == PythonLexer.EQUAL) {
            e = assignmentInExpression();
        }
        if (e == null && type == PythonLexer.COLONEQUAL) {
            e = walrusTarget();
        }
        if (e == null) {
            e = special(c, type, prev);
        }
        if (e == null) {
            e = legacyPrint(prev);
        }
        if (e == null) {
            e = missingComma(prev);
        }
        if (e != null) {
            return e;
        }
        if (type == PythonLexer.DEDENT) {
            return run.src.error("IndentationError", "unexpected unindent", bad.getLine(), bad.getCharPositionInLine(),
                    bad.getLine(), -1, true);
        }
        return atToken("invalid syntax", bad);
    }

    /** The innermost construct in progress that had read something before the failure. */
    private ParserRuleContext owner(ParserRuleContext c) {
        while (c.getParent() != null && (c.start == null || c.start.getTokenIndex() >= bad.getTokenIndex())) {
            c = c.getParent();
        }
        return c;
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t): the token's span. */
    private SyntaxErrorException atToken(String msg, Token t) {
        if (t.getType() == Token.EOF || t.getType() == PythonLexer.DEDENT) {
            int line = Math.max(1, Math.min(t.getLine(), run.src.lineCount()));
            return run.src.error("SyntaxError", msg, line, 0, line, 0, true);
        }
        return run.src.error("SyntaxError", msg, t.getLine(), t.getCharPositionInLine() + 1,
                AstBuilder.rawEndLine(t), AstBuilder.rawEndCol(t) + 1, true);
    }

    /** CPython's RAISE_ERROR_KNOWN_LOCATION spanning from token a to token b. */
    private SyntaxErrorException range(String msg, Token a, Token b) {
        return run.src.error("SyntaxError", msg, a.getLine(), a.getCharPositionInLine() + 1,
                AstBuilder.rawEndLine(b), AstBuilder.rawEndCol(b) + 1, true);
    }

    private SyntaxErrorException expectedBlock(ParserRuleContext c) {
        if (!(c instanceof BlockContext block) || block.getChildCount() != 1 || block.NEWLINE() == null) {
            return null;
        }
        ParserRuleContext owner = block.getParent();
        String what;
        Token keyword = owner.start;
        if (owner instanceof IfStmtContext) {
            what = "'if' statement";
        } else if (owner instanceof Elif_clauseContext) {
            what = "'elif' statement";
        } else if (owner instanceof Else_blockContext) {
            what = "'else' statement";
        } else if (owner instanceof WhileStmtContext) {
            what = "'while' statement";
        } else if (owner instanceof ForStmtContext f) {
            what = "'for' statement";
            keyword = f.FOR().getSymbol();
        } else if (owner instanceof TryStmtContext) {
            what = "'try' statement";
        } else if (owner instanceof Except_blockContext x) {
            what = x.star != null ? "'except*' statement" : "'except' statement";
        } else if (owner instanceof Finally_blockContext) {
            what = "'finally' statement";
        } else if (owner instanceof WithStmtContext w) {
            what = "'with' statement";
            keyword = w.WITH().getSymbol();
        } else if (owner instanceof FuncdefContext f) {
            what = "function definition";
            keyword = f.DEF().getSymbol();
        } else if (owner instanceof ClassdefContext) {
            what = "class definition";
        } else {
            what = null;
        }
        String msg = what == null ? "expected an indented block"
                : "expected an indented block after " + what + " on line " + (keyword.getLine() + run.src.lineDelta);
        return lastToken("IndentationError", msg, bad);
    }

    /** CPython's _PyPegen_raise_error: located at the last token read. */
    private SyntaxErrorException lastToken(String kind, String msg, Token t) {
        int type = t.getType();
        if (type == Token.EOF || type == PythonLexer.DEDENT || type == PythonLexer.INDENT) {
            int line = t.getLine();
            int col = t.getCharPositionInLine();
            if (type == Token.EOF && line > run.src.lineCount()) {
                line = Math.max(1, run.src.lineCount());
                String text = run.src.line(line);
                col = text == null ? 0 : text.length() + 1;
            }
            return run.src.error(kind, msg, line, col, line, -1, true);
        }
        return run.src.error(kind, msg, t.getLine(), t.getCharPositionInLine() + 1, AstBuilder.rawEndLine(t),
                AstBuilder.rawEndCol(t) + 1, true);
    }

    private SyntaxErrorException expectedColon(ParserRuleContext c, int type) {
        boolean newline = type == PythonLexer.NEWLINE;
        if (c instanceof FuncdefContext f) {
            if (f.LPAR() == null && f.NAME() != null) {
                return atToken("expected '('", bad);
            }
            if (f.RPAR() != null && f.COLON() == null) {
                return atToken("expected ':'", bad);
            }
            return null;
        }
        if (c instanceof TryStmtContext t && t.getChildCount() == 1
                || c instanceof Else_blockContext && c.getChildCount() == 1
                || c instanceof Finally_blockContext && c.getChildCount() == 1) {
            return atToken("expected ':'", bad);
        }
        if (c instanceof Except_blockContext x && x.star != null && missing(x.expression())
                && (newline || type == PythonLexer.COLON)) {
            return lastToken("SyntaxError", "expected one or more exception types", bad);
        }
        if (!newline || c.getChildCount() == 0 || !complete(c.getChild(c.getChildCount() - 1))) {
            return null;
        }
        boolean header = c instanceof IfStmtContext i && i.COLON() == null
                || c instanceof Elif_clauseContext e && e.COLON() == null
                || c instanceof WhileStmtContext w && w.COLON() == null
                || c instanceof ForStmtContext f && f.COLON() == null && f.star_expressions() != null
                || c instanceof WithStmtContext w2 && w2.COLON() == null && w2.with_item().size() > 0
                || c instanceof ClassdefContext k && k.COLON() == null;
        if (header) {
            return lastToken("SyntaxError", "expected ':'", bad);
        }
        if (c instanceof Except_blockContext x && x.COLON() == null) {
            if (x.star != null && x.expression() == null) {
                return lastToken("SyntaxError", "expected one or more exception types", bad);
            }
            return lastToken("SyntaxError", "expected ':'", bad);
        }
        return null;
    }

    /** Whether a part is absent, or was begun at the failure without reading anything. */
    private boolean missing(ParserRuleContext x) {
        return x == null || x.exception != null && x.start.getTokenIndex() >= bad.getTokenIndex();
    }

    private static boolean complete(ParseTree t) {
        return !(t instanceof ParserRuleContext r) || r.exception == null;
    }

    /** The outermost completed context of the given type ending just before the failure. */
    private <T extends ParserRuleContext> T endingBeforeFailure(Class<T> type) {
        int end = bad.getTokenIndex() - 1;
        List<T> found = new ArrayList<>();
        collect(root((ParserRuleContext) re.getCtx()), type, end, found);
        T best = null;
        for (T t : found) {
            if (best == null || t.start.getTokenIndex() < best.start.getTokenIndex()) {
                best = t;
            }
        }
        return best;
    }

    private static <T extends ParserRuleContext> void collect(ParserRuleContext c, Class<T> type, int end, List<T> out) {
        if (c.start == null || c.start.getTokenIndex() > end) {
            return;
        }
        if (c.exception == null && c.stop != null && c.stop.getTokenIndex() < end) {
            return;
        }
        if (type.isInstance(c) && c.exception == null && c.stop != null && c.stop.getTokenIndex() == end) {
            out.add(type.cast(c));
        }
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof ParserRuleContext child) {
                collect(child, type, end, out);
            }
        }
    }

    /** "x = 1" where only an expression may stand (CPython's invalid_named_expression and invalid_kwarg). */
    private SyntaxErrorException assignmentInExpression() {
        Named_expressionContext n = endingBeforeFailure(Named_expressionContext.class);
        if (n == null || n.COLONEQUAL() != null) {
            return null;
        }
        ExpressionContext a = n.expression();
        if (n.getParent() instanceof PositionalArgContext) {
            int t = a.start.getType();
            if (a.start == a.stop && (t == PythonLexer.TRUE || t == PythonLexer.FALSE || t == PythonLexer.NONE)) {
                return range("cannot assign to " + a.start.getText(), a.start, bad);
            }
            return range("expression cannot contain assignment, perhaps you meant \"==\"?", a.start, bad);
        }
        Bitwise_orContext b = parseAt(bad.getTokenIndex() + 1, p -> p.bitwise_or());
        if (b == null) {
            return null;
        }
        Token after = run.tokens.get(b.stop.getTokenIndex() + 1);
        noteRead(after);
        if (after.getType() == PythonLexer.EQUAL || after.getType() == PythonLexer.COLONEQUAL) {
            return null;
        }
        if (a.start == a.stop && a.start.getType() == PythonLexer.NAME) {
            return range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a.start, builder.lastReal(b.stop));
        }
        if (AstBuilder.pureBitwiseOr(a) != null && !AstBuilder.startsWithDisplay(a)) {
            Expr node = builder.expr(a);
            return builder.error("cannot assign to " + AstBuilder.exprName(node)
                    + " here. Maybe you meant '==' instead of '='?", node.pos());
        }
        return null;
    }

    /** "f() := 1": CPython's invalid_named_expression, first alternative. */
    private SyntaxErrorException walrusTarget() {
        ExpressionContext a;
        Named_expressionContext n = endingBeforeFailure(Named_expressionContext.class);
        if (n != null) {
            if (n.COLONEQUAL() != null || n.getParent() instanceof PositionalArgContext) {
                return null;
            }
            a = n.expression();
        } else {
            // At the start of a statement CPython's second pass reads a star_named_expression.
            Star_expressionContext se = endingBeforeFailure(Star_expressionContext.class);
            if (se == null || se.expression() == null || !(se.getParent() instanceof Star_expressionsContext list)
                    || !(list.getParent() instanceof Annotated_rhsContext part) || !(part.getParent() instanceof ExprStmtContext stmt)
                    || stmt.annotated_rhs(0) != part) {
                return null;
            }
            a = se.expression();
            if (a.start == a.stop && a.start.getType() == PythonLexer.NAME) {
                return null;
            }
        }
        ExpressionContext value = parseAt(bad.getTokenIndex() + 1, p -> p.expression());
        if (value == null) {
            return null;
        }
        noteRead(run.tokens.get(value.stop.getTokenIndex() + 1));
        Expr node = builder.expr(a);
        return builder.error("cannot use assignment expressions with " + AstBuilder.exprName(node), node.pos());
    }

    private SyntaxErrorException special(ParserRuleContext c, int type, Token prev) {
        // "a if b" without else
        if (c instanceof ExpressionContext e && e.IF() != null && e.ELSE() == null && e.disjunction().size() == 2
                && e.disjunction(1).exception == null && type != PythonLexer.COLON) {
            return range("expected 'else' after 'if' expression", e.start, builder.lastReal(e.disjunction(1).stop));
        }
        // {k: } and {k: *v}
        if (c instanceof Dict_or_set_itemContext d && d.COLON() != null && missing(d.expression())) {
            if (type == PythonLexer.STAR) {
                // RAISE_SYNTAX_ERROR_STARTING_FROM: up to where the tokenizer stopped, past the operand.
                Bitwise_orContext operand = parseAt(bad.getTokenIndex() + 1, p -> p.bitwise_or());
                Token next = operand == null ? bad : run.tokens.get(operand.stop.getTokenIndex() + 1);
                int end = next.getType() == PythonLexer.NEWLINE ? next.getCharPositionInLine() : AstBuilder.rawEndCol(next);
                return run.src.error("SyntaxError", "cannot use a starred expression in a dictionary value",
                        bad.getLine(), bad.getCharPositionInLine() + 1, AstBuilder.rawEndLine(next), end, true);
            }
            if (type == PythonLexer.RBRACE || type == PythonLexer.COMMA) {
                return atToken("expression expected after dictionary key and ':'", d.COLON().getSymbol());
            }
        }
        // (**a)
        if (type == PythonLexer.DOUBLESTAR && c instanceof ParenAtomContext && c.getChildCount() == 1) {
            ExpressionContext x = parseAt(bad.getTokenIndex() + 1, p -> p.expression());
            if (x != null && run.tokens.get(x.stop.getTokenIndex() + 1).getType() == PythonLexer.RPAR) {
                return atToken("cannot use double starred expression here", bad);
            }
        }
        // def f(a, (b, c)) and lambda (x): ...
        if (type == PythonLexer.LPAR && (c instanceof ParamsContext || c instanceof FuncdefContext
                || c instanceof Lambda_paramsContext || c instanceof LambdefContext)) {
            boolean lambda = c instanceof Lambda_paramsContext || c instanceof LambdefContext;
            Token close = parenthesizedParams(bad.getTokenIndex() + 1, !lambda);
            if (close != null) {
                return range(lambda ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized", bad, close);
            }
        }
        // {k: v, x y}
        DictorsetmakerContext m = c instanceof DictorsetmakerContext dm ? dm
                : c instanceof DictOrSetAtomContext da ? da.dictorsetmaker() : null;
        if (m != null && m.dict_or_set_item().size() > 1) {
            Dict_or_set_itemContext first = m.dict_or_set_item(0);
            Dict_or_set_itemContext last = m.dict_or_set_item(m.dict_or_set_item().size() - 1);
            if ((first.COLON() != null || first.DOUBLESTAR() != null) && last.exception == null
                    && last.named_expression() != null && last.COLON() == null
                    && last.stop.getTokenIndex() == bad.getTokenIndex() - 1) {
                Token e = builder.lastReal(last.stop);
                return run.src.error("SyntaxError", "':' expected after dictionary key", last.start.getLine(),
                        AstBuilder.rawEndCol(e), AstBuilder.rawEndLine(e), 0, true);
            }
        }
        // [a, b for a in c]
        if (type == PythonLexer.FOR && (c instanceof ListAtomContext || c instanceof DictOrSetAtomContext)) {
            ParserRuleContext items = c instanceof ListAtomContext l ? l.testlist_comp()
                    : ((DictOrSetAtomContext) c).dictorsetmaker();
            if (items != null && items.getChildCount() > 1) {
                ParseTree lastChild = items.getChild(items.getChildCount() - 1);
                Token end = lastChild instanceof TerminalNode tn ? tn.getSymbol() : builder.lastReal(((ParserRuleContext) lastChild).stop);
                if (items.getChildCount() == 2 || lastChild instanceof ParserRuleContext) {
                    return range("did you forget parentheses around the comprehension target?", items.start, end);
                }
            }
        }
        // from m import a,
        if (type == PythonLexer.NEWLINE && c instanceof Import_targetsContext t && prev != null
                && prev.getType() == PythonLexer.COMMA && t.LPAR() == null) {
            return lastToken("SyntaxError", "trailing comma not allowed without surrounding parentheses", bad);
        }
        // except A, B:
        if (type == PythonLexer.COMMA && c instanceof Except_blockContext x && x.expression() != null
                && x.AS() == null) {
            ExpressionContext a = x.expression();
            int end = lineEnd(a.start.getLine());
            for (int i = bad.getTokenIndex(); i < run.tokens.size(); i++) {
                Token t = run.tokens.get(i);
                if (t.getType() == PythonLexer.COLON && ((PythonToken) t).depth() == 0) {
                    end = AstBuilder.rawEndCol(t);
                    break;
                }
                if (t.getType() == PythonLexer.NEWLINE || t.getType() == Token.EOF) {
                    break;
                }
            }
            return run.src.error("SyntaxError", "multiple exception types must be parenthesized", a.start.getLine(),
                    a.start.getCharPositionInLine() + 1, a.start.getLine(), end, true);
        }
        // try: ... without except or finally
        if (c instanceof TryStmtContext t && t.block() != null && t.except_block().isEmpty()
                && t.finally_block() == null && type != PythonLexer.EXCEPT && type != PythonLexer.FINALLY) {
            return lastToken("SyntaxError", "expected 'except' or 'finally' block", bad);
        }
        // def f(a=):
        if (c instanceof PlainParamContext pp && pp.EQUAL() != null
                && missing(pp.expression(pp.expression().size() - 1)) && (type == PythonLexer.RPAR || type == PythonLexer.COMMA)) {
            return atToken("expected default value expression", pp.EQUAL().getSymbol());
        }
        return null;
    }

    /** The ')' closing "(a, b: int, c)" of parenthesized parameters starting at index i, or null. */
    private Token parenthesizedParams(int i, boolean annotations) {
        boolean any = false;
        while (i < run.tokens.size()) {
            Token t = run.tokens.get(i);
            if (t.getType() == PythonLexer.RPAR) {
                return any ? t : null;
            }
            if (t.getType() != PythonLexer.NAME) {
                return null;
            }
            any = true;
            i++;
            if (annotations && run.tokens.get(i).getType() == PythonLexer.COLON) {
                ExpressionContext ann = parseAt(i + 1, p -> p.expression());
                if (ann == null) {
                    return null;
                }
                i = ann.stop.getTokenIndex() + 1;
            }
            if (run.tokens.get(i).getType() == PythonLexer.COMMA) {
                i++;
            } else if (run.tokens.get(i).getType() != PythonLexer.RPAR) {
                return null;
            }
        }
        return null;
    }

    private int lineEnd(int line) {
        String text = run.src.line(line);
        return text == null ? 0 : text.length() + 1;
    }

    /** print "x": CPython's invalid_legacy_expression, tried wherever an expression starts with print or exec. */
    private SyntaxErrorException legacyPrint(Token prev) {
        List<ExpressionContext> found = new ArrayList<>();
        collectStartingWithLegacyName(root((ParserRuleContext) re.getCtx()), found);
        for (ExpressionContext a : found) {
            Token name = a.start;
            Token next = run.tokens.get(name.getTokenIndex() + 1);
            if (next.getType() == PythonLexer.LPAR || !startsExpression(next)) {
                continue;
            }
            Star_expressionsContext b = parseAt(next.getTokenIndex(), p -> p.star_expressions());
            if (b == null) {
                continue;
            }
            Token after = run.tokens.get(b.stop.getTokenIndex() + 1);
            noteRead(after);
            // Reading the operand runs CPython's comma check on it first.
            if (startsExpression(after) && after.getType() != PythonLexer.STAR) {
                ExpressionContext x = parseAt(after.getTokenIndex(), p -> p.expression());
                Star_expressionContext lastElt = b.star_expression(b.star_expression().size() - 1);
                if (x != null && lastElt.expression() != null && builder.lastReal(x.stop) instanceof PythonToken pt
                        && pt.depth() > 0) {
                    return range("invalid syntax. Perhaps you forgot a comma?", lastElt.start, builder.lastReal(x.stop));
                }
            }
            String n = name.getText();
            return range("Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?", name,
                    builder.lastReal(b.stop));
        }
        return null;
    }

    private void collectStartingWithLegacyName(ParserRuleContext c, List<ExpressionContext> out) {
        if (c.start == null || c.start.getTokenIndex() > bad.getTokenIndex()) {
            return;
        }
        if (c instanceof ExpressionContext e && e.start.getType() == PythonLexer.NAME
                && (e.start.getText().equals("print") || e.start.getText().equals("exec"))
                && e.start.getTokenIndex() < bad.getTokenIndex()) {
            out.add(e);
        }
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof ParserRuleContext child) {
                collectStartingWithLegacyName(child, out);
            }
        }
    }

    /** [a b]: CPython's invalid_expression, "Perhaps you forgot a comma?". */
    private SyntaxErrorException missingComma(Token prev) {
        if (prev == null || !startsExpression(bad) || bad.getType() == PythonLexer.STAR) {
            return null;
        }
        ExpressionContext a = null;
        int end = bad.getTokenIndex() - 1;
        List<ExpressionContext> found = new ArrayList<>();
        collect(root((ParserRuleContext) re.getCtx()), ExpressionContext.class, end, found);
        for (ExpressionContext x : found) {
            if (x.lambdef() == null && x.disjunction().size() == 1
                    && (a == null || x.start.getTokenIndex() < a.start.getTokenIndex())) {
                a = x;
            }
        }
        ParserRuleContext target = null;
        List<Star_targetsContext> targets = new ArrayList<>();
        collect(root((ParserRuleContext) re.getCtx()), Star_targetsContext.class, end, targets);
        for (Star_targetsContext t : targets) {
            if (t.getParent() instanceof For_if_clauseContext && (a == null || t.start.getTokenIndex() < a.start.getTokenIndex())) {
                target = t;
            }
        }
        Token aStart = target != null ? target.start : a != null ? a.start : null;
        if (aStart == null) {
            return null;
        }
        if (target == null && a.start.getType() == PythonLexer.NAME) {
            Token second = run.tokens.get(a.start.getTokenIndex() + 1);
            String w = a.start.getText();
            if (second.getType() == PythonLexer.STRING || w.equals("match") || w.equals("case") || w.equals("_")) {
                return null;
            }
            if (a.start == a.stop && (w.equals("print") || w.equals("exec"))) {
                return null;
            }
        }
        ExpressionContext b = parseAt(bad.getTokenIndex(), p -> p.expression());
        if (b == null) {
            return null;
        }
        noteRead(run.tokens.get(b.stop.getTokenIndex() + 1));
        Token bEnd = builder.lastReal(b.stop);
        if (!(bEnd instanceof PythonToken pt) || pt.depth() == 0) {
            return null;
        }
        return range("invalid syntax. Perhaps you forgot a comma?", aStart, bEnd);
    }

    private void noteRead(Token t) {
        if (t.getType() == PythonLexer.ERRORTOKEN) {
            reachedLexicalError = true;
        }
        furthestLine = Math.max(furthestLine, t.getLine());
    }

    private static boolean startsExpression(Token t) {
        return switch (t.getType()) {
            case PythonLexer.NAME, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.LPAR, PythonLexer.LSQB,
                 PythonLexer.LBRACE, PythonLexer.MINUS, PythonLexer.PLUS, PythonLexer.TILDE, PythonLexer.NOT,
                 PythonLexer.LAMBDA, PythonLexer.AWAIT, PythonLexer.NONE, PythonLexer.TRUE, PythonLexer.FALSE,
                 PythonLexer.ELLIPSIS, PythonLexer.STAR -> true;
            default -> false;
        };
    }

    /** Parses a rule at a token index, as a second look ahead of the failure; null if it does not parse. */
    private <T extends ParserRuleContext> T parseAt(int index,
                                                   java.util.function.Function<dev.eddy.grammar.PythonParser, T> rule) {
        if (index >= run.tokens.size()) {
            return null;
        }
        dev.eddy.grammar.PythonParser p = run.newParser();
        run.tokens.seek(index);
        try {
            T t = rule.apply(p);
            return t.stop == null || t.stop.getTokenIndex() < index ? null : t;
        } catch (ParseCancellationException e) {
            return null;
        }
    }
}
