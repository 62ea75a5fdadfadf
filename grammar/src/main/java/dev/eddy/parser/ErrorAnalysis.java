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
    /** Nesting of analyses of look-aheads that failed in turn (bounded). */
    private final int depth;
    /** Set when asked whether CPython's first pass stopped before the end (REPL completeness). */
    private boolean forCompleteness;

    ErrorAnalysis(ParseRun run, RecognitionException re) {
        this(run, re, 0);
    }

    private ErrorAnalysis(ParseRun run, RecognitionException re, int depth) {
        this.run = run;
        this.re = re;
        this.bad = re.getOffendingToken();
        this.builder = run.builder();
        this.depth = depth;
    }

    SyntaxErrorException report() {
        LexicalError lexical = run.lexer.lexicalError();
        furthestLine = bad.getLine();
        SyntaxErrorException err = validateCompleted(root((ParserRuleContext) re.getCtx()));
        if (err == null) {
            ErrorAnalysis with = withAlternative();
            if (with != null) {
                return with.report();
            }
        }
        if (err != null) {
            furthestLine = Math.max(err.getLineno(), err.getEndLineno()) - run.src.lineDelta;
        } else if (bad.getType() == PythonLexer.ERRORTOKEN) {
            return run.lexicalError(lexical);
        } else {
            try {
                err = analyze();
            } catch (SyntaxErrorException e) {
                err = e;
            }
            if (reachedLexicalError && lexical != null) {
                return run.lexicalError(lexical);
            }
        }
        if (lexical != null && lexical.openBracket() != 0 && furthestLine > lexical.bracketLine()) {
            return run.unclosed(lexical);
        }
        return err;
    }

    /**
     * A with statement's items are chosen by looking far ahead; when that fails no item was
     * parsed. Parse each form on its own (the parenthesized one first, as CPython) and
     * analyze the failure of the one that got furthest.
     */
    private ErrorAnalysis withAlternative() {
        if (!(re instanceof org.antlr.v4.runtime.NoViableAltException nv)
                || !(re.getCtx() instanceof WithStmtContext w) || w.with_item().size() > 0) {
            return null;
        }
        int start = nv.getStartToken().getTokenIndex();
        RecognitionException best = null;
        for (int form = 0; form < 2; form++) {
            if (form == 0 && run.tokens.get(start).getType() != PythonLexer.LPAR) {
                continue;
            }
            dev.eddy.grammar.PythonParser p = run.newParser();
            run.tokens.seek(start);
            try {
                if (form == 0) {
                    p.with_items_paren();
                } else {
                    p.with_items_plain();
                }
            } catch (ParseCancellationException e) {
                RecognitionException r = (RecognitionException) e.getCause();
                if (best == null || r.getOffendingToken().getTokenIndex() > best.getOffendingToken().getTokenIndex()) {
                    best = r;
                }
            }
        }
        return best == null ? null : new ErrorAnalysis(run, best, depth);
    }

    /** Whether CPython's first pass would have stopped before the failure (an error completed earlier). */
    boolean stoppedEarlier() {
        forCompleteness = true;
        return completedError() != null;
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
        if (c instanceof For_if_clauseContext f && f.IN() == null && f.FOR() != null) {
            forTargetReparse(f.FOR().getSymbol());
            return;
        }
        if (c instanceof ForStmtContext f && f.IN() == null && f.FOR() != null) {
            forTargetReparse(f.FOR().getSymbol());
            return;
        }
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
            if (e.annotation() != null) {
                partialAnnotation(e);
            } else {
                partialAssignment(e);
            }
        }
    }

    /**
     * "f(): x +": CPython's first pass only reads the ':' after a name, attribute or
     * subscript; after anything else its second pass reports the target if an annotation
     * expression follows, and the ':' itself otherwise.
     */
    private void partialAnnotation(ExprStmtContext e) {
        Annotated_rhsContext part = e.annotated_rhs(0);
        if (part.exception != null) {
            return;
        }
        Expr target = builder.rhs(part);
        Expr t = target;
        boolean single = part.star_expressions() != null && part.star_expressions().COMMA().isEmpty()
                && part.star_expressions().star_expression().size() == 1;
        if (single && (t instanceof dev.eddy.ast.Name || t instanceof dev.eddy.ast.Attribute
                || t instanceof dev.eddy.ast.Subscript)) {
            return;
        }
        Token colon = e.annotation().COLON().getSymbol();
        ExpressionContext annotation = parseAt(colon.getTokenIndex() + 1, p -> p.expression());
        if (annotation != null && !(t instanceof dev.eddy.ast.Starred) && part.yield_expr() == null) {
            if (!single) {
                Expr first = builder.starExpression(part.star_expressions().star_expression(0));
                throw builder.error("only single target (not tuple) can be annotated", first.pos());
            }
            if (t instanceof dev.eddy.ast.ListExpr || t instanceof dev.eddy.ast.TupleExpr) {
                throw builder.error("only single target (not " + Targets.name(t) + ") can be annotated", t.pos());
            }
            throw builder.error("illegal target for annotation", t.pos());
        }
        throw atToken("invalid syntax", colon);
    }

    /**
     * A loop target CPython could not read as a target: its invalid_for_target rule reads it
     * as expressions instead (raising what that reading raises) and reports the part that
     * cannot be assigned to.
     */
    private void forTargetReparse(Token forToken) {
        int start = forToken.getTokenIndex() + 1;
        dev.eddy.grammar.PythonParser p = run.newParser();
        run.tokens.seek(start);
        Star_expressionsContext targets;
        try {
            targets = p.star_expressions();
        } catch (ParseCancellationException e) {
            if (e.getCause() instanceof RecognitionException r) {
                SyntaxErrorException inner = depth < 6 ? new ErrorAnalysis(run, r, depth + 1).specificError() : null;
                if (inner != null) {
                    throw inner;
                }
            }
            return;
        }
        check(targets);
        Expr t = builder.starExpressions(targets);
        Expr bad = Targets.invalid(t, Targets.Kind.FOR);
        if (bad != null) {
            throw builder.error("cannot assign to " + Targets.name(bad), bad.pos());
        }
    }

    /** The error of this failure if it is one of CPython's specialised ones, else null. */
    private SyntaxErrorException specificError() {
        SyntaxErrorException e = completedError();
        if (e == null) {
            try {
                e = analyze();
            } catch (SyntaxErrorException x) {
                e = x;
            }
        }
        return e == null || e.getMsg().endsWith("invalid syntax") ? null : e;
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
                    ? Targets.Kind.STAR : Targets.Kind.FOR);
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
            invalid |= t.yield_expr() != null || Targets.invalid(x, Targets.Kind.STAR) != null;
        }
        if (!invalid) {
            return;
        }
        Star_expressionsContext first = targets.get(0).star_expressions();
        ParserRuleContext afterFirst = targets.size() > 1 ? targets.get(1) : next;
        if (!forCompleteness && afterFirst != null && afterFirst.exception != null
                && bad.getType() == PythonLexer.ERRORTOKEN) {
            // Reading the value reached the tokenizer error: CPython reports that.
            return;
        }
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
            Expr b = Targets.invalid(t, Targets.Kind.STAR);
            if (b != null) {
                throw builder.error("cannot assign to " + Targets.name(b), b.pos());
            }
        }
    }

    /** "f() += 1 +": CPython reports the target once a value has begun. */
    private void partialAugmentedAssignment(ExprStmtContext e) {
        List<Annotated_rhsContext> parts = e.annotated_rhs();
        if (parts.get(0).exception != null) {
            return;
        }
        Expr target = builder.rhs(parts.get(0));
        boolean valid = target instanceof dev.eddy.ast.Name || target instanceof dev.eddy.ast.Attribute
                || target instanceof dev.eddy.ast.Subscript;
        if (parts.size() < 2 || missing(parts.get(1))) {
            if (!valid && !forCompleteness) {
                // CPython's first pass never read the operator after a target it cannot take.
                throw atToken("invalid syntax", e.augassign().start);
            }
            return;
        }
        if (!valid) {
            throw builder.error("'" + Targets.name(target) + "' is an illegal expression for augmented assignment",
                    target.pos());
        }
    }

    // ------------------------------------------------------------------ the failure point

    private SyntaxErrorException analyze() {
        ParserRuleContext c = owner((ParserRuleContext) re.getCtx());
        int type = bad.getType();
        Token prev = bad.getTokenIndex() > 0 ? run.tokens.get(bad.getTokenIndex() - 1) : null;
        SyntaxErrorException e = matchStatement();
        if (e == null) {
            e = expectedBlock(c);
        }
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
        if (e == null && type == PythonLexer.INDENT) {
            return run.src.error("IndentationError", "unexpected indent", bad.getLine(), bad.getCharPositionInLine(),
                    bad.getLine(), -1, true);
        }
        if (e == null) {
            e = missingComma(prev);
        }
        if (e == null) {
            e = legacyPrint(prev);
        }
        if (e != null) {
            return e;
        }
        if (type == PythonLexer.DEDENT) {
            return run.src.error("IndentationError", "unexpected unindent", bad.getLine(), bad.getCharPositionInLine(),
                    bad.getLine(), -1, true);
        }
        Token probe = targetProbe(c);
        return atToken("invalid syntax", probe != null ? probe : bad);
    }

    /** The innermost construct in progress that had read something before the failure. */
    private ParserRuleContext owner(ParserRuleContext c) {
        while (c.getParent() != null && (c.start == null || c.start.getTokenIndex() >= bad.getTokenIndex())) {
            c = c.getParent();
        }
        return c;
    }

    /**
     * A statement starting with the soft keyword "match" whose ':' is missing gets CPython's
     * "expected ':'"; errors after the ':' are left to the other analyses.
     */
    private SyntaxErrorException matchStatement() {
        int i = bad.getTokenIndex() - 1;
        while (i >= 0) {
            Token t = run.tokens.get(i);
            int type = t.getType();
            if ((type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT
                    || type == PythonLexer.SEMI) && ((PythonToken) t).depth() == 0) {
                break;
            }
            i--;
        }
        Token first = run.tokens.get(i + 1);
        if (first.getType() != PythonLexer.NAME || !first.getText().equals("match")
                || !startsExpression(run.tokens.get(i + 2))) {
            return null;
        }
        Star_expressionsContext subject = parseAt(i + 2, p -> p.star_expressions(), false);
        if (subject == null) {
            return null;
        }
        Token next = run.tokens.get(subject.stop.getTokenIndex() + 1);
        if (next.getType() == PythonLexer.COLON) {
            return null;
        }
        if (next.getType() == PythonLexer.NEWLINE && next.getTokenIndex() >= bad.getTokenIndex() - 1) {
            return lastToken("SyntaxError", "expected ':'", next);
        }
        return null;
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

    /** The source span of the node a construct stands for (a parenthesized group is its content). */
    private dev.eddy.ast.Pos posOf(ParserRuleContext c) {
        try {
            Expr e = c instanceof ExpressionContext x ? builder.expr(x)
                    : c instanceof DisjunctionContext x ? builder.disjunction(x)
                    : c instanceof Star_expressionsContext x ? builder.starExpressions(x)
                    : c instanceof Star_named_expressionContext x ? builder.starNamedExpression(x)
                    : c instanceof Named_expressionContext x ? builder.namedExpression(x)
                    : c instanceof Bitwise_orContext x ? builder.bitwiseOr(x)
                    : c instanceof Star_targetContext x ? builder.starTarget(x)
                    : c instanceof Dict_or_set_itemContext x && x.named_expression() != null && x.COLON() == null
                    ? builder.namedExpression(x.named_expression())
                    : null;
            if (e != null) {
                return e.pos();
            }
        } catch (RuntimeException e) {
            // fall back to the tokens
        }
        return builder.pos(c);
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE over two nodes. */
    private SyntaxErrorException nodeRange(String msg, dev.eddy.ast.Pos a, dev.eddy.ast.Pos b) {
        return builder.error(msg, AstBuilder.span(a, b));
    }

    /** CPython's RAISE_ERROR_KNOWN_LOCATION spanning from token a to token b. */
    private SyntaxErrorException range(String msg, Token a, Token b) {
        return run.src.error("SyntaxError", msg, a.getLine(), a.getCharPositionInLine() + 1,
                AstBuilder.rawEndLine(b), AstBuilder.rawEndCol(b) + 1, true);
    }

    private SyntaxErrorException expectedBlock(ParserRuleContext c) {
        if (c instanceof MatchStmtContext m && m.NEWLINE() != null && bad.getType() != PythonLexer.INDENT
                && bad.getTokenIndex() == m.NEWLINE().getSymbol().getTokenIndex() + 1) {
            // the case blocks of a match are its indented block
            return lastToken("IndentationError", "expected an indented block after 'match' statement on line "
                    + (m.start.getLine() + run.src.lineDelta), bad);
        }
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
        } else if (owner instanceof Case_blockContext) {
            what = "'case' statement";
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
            if (type != PythonLexer.INDENT && atEndOfInput(t)) {
                // At end of file CPython's tokenizer buffer is empty: the column is 0.
                line = Math.max(1, Math.min(line, run.src.lineCount()));
                col = 0;
            }
            return run.src.error(kind, msg, line, col, line, -1, true);
        }
        return run.src.error(kind, msg, t.getLine(), t.getCharPositionInLine() + 1, AstBuilder.rawEndLine(t),
                AstBuilder.rawEndCol(t) + 1, true);
    }

    /**
     * Our grammar reads loop, with and del targets as any expression; CPython's first pass
     * stops at the first token its target grammar cannot take, and reports "invalid syntax"
     * there. The token where it stopped, if before the failure, else null.
     */
    private Token targetProbe(ParserRuleContext c) {
        int start = -1;
        boolean del = false;
        for (ParserRuleContext x = c; x != null; x = x.getParent()) {
            if (x instanceof Star_targetsContext t && (x.getParent() instanceof For_if_clauseContext
                    || x.getParent() instanceof ForStmtContext)) {
                start = t.start.getTokenIndex();
                break;
            }
            if (x instanceof Star_targetContext t && x.getParent() instanceof With_itemContext) {
                start = t.start.getTokenIndex();
                break;
            }
            if (x instanceof DelStmtContext d) {
                start = d.DEL().getSymbol().getTokenIndex() + 1;
                del = true;
                break;
            }
        }
        if (start < 0 || start >= bad.getTokenIndex()) {
            return null;
        }
        dev.eddy.grammar.PythonParser p = run.newParser();
        run.tokens.seek(start);
        Token stop;
        try {
            ParserRuleContext r = del ? p.del_probe() : p.target_probe();
            stop = run.tokens.get(r.stop.getTokenIndex() + 1);
        } catch (ParseCancellationException e) {
            stop = ((RecognitionException) e.getCause()).getOffendingToken();
        }
        return stop.getTokenIndex() < bad.getTokenIndex() ? stop : null;
    }

    /** Whether only DEDENTs separate t from the end of input. */
    private boolean atEndOfInput(Token t) {
        for (int i = t.getTokenIndex(); i < run.tokens.size(); i++) {
            int type = run.tokens.get(i).getType();
            if (type == Token.EOF) {
                return true;
            }
            if (type != PythonLexer.DEDENT) {
                return false;
            }
        }
        return true;
    }

    private SyntaxErrorException expectedColon(ParserRuleContext c, int type) {
        boolean newline = type == PythonLexer.NEWLINE;
        if (c instanceof FuncdefContext f) {
            if (f.LPAR() == null && f.NAME() != null) {
                return atToken("expected '('", bad);
            }
            if (f.RARROW() != null && missing(f.expression())) {
                // CPython's optional '->' annotation fails as a whole, then ':' is forced.
                return atToken("expected ':'", f.RARROW().getSymbol());
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
        boolean header = c instanceof IfStmtContext i && i.COLON() == null && done(i.named_expression())
                || c instanceof Elif_clauseContext e && e.COLON() == null && done(e.named_expression())
                || c instanceof WhileStmtContext w && w.COLON() == null && done(w.named_expression())
                || c instanceof ForStmtContext f && f.COLON() == null && done(f.star_expressions())
                || c instanceof WithStmtContext w2 && w2.COLON() == null && w2.with_item().size() > 0
                || c instanceof With_items_parenContext wp && wp.COLON() == null && wp.RPAR() != null
                || c instanceof With_items_plainContext wq && wq.COLON() == null && wq.with_item().size() > 0
                || c instanceof ClassdefContext k && k.COLON() == null && k.NAME() != null;
        if (header) {
            return lastToken("SyntaxError", "expected ':'", bad);
        }
        if (c instanceof Except_blockContext x && x.COLON() == null) {
            return lastToken("SyntaxError", "expected ':'", bad);
        }
        return null;
    }

    private static boolean done(ParserRuleContext x) {
        return x != null && x.exception == null;
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
            return nodeRange("expression cannot contain assignment, perhaps you meant \"==\"?", posOf(a), builder.pos(bad));
        }
        boolean name = a.start == a.stop && a.start.getType() == PythonLexer.NAME;
        if (!name && (AstBuilder.pureBitwiseOr(a) == null || AstBuilder.startsWithDisplay(a))) {
            return null;
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
        if (name) {
            return nodeRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", builder.pos(a.start), posOf(b));
        }
        if (AstBuilder.pureBitwiseOr(a) != null && !AstBuilder.startsWithDisplay(a)) {
            Expr node = builder.expr(a);
            return builder.error("cannot assign to " + Targets.name(node)
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
        SyntaxErrorException inner = commaAt(bad.getTokenIndex() + 1);
        if (inner != null) {
            return inner;
        }
        ExpressionContext value = parseAt(bad.getTokenIndex() + 1, p -> p.expression());
        if (value == null) {
            return null;
        }
        noteRead(run.tokens.get(value.stop.getTokenIndex() + 1));
        Expr node = builder.expr(a);
        return builder.error("cannot use assignment expressions with " + Targets.name(node), node.pos());
    }

    private SyntaxErrorException special(ParserRuleContext c, int type, Token prev) {
        // "a if b" without else
        if (c instanceof ExpressionContext e && e.IF() != null && e.ELSE() == null && e.disjunction().size() == 2
                && e.disjunction(1).exception == null && type != PythonLexer.COLON) {
            return nodeRange("expected 'else' after 'if' expression", posOf(e.disjunction(0)), posOf(e.disjunction(1)));
        }
        // {a, b: v}: CPython read a set display and stopped at the ':'
        for (ParserRuleContext x = c; x != null; x = x.getParent()) {
            if (x instanceof Dict_or_set_itemContext d && d.COLON() != null
                    && d.getParent() instanceof DictorsetmakerContext m && m.dict_or_set_item(0) != d) {
                Dict_or_set_itemContext first = m.dict_or_set_item(0);
                if (first.COLON() == null && first.DOUBLESTAR() == null) {
                    return atToken("invalid syntax", d.COLON().getSymbol());
                }
                break;
            }
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
        // f(a=1, *) and f(a, *)
        if (c instanceof StarArgContext sa && missing(sa.expression()) && sa.getParent() instanceof ArgumentsContext args) {
            boolean keyword = false;
            for (ArgumentContext a : args.argument()) {
                keyword |= a instanceof KeywordArgContext || a instanceof KwUnpackArgContext;
            }
            return keyword ? atToken("iterable argument unpacking follows keyword argument unpacking", sa.start)
                    : atToken("invalid syntax", bad);
        }
        // (*a or b)
        ParenAtomContext group = c instanceof ParenAtomContext pa ? pa
                : c instanceof Testlist_compContext tc && tc.getParent() instanceof ParenAtomContext pa2 ? pa2 : null;
        if (group != null && group.testlist_comp() != null && group.testlist_comp().getChildCount() == 1
                && group.testlist_comp().star_named_expression(0).STAR() != null) {
            Token star = group.testlist_comp().star_named_expression(0).STAR().getSymbol();
            ExpressionContext x = parseAt(star.getTokenIndex() + 1, p -> p.expression());
            if (x != null && run.tokens.get(x.stop.getTokenIndex() + 1).getType() == PythonLexer.RPAR) {
                return nodeRange("cannot use starred expression here", builder.pos(star), posOf(x));
            }
        }
        // def f(a, (b, c)) and lambda (x): ...
        if (type == PythonLexer.LPAR && prev != null
                && (prev.getType() == PythonLexer.COMMA || prev.getType() == PythonLexer.LPAR
                || prev.getType() == PythonLexer.LAMBDA)
                && (c instanceof ParamsContext || c instanceof FuncdefContext f && f.LPAR() != null
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
                For_if_clausesContext clauses = parseAt(bad.getTokenIndex(), p -> p.for_if_clauses());
                if (clauses == null) {
                    return null;
                }
                builder.comprehensions(clauses);
                List<ParserRuleContext> elts = new ArrayList<>();
                for (int i = 0; i < items.getChildCount(); i++) {
                    if (items.getChild(i) instanceof ParserRuleContext x) {
                        elts.add(x);
                    }
                }
                dev.eddy.ast.Pos first = posOf(elts.get(0));
                if (elts.size() == 1) {
                    Token comma = ((TerminalNode) items.getChild(1)).getSymbol();
                    return nodeRange("did you forget parentheses around the comprehension target?", first, builder.pos(comma));
                }
                return nodeRange("did you forget parentheses around the comprehension target?", first,
                        posOf(elts.get(elts.size() - 1)));
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
        if (c instanceof TryStmtContext t && done(t.block()) && t.except_block().isEmpty()
                && t.finally_block() == null && type != PythonLexer.EXCEPT && type != PythonLexer.FINALLY) {
            return lastToken("SyntaxError", "expected 'except' or 'finally' block", bad);
        }
        // def f(a=):
        if (c instanceof PlainParamContext pp && pp.EQUAL() != null
                && missing(pp.expression(pp.expression().size() - 1)) && (type == PythonLexer.RPAR || type == PythonLexer.COMMA)) {
            return atToken("expected default value expression", pp.EQUAL().getSymbol());
        }
        if (c instanceof LambdaPlainParamContext lp && lp.EQUAL() != null && missing(lp.expression())
                && (type == PythonLexer.RPAR || type == PythonLexer.COMMA)) {
            return atToken("expected default value expression", lp.EQUAL().getSymbol());
        }
        // def f(*, **k ...) and lambda *, **k ...: CPython's invalid_star_etc looks at the tokens only
        for (ParserRuleContext x = c; x != null; x = x.getParent()) {
            if (x instanceof ParamsContext || x instanceof Lambda_paramsContext) {
                boolean lambda = x instanceof Lambda_paramsContext;
                for (int i = 0; i < x.getChildCount(); i++) {
                    if (x.getChild(i) instanceof ParserRuleContext p && p.exception == null
                            && (p instanceof StarParamContext sp && sp.NAME() == null
                                || p instanceof LambdaStarParamContext lp && lp.NAME() == null)) {
                        Token star = p.start;
                        Token n1 = builder.tokenAfter(star);
                        Token n2 = builder.tokenAfter(n1);
                        int close = lambda ? PythonLexer.COLON : PythonLexer.RPAR;
                        if (n1.getType() == close || n1.getType() == PythonLexer.COMMA
                                && (n2.getType() == close || n2.getType() == PythonLexer.DOUBLESTAR)) {
                            return lambda ? lastToken("SyntaxError", "named arguments must follow bare *",
                                    n1.getType() == close ? n1 : n2)
                                    : atToken("named arguments must follow bare *", star);
                        }
                    }
                }
                break;
            }
        }
        // def f(a, /*): CPython's "expected comma between / and *"
        if (type == PythonLexer.STAR && prev != null && prev.getType() == PythonLexer.SLASH
                && (c instanceof ParamsContext || c instanceof Lambda_paramsContext || c instanceof LambdefContext
                || c instanceof FuncdefContext)) {
            return atToken("expected comma between / and *", bad);
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
        if (prev != null && prev.getType() == PythonLexer.NAME && bad.getType() == PythonLexer.STRING) {
            // x'...' (a bad string prefix): CPython reads the strings after the name, with their errors.
            parseAt(bad.getTokenIndex(), p -> p.star_expressions());
        }
        List<ParserRuleContext> found = new ArrayList<>();
        collectStartingWithLegacyName(root((ParserRuleContext) re.getCtx()), found);
        for (ParserRuleContext a : found) {
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
                    return nodeRange("invalid syntax. Perhaps you forgot a comma?", posOf(lastElt.expression()), posOf(x));
                }
            }
            String n = name.getText();
            return nodeRange("Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?", builder.pos(name),
                    posOf(b));
        }
        return null;
    }

    private void collectStartingWithLegacyName(ParserRuleContext c, List<ParserRuleContext> out) {
        if (c.start == null || c.start.getTokenIndex() > bad.getTokenIndex()) {
            return;
        }
        boolean candidate = c instanceof ExpressionContext
                || c instanceof Star_targetsContext && (c.getParent() instanceof For_if_clauseContext
                        || c.getParent() instanceof ForStmtContext);
        if (candidate && c.start.getType() == PythonLexer.NAME && c.start.getTokenIndex() < bad.getTokenIndex()
                && (c.start.getText().equals("print") || c.start.getText().equals("exec"))) {
            out.add(c);
        }
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof ParserRuleContext child) {
                collectStartingWithLegacyName(child, out);
            }
        }
    }

    /** [a b]: CPython's invalid_expression, "Perhaps you forgot a comma?". */
    private SyntaxErrorException missingComma(Token prev) {
        int bIndex = bad.getTokenIndex();
        ParserRuleContext owner = owner((ParserRuleContext) re.getCtx());
        if (owner instanceof Comp_opContext op && op.NOT() != null && op.IN() == null) {
            // "a not b": the comparison took the 'not'; CPython's check reads "not b" as b.
            bIndex = op.NOT().getSymbol().getTokenIndex();
        }
        Token b0 = run.tokens.get(bIndex);
        if (bIndex == 0 || !startsExpression(b0) || b0.getType() == PythonLexer.STAR) {
            return null;
        }
        int end = bIndex - 1;
        ParserRuleContext root = root((ParserRuleContext) re.getCtx());
        ParserRuleContext a = null;
        if (bIndex != bad.getTokenIndex()) {
            // CPython's disjunction a ends with the comparison's left operand; it starts where
            // the enclosing expression does.
            ComparisonContext cmp = (ComparisonContext) owner.getParent();
            Token start = null;
            for (ParserRuleContext x = cmp.getParent(); x != null; x = x.getParent()) {
                if (x instanceof ExpressionContext e) {
                    if (e.lambdef() != null || e.IF() != null) {
                        break;
                    }
                    start = e.start;
                } else if (!(x instanceof InversionContext || x instanceof ConjunctionContext
                        || x instanceof DisjunctionContext)) {
                    break;
                }
            }
            if (start == null || skipsCommaCheck(start)) {
                return null;
            }
            dev.eddy.ast.Pos left = posOf(cmp.bitwise_or(0));
            return comma(AstBuilder.span(builder.pos(start), left), bIndex);
        }
        List<ExpressionContext> found = new ArrayList<>();
        collect(root, ExpressionContext.class, end, found);
        for (ExpressionContext x : found) {
            if (x.lambdef() == null && x.disjunction().size() == 1
                    && (a == null || x.start.getTokenIndex() < a.start.getTokenIndex())) {
                a = x;
            }
        }
        // Loop and with targets are read as expressions by CPython's invalid_for_target and
        // invalid_with_item.
        List<Star_targetContext> targets = new ArrayList<>();
        collect(root, Star_targetContext.class, end, targets);
        for (Star_targetContext t : targets) {
            ParserRuleContext parent = t.getParent();
            boolean loop = parent instanceof Star_targetsContext st && st.getParent() instanceof For_if_clauseContext;
            if ((loop || parent instanceof With_itemContext) && t.STAR() == null
                    && (a == null || t.start.getTokenIndex() < a.start.getTokenIndex())) {
                a = t;
            }
        }
        if (a == null) {
            return null;
        }
        Token a0 = a.start;
        if (a0.getType() == PythonLexer.NAME && a0.getTokenIndex() + 1 == bIndex
                && (a0.getText().equals("print") || a0.getText().equals("exec"))) {
            return null;
        }
        while (skipsCommaCheck(a.start)) {
            // CPython then tries again with the next expression as the first one.
            ParserRuleContext next = expressionWithoutInvalid(bIndex);
            if (next == null || !pure(next)) {
                return null;
            }
            Token after = run.tokens.get(next.stop.getTokenIndex() + 1);
            noteRead(after);
            if (!startsExpression(after) || after.getType() == PythonLexer.STAR) {
                return null;
            }
            a = next;
            bIndex = after.getTokenIndex();
        }
        return comma(posOf(a), bIndex);
    }

    /** The comma suggestion for an expression at aPos followed by one at bIndex, or null. */
    private SyntaxErrorException comma(dev.eddy.ast.Pos aPos, int bIndex) {
        ParserRuleContext b = expressionWithoutInvalid(bIndex);
        if (b == null) {
            return null;
        }
        noteRead(run.tokens.get(b.stop.getTokenIndex() + 1));
        Token bEnd = builder.lastReal(b.stop);
        if (!(bEnd instanceof PythonToken pt) || pt.depth() == 0) {
            return null;
        }
        return nodeRange("invalid syntax. Perhaps you forgot a comma?", aPos, posOf(b));
    }

    /** CPython's invalid_expression run on the expression starting at index, or null. */
    private SyntaxErrorException commaAt(int index) {
        Token start = run.tokens.get(index);
        if (skipsCommaCheck(start)) {
            return null;
        }
        DisjunctionContext a = parseAt(index, p -> p.disjunction());
        if (a == null) {
            return null;
        }
        Token after = run.tokens.get(a.stop.getTokenIndex() + 1);
        noteRead(after);
        if (!startsExpression(after) || after.getType() == PythonLexer.STAR) {
            return null;
        }
        return comma(posOf(a), after.getTokenIndex());
    }

    /** CPython's expression_without_invalid: a conditional expression, else a disjunction, else a lambda. */
    private ParserRuleContext expressionWithoutInvalid(int index) {
        ExpressionContext e = parseAt(index, p -> p.expression(), false);
        if (e != null) {
            return e;
        }
        return parseAt(index, p -> p.disjunction(), false);
    }

    private static boolean pure(ParserRuleContext x) {
        return x instanceof DisjunctionContext
                || x instanceof ExpressionContext e && e.lambdef() == null && e.disjunction().size() == 1;
    }

    /**
     * CPython's "!(NAME STRING | SOFT_KEYWORD)": a name followed by a string, or a name that
     * is a prefix of a soft keyword ("_", "case", "match": CPython compares only the name's
     * length), starts no comma suggestion.
     */
    private boolean skipsCommaCheck(Token start) {
        if (start.getType() != PythonLexer.NAME) {
            return false;
        }
        String w = start.getText();
        return run.tokens.get(start.getTokenIndex() + 1).getType() == PythonLexer.STRING
                || "_".startsWith(w) || "case".startsWith(w) || "match".startsWith(w);
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

    /**
     * Parses a rule at a token index as CPython's second pass would read ahead of the
     * failure, raising the errors that reading raises; null if it does not parse.
     */
    private <T extends ParserRuleContext> T parseAt(int index,
                                                   java.util.function.Function<dev.eddy.grammar.PythonParser, T> rule) {
        return parseAt(index, rule, true);
    }

    private <T extends ParserRuleContext> T parseAt(int index,
                                                   java.util.function.Function<dev.eddy.grammar.PythonParser, T> rule,
                                                   boolean checked) {
        if (index >= run.tokens.size()) {
            return null;
        }
        dev.eddy.grammar.PythonParser p = run.newParser();
        run.tokens.seek(index);
        try {
            T t = rule.apply(p);
            if (t.stop == null || t.stop.getTokenIndex() < index) {
                return null;
            }
            if (checked) {
                check(t);
            }
            return t;
        } catch (ParseCancellationException e) {
            if (e.getCause() instanceof RecognitionException r) {
                noteRead(r.getOffendingToken());
                if (checked && depth < 6) {
                    ErrorAnalysis inner = new ErrorAnalysis(run, r, depth + 1);
                    SyntaxErrorException err = inner.specificError();
                    if (inner.reachedLexicalError) {
                        reachedLexicalError = true;
                    }
                    if (err != null) {
                        throw err;
                    }
                }
            }
            return null;
        }
    }
}
