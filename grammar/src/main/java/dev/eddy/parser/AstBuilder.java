package dev.eddy.parser;

import static dev.eddy.grammar.PythonParser.*;

import dev.eddy.ast.*;
import dev.eddy.ast.Module;
import dev.eddy.grammar.PythonLexer;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the {@code dev.eddy.ast} tree from a parse tree, and reports the errors that
 * CPython's grammar finds with its "invalid_*" rules but our more permissive grammar
 * leaves to this pass: invalid assignment, deletion and loop targets (with CPython's
 * wording and locations), parameter and argument order, starred expressions out of place,
 * bad literals and f-strings.
 */
final class AstBuilder {
    private static final Constant.Singleton NONE = Constant.Singleton.NONE;

    private final Source src;
    private final TokenStream tokens;
    /** Column added to positions on the first line (an f-string replacement field's offset). */
    private final int colDelta;

    AstBuilder(Source src, TokenStream tokens, int colDelta) {
        this.src = src;
        this.tokens = tokens;
        this.colDelta = colDelta;
    }

    // ------------------------------------------------------------------ positions

    int line(Token t) {
        return t.getLine() + src.lineDelta;
    }

    int col(Token t) {
        return t.getCharPositionInLine() + (t.getLine() == 1 ? colDelta : 0);
    }

    /** The real token a construct ending with {@code t} ends with (skips NEWLINE, INDENT, DEDENT). */
    Token lastReal(Token t) {
        int i = t.getTokenIndex();
        while (i > 0) {
            int type = tokens.get(i).getType();
            if (type != PythonLexer.NEWLINE && type != PythonLexer.INDENT && type != PythonLexer.DEDENT
                    && type != Token.EOF) {
                break;
            }
            i--;
        }
        return tokens.get(i);
    }

    /** Raw (this text's) end line of a token. */
    static int rawEndLine(Token t) {
        if (t.getType() != PythonLexer.STRING) {
            return t.getLine();
        }
        String s = t.getText();
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return t.getLine() + n;
    }

    /** Raw (this text's) end column of a token (exclusive). */
    static int rawEndCol(Token t) {
        int len = t.getStopIndex() - t.getStartIndex() + 1;
        if (t.getType() == PythonLexer.STRING) {
            String s = t.getText();
            int nl = s.lastIndexOf('\n');
            if (nl >= 0) {
                return s.codePointCount(nl + 1, s.length());
            }
        }
        if (len < 0) {
            len = 0;
        }
        return t.getCharPositionInLine() + len;
    }

    int endLine(Token t) {
        return rawEndLine(t) + src.lineDelta;
    }

    int endCol(Token t) {
        return rawEndCol(t) + (rawEndLine(t) == 1 ? colDelta : 0);
    }

    Pos pos(Token a, Token b) {
        Token e = lastReal(b);
        return new Pos(line(a), col(a), endLine(e), endCol(e));
    }

    Pos pos(ParserRuleContext c) {
        return pos(c.start, c.stop);
    }

    Pos pos(Token t) {
        return pos(t, t);
    }

    static Pos span(Pos a, Pos b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    // ------------------------------------------------------------------ errors

    private int rawLine(int line) {
        return line - src.lineDelta;
    }

    private int rawCol(int line, int col) {
        return rawLine(line) == 1 ? col - colDelta : col;
    }

    /** CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION / _RANGE: the whole of a node. */
    SyntaxErrorException error(String msg, Pos p) {
        return src.error("SyntaxError", msg, rawLine(p.line()), rawCol(p.line(), p.col()) + 1,
                rawLine(p.endLine()), rawCol(p.endLine(), p.endCol()) + 1, true);
    }

    /** An error covering one token, as CPython locates errors at a token. */
    SyntaxErrorException error(String msg, Token t) {
        return src.error("SyntaxError", msg, t.getLine(), t.getCharPositionInLine() + 1, rawEndLine(t),
                rawEndCol(t) + 1, true);
    }

    /** An error at the token after {@code t}: CPython's RAISE_SYNTAX_ERROR uses the last token it read. */
    SyntaxErrorException errorAfter(String msg, Token t) {
        int i = t.getTokenIndex() + 1;
        Token next = i < tokens.size() ? tokens.get(i) : t;
        return error(msg, next);
    }

    Token tokenAfter(Token t) {
        int i = t.getTokenIndex() + 1;
        return i < tokens.size() ? tokens.get(i) : t;
    }

    // ------------------------------------------------------------------ statements

    Module module(File_inputContext c) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : c.stmt()) {
            stmt(s, body);
        }
        return new Module(body);
    }

    void stmt(StmtContext s, List<Stmt> out) {
        if (s.compound_stmt() != null) {
            out.add(compound(s.compound_stmt()));
        } else {
            simpleStmts(s.simple_stmts(), out);
        }
    }

    void simpleStmts(Simple_stmtsContext c, List<Stmt> out) {
        for (Simple_stmtContext s : c.simple_stmt()) {
            out.add(simple(s));
        }
    }

    List<Stmt> block(BlockContext b) {
        List<Stmt> out = new ArrayList<>();
        if (b.simple_stmts() != null) {
            simpleStmts(b.simple_stmts(), out);
        } else {
            for (StmtContext s : b.stmt()) {
                stmt(s, out);
            }
        }
        return out;
    }

    Stmt simple(Simple_stmtContext s) {
        Pos p = pos(s);
        if (s instanceof ExprStmtContext e) {
            return exprStmt(e);
        } else if (s instanceof ReturnStmtContext r) {
            return new Return(r.star_expressions() == null ? null : starExpressions(r.star_expressions()), p);
        } else if (s instanceof RaiseStmtContext r) {
            List<ExpressionContext> es = r.expression();
            return new Raise(es.isEmpty() ? null : expr(es.get(0)), es.size() > 1 ? expr(es.get(1)) : null, p);
        } else if (s instanceof PassStmtContext) {
            return new Pass(p);
        } else if (s instanceof BreakStmtContext) {
            return new Break(p);
        } else if (s instanceof ContinueStmtContext) {
            return new Continue(p);
        } else if (s instanceof DelStmtContext d) {
            return delete(d, p);
        } else if (s instanceof AssertStmtContext a) {
            List<ExpressionContext> es = a.expression();
            return new Assert(expr(es.get(0)), es.size() > 1 ? expr(es.get(1)) : null, p);
        } else if (s instanceof GlobalStmtContext g) {
            return new Global(names(g.NAME()), p);
        } else if (s instanceof NonlocalStmtContext n) {
            return new Nonlocal(names(n.NAME()), p);
        } else if (s instanceof ImportStmtContext i) {
            List<Alias> names = new ArrayList<>();
            for (Dotted_as_nameContext d : i.dotted_as_name()) {
                names.add(new Alias(dottedName(d.dotted_name()), d.NAME() == null ? null : identifier(d.NAME()),
                        pos(d)));
            }
            return new Import(names, p);
        } else if (s instanceof FromImportStmtContext f) {
            int level = 0;
            for (DotsContext d : f.dots()) {
                level += d.getText().length();
            }
            String module = f.dotted_name() == null ? null : dottedName(f.dotted_name());
            Import_targetsContext t = f.import_targets();
            List<Alias> names = new ArrayList<>();
            if (t.STAR() != null) {
                names.add(new Alias("*", null, pos(t.STAR().getSymbol())));
            } else {
                for (Import_as_nameContext n : t.import_as_name()) {
                    names.add(new Alias(identifier(n.NAME(0)), n.NAME().size() > 1 ? identifier(n.NAME(1)) : null,
                            pos(n)));
                }
            }
            return new ImportFrom(module, names, level, p);
        }
        throw new IllegalStateException(s.getClass().getName());
    }

    private List<String> names(List<TerminalNode> ns) {
        List<String> out = new ArrayList<>(ns.size());
        for (TerminalNode n : ns) {
            out.add(identifier(n));
        }
        return out;
    }

    private String dottedName(Dotted_nameContext d) {
        StringBuilder sb = new StringBuilder();
        for (TerminalNode n : d.NAME()) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(identifier(n));
        }
        return sb.toString();
    }

    private Stmt exprStmt(ExprStmtContext e) {
        Pos p = pos(e);
        List<Annotated_rhsContext> parts = e.annotated_rhs();
        if (e.annotation() != null) {
            return annAssign(e, parts.get(0), e.annotation(), p);
        }
        if (e.augassign() != null) {
            if (parts.get(0).yield_expr() != null) {
                throw error("invalid syntax", e.augassign().start);
            }
            Expr target = rhs(parts.get(0));
            Expr value = rhs(parts.get(1));
            if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
                throw error("'" + Targets.name(target) + "' is an illegal expression for augmented assignment",
                        target.pos());
            }
            return new AugAssign(Targets.withCtx(target, Ctx.STORE), augOp(e.augassign().start), value, p);
        }
        if (parts.size() == 1) {
            return new ExprStmt(rhs(parts.get(0)), p);
        }
        List<Expr> built = new ArrayList<>(parts.size());
        for (Annotated_rhsContext part : parts) {
            built.add(rhs(part));
        }
        checkAssignTargets(parts, built);
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        for (int i = 0; i < parts.size() - 1; i++) {
            targets.add(Targets.withCtx(built.get(i), Ctx.STORE));
        }
        return new Assign(targets, built.get(built.size() - 1), p);
    }

    /**
     * Emulates CPython's second parser pass on an assignment with an invalid target: the
     * "invalid_named_expression" rule, tried on the last element of the first target, wins
     * over "invalid_assignment"'s "cannot assign to %s".
     */
    void checkAssignTargets(List<Annotated_rhsContext> parts, List<Expr> built) {
        int n = parts.size() - 1;
        boolean invalid = false;
        for (int i = 0; i < n && !invalid; i++) {
            invalid = parts.get(i).yield_expr() != null || Targets.invalid(built.get(i), Targets.Kind.STAR) != null;
        }
        if (!invalid) {
            return;
        }
        Star_expressionsContext first = parts.get(0).star_expressions();
        if (first != null && first.getChild(first.getChildCount() - 1) instanceof Star_expressionContext last
                && last.expression() != null && n >= 1) {
            namedExpressionCheck(last.expression(), parts.get(1));
        }
        for (int i = 0; i < n; i++) {
            Expr t = built.get(i);
            if (parts.get(i).yield_expr() != null) {
                throw error("assignment to yield expression not possible", t.pos());
            }
            Expr bad = Targets.invalid(t, Targets.Kind.STAR);
            if (bad != null) {
                throw error("cannot assign to " + Targets.name(bad), bad.pos());
            }
        }
    }

    /**
     * CPython's invalid_named_expression on {@code e '=' next}: "NAME = x" suggests '==' or
     * ':=', any other non-display operand "cannot assign to ... here".
     */
    void namedExpressionCheck(ExpressionContext e, ParserRuleContext next) {
        Bitwise_orContext b = leadingBitwiseOr(next);
        if (b == null || b.stop == null) {
            return;
        }
        Token after = tokenAfter(b.stop);
        if (b.exception == null && (after.getType() == PythonLexer.EQUAL || after.getType() == PythonLexer.COLONEQUAL)) {
            return;
        }
        if (e.start == e.stop && e.start.getType() == PythonLexer.NAME) {
            Pos bp = b.exception == null ? pos(b) : pos(b.start, b.start);
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(pos(e), bp));
        }
        Bitwise_orContext a = pureBitwiseOr(e);
        if (a != null && !startsWithDisplay(a)) {
            Expr node = expr(e);
            throw error("cannot assign to " + Targets.name(node) + " here. Maybe you meant '==' instead of '='?",
                    node.pos());
        }
    }

    /** The bitwise_or an annotated_rhs / expression begins with, or null if it begins otherwise. */
    static Bitwise_orContext leadingBitwiseOr(ParserRuleContext c) {
        ParserRuleContext x = c;
        while (x != null) {
            if (x instanceof Bitwise_orContext b) {
                // the leftmost operand of a binary chain is itself a bitwise_or
                return b;
            }
            if (x.getChildCount() == 0 || !(x.getChild(0) instanceof ParserRuleContext first)) {
                return null;
            }
            if (x instanceof ExpressionContext ec && ec.lambdef() != null) {
                return null;
            }
            x = first;
        }
        return null;
    }

    /** The bitwise_or an expression consists of, if it is nothing more. */
    static Bitwise_orContext pureBitwiseOr(ExpressionContext e) {
        if (e.lambdef() != null || e.disjunction().size() != 1) {
            return null;
        }
        DisjunctionContext d = e.disjunction(0);
        if (d.conjunction().size() != 1) {
            return null;
        }
        ConjunctionContext c = d.conjunction(0);
        if (c.inversion().size() != 1 || c.inversion(0).comparison() == null) {
            return null;
        }
        ComparisonContext cmp = c.inversion(0).comparison();
        return cmp.bitwise_or().size() == 1 ? cmp.bitwise_or(0) : null;
    }

    /** Whether an operand starts with a list or tuple display, a generator expression, True, False or None. */
    static boolean startsWithDisplay(ParserRuleContext c) {
        ParseTree x = c;
        while (x instanceof ParserRuleContext r && !(x instanceof AtomContext)) {
            if (r.getChildCount() == 0) {
                return false;
            }
            if (r instanceof Await_primaryContext ap && ap.AWAIT() != null) {
                return false;
            }
            x = r.getChild(0);
        }
        if (x instanceof ListAtomContext l) {
            return l.testlist_comp() == null || l.testlist_comp().for_if_clauses() == null;
        }
        if (x instanceof ParenAtomContext p) {
            Testlist_compContext t = p.testlist_comp();
            return p.yield_expr() == null && (t == null || t.for_if_clauses() != null || t.getChildCount() > 1);
        }
        if (x instanceof ConstantAtomContext k) {
            int type = k.start.getType();
            return type == PythonLexer.TRUE || type == PythonLexer.FALSE || type == PythonLexer.NONE;
        }
        return false;
    }

    private Stmt annAssign(ExprStmtContext e, Annotated_rhsContext targetCtx, AnnotationContext a, Pos p) {
        Star_expressionsContext se = targetCtx.star_expressions();
        if (se != null && (se.star_expression().size() > 1 || se.COMMA().size() > 0)) {
            Expr first = starExpression(se.star_expression(0));
            throw error("only single target (not tuple) can be annotated", first.pos());
        }
        Expr target = rhs(targetCtx);
        if (target instanceof Starred || targetCtx.yield_expr() != null) {
            throw error("invalid syntax", a.COLON().getSymbol());
        }
        Expr inner = target;
        if (inner instanceof ListExpr) {
            throw error("only single target (not list) can be annotated", target.pos());
        }
        if (inner instanceof TupleExpr) {
            throw error("only single target (not tuple) can be annotated", target.pos());
        }
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw error("illegal target for annotation", target.pos());
        }
        boolean simple = target instanceof Name && targetCtx.start == targetCtx.stop;
        Expr annotation = expr(a.expression());
        Expr value = a.annotated_rhs() == null ? null : rhs(a.annotated_rhs());
        return new AnnAssign(Targets.withCtx(target, Ctx.STORE), annotation, value, simple, p);
    }

    private Stmt delete(DelStmtContext d, Pos p) {
        Star_expressionsContext se = d.star_expressions();
        List<Expr> targets = new ArrayList<>();
        if (se.star_expression().size() == 1 && se.COMMA().isEmpty()) {
            targets.add(starExpression(se.star_expression(0)));
        } else {
            for (Star_expressionContext x : se.star_expression()) {
                targets.add(starExpression(x));
            }
        }
        List<Expr> out = new ArrayList<>(targets.size());
        for (Expr t : targets) {
            Expr bad = Targets.invalid(t, Targets.Kind.DEL);
            if (bad != null) {
                throw error("cannot delete " + Targets.name(bad), bad.pos());
            }
            out.add(Targets.withCtx(t, Ctx.DEL));
        }
        return new Delete(out, p);
    }

    private static Operator augOp(Token t) {
        return switch (t.getType()) {
            case PythonLexer.PLUSEQUAL -> Operator.Add;
            case PythonLexer.MINEQUAL -> Operator.Sub;
            case PythonLexer.STAREQUAL -> Operator.Mult;
            case PythonLexer.ATEQUAL -> Operator.MatMult;
            case PythonLexer.SLASHEQUAL -> Operator.Div;
            case PythonLexer.PERCENTEQUAL -> Operator.Mod;
            case PythonLexer.AMPEREQUAL -> Operator.BitAnd;
            case PythonLexer.VBAREQUAL -> Operator.BitOr;
            case PythonLexer.CIRCUMFLEXEQUAL -> Operator.BitXor;
            case PythonLexer.LEFTSHIFTEQUAL -> Operator.LShift;
            case PythonLexer.RIGHTSHIFTEQUAL -> Operator.RShift;
            case PythonLexer.DOUBLESTAREQUAL -> Operator.Pow;
            default -> Operator.FloorDiv;
        };
    }

    Stmt compound(Compound_stmtContext c) {
        Pos p = pos(c);
        if (c instanceof IfStmtContext i) {
            Expr test = namedExpression(i.named_expression());
            List<Stmt> body = block(i.block());
            List<Elif_clauseContext> elifs = i.elif_clause();
            List<Expr> elifTests = new ArrayList<>();
            List<List<Stmt>> elifBodies = new ArrayList<>();
            for (Elif_clauseContext e : elifs) {
                elifTests.add(namedExpression(e.named_expression()));
                elifBodies.add(block(e.block()));
            }
            List<Stmt> orelse = i.else_block() == null ? List.of() : block(i.else_block().block());
            for (int k = elifs.size() - 1; k >= 0; k--) {
                Pos ep = pos(elifs.get(k).start, c.stop);
                orelse = List.of(new If(elifTests.get(k), elifBodies.get(k), orelse, ep));
            }
            return new If(test, body, orelse, p);
        } else if (c instanceof WhileStmtContext w) {
            Expr test = namedExpression(w.named_expression());
            List<Stmt> body = block(w.block());
            return new While(test, body, w.else_block() == null ? List.of() : block(w.else_block().block()), p);
        } else if (c instanceof ForStmtContext f) {
            Expr target = targets(f.star_targets());
            Expr iter = starExpressions(f.star_expressions());
            List<Stmt> body = block(f.block());
            List<Stmt> orelse = f.else_block() == null ? List.of() : block(f.else_block().block());
            return f.ASYNC() != null ? new AsyncFor(target, iter, body, orelse, p) : new For(target, iter, body, orelse, p);
        } else if (c instanceof TryStmtContext t) {
            List<Stmt> body = block(t.block());
            List<ExceptHandler> handlers = new ArrayList<>();
            Except_blockContext firstPlain = null;
            Except_blockContext firstStar = null;
            for (Except_blockContext e : t.except_block()) {
                if (e.star != null) {
                    if (firstPlain != null) {
                        throw error("cannot have both 'except' and 'except*' on the same 'try'",
                                pos(e.start, e.star));
                    }
                    firstStar = firstStar == null ? e : firstStar;
                } else {
                    if (firstStar != null) {
                        throw error("cannot have both 'except' and 'except*' on the same 'try'", pos(e.start));
                    }
                    firstPlain = firstPlain == null ? e : firstPlain;
                }
                handlers.add(handler(e));
            }
            List<Stmt> orelse = t.else_block() == null ? List.of() : block(t.else_block().block());
            List<Stmt> finalbody = t.finally_block() == null ? List.of() : block(t.finally_block().block());
            return firstStar != null ? new TryStar(body, handlers, orelse, finalbody, p)
                    : new Try(body, handlers, orelse, finalbody, p);
        } else if (c instanceof WithStmtContext w) {
            List<WithItem> items = new ArrayList<>();
            for (With_itemContext i : w.with_item()) {
                items.add(withItem(i));
            }
            List<Stmt> body = block(w.block());
            return w.ASYNC() != null ? new AsyncWith(items, body, p) : new With(items, body, p);
        } else if (c instanceof DefStmtContext d) {
            List<Expr> decorators = new ArrayList<>();
            for (DecoratorContext dec : d.decorator()) {
                decorators.add(namedExpression(dec.named_expression()));
            }
            return d.funcdef() != null ? funcdef(d.funcdef(), decorators) : classdef(d.classdef(), decorators);
        } else if (c instanceof MatchStmtContext m) {
            return match(m);
        }
        throw new IllegalStateException(c.getClass().getName());
    }

    // ------------------------------------------------------------------ match statements

    Stmt match(MatchStmtContext m) {
        Match_subjectContext sc = m.match_subject();
        Expr subject;
        if (sc.star_named_expression().size() == 1 && sc.COMMA().isEmpty()) {
            subject = starNamedExpression(sc.star_named_expression(0));
            if (subject instanceof Starred) {
                throw error("invalid syntax", pos(sc));
            }
        } else {
            List<Expr> elts = new ArrayList<>();
            for (Star_named_expressionContext x : sc.star_named_expression()) {
                elts.add(starNamedExpression(x));
            }
            subject = new TupleExpr(elts, Ctx.LOAD, pos(sc));
        }
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext cb : m.case_block()) {
            Pattern p = patterns(cb.patterns());
            Expr guard = cb.guard == null ? null : namedExpression(cb.guard);
            cases.add(new MatchCase(p, guard, block(cb.block()), pos(cb)));
        }
        return new Match(subject, cases, pos(m));
    }

    Pattern patterns(PatternsContext c) {
        if (c.open_sequence_pattern() != null) {
            return new MatchSequence(openSequence(c.open_sequence_pattern()), pos(c));
        }
        return pattern(c.pattern());
    }

    List<Pattern> openSequence(Open_sequence_patternContext c) {
        List<Pattern> out = new ArrayList<>();
        out.add(starPattern(c.star_pattern()));
        if (c.sequence_items() != null) {
            out.addAll(sequenceItems(c.sequence_items()));
        }
        return out;
    }

    List<Pattern> sequenceItems(Sequence_itemsContext c) {
        List<Pattern> out = new ArrayList<>();
        for (Star_patternContext s : c.star_pattern()) {
            out.add(starPattern(s));
        }
        return out;
    }

    Pattern starPattern(Star_patternContext c) {
        if (c.STAR() != null) {
            String n = identifier(c.NAME());
            return new MatchStar(n.equals("_") ? null : n, pos(c));
        }
        return pattern(c.pattern());
    }

    Pattern pattern(PatternContext c) {
        Pattern p = orPattern(c.or_pattern());
        if (c.NAME() != null) {
            String n = identifier(c.NAME());
            if (n.equals("_")) {
                throw error("cannot use '_' as a target", pos(c.NAME().getSymbol()));
            }
            return new MatchAs(p, n, pos(c));
        }
        return p;
    }

    Pattern orPattern(Or_patternContext c) {
        if (c.closed_pattern().size() == 1) {
            return closedPattern(c.closed_pattern(0));
        }
        List<Pattern> alts = new ArrayList<>();
        for (Closed_patternContext x : c.closed_pattern()) {
            alts.add(closedPattern(x));
        }
        return new MatchOr(alts, pos(c));
    }

    Pattern closedPattern(Closed_patternContext c) {
        Pos p = pos(c);
        if (c instanceof NumberPatternContext n) {
            return new MatchValue(numberPatternValue(n.signed_number(), n.sign, n.NUMBER()), p);
        } else if (c instanceof StringPatternContext s) {
            Expr v = strings(s.STRING());
            if (v instanceof JoinedStr) {
                throw error("patterns may only match literals and attribute lookups", p);
            }
            return new MatchValue(v, p);
        } else if (c instanceof SingletonPatternContext) {
            String t = c.getText();
            return new MatchSingleton(t.equals("None") ? Constant.Singleton.NONE : Boolean.valueOf(t.equals("True")), p);
        } else if (c instanceof ClassPatternContext k) {
            Expr cls = dottedName(k.NAME(), p);
            List<Pattern> pats = new ArrayList<>();
            List<String> kwNames = new ArrayList<>();
            List<Pattern> kwPats = new ArrayList<>();
            if (k.class_pattern_args() != null) {
                for (Class_pattern_argContext a : k.class_pattern_args().class_pattern_arg()) {
                    if (a.NAME() != null) {
                        kwNames.add(identifier(a.NAME()));
                        kwPats.add(pattern(a.pattern()));
                    } else {
                        if (!kwNames.isEmpty()) {
                            throw error("positional patterns follow keyword patterns", pos(a));
                        }
                        pats.add(pattern(a.pattern()));
                    }
                }
            }
            return new MatchClass(cls, pats, kwNames, kwPats, p);
        } else if (c instanceof ValuePatternContext v) {
            return new MatchValue(dottedName(v.NAME(), p), p);
        } else if (c instanceof CapturePatternContext cp) {
            String n = identifier(cp.NAME());
            return new MatchAs(null, n.equals("_") ? null : n, p);
        } else if (c instanceof GroupPatternContext g) {
            return pattern(g.pattern());
        } else if (c instanceof TuplePatternContext t) {
            return new MatchSequence(t.open_sequence_pattern() == null ? List.of() : openSequence(t.open_sequence_pattern()), p);
        } else if (c instanceof ListPatternContext l) {
            return new MatchSequence(l.sequence_items() == null ? List.of() : sequenceItems(l.sequence_items()), p);
        } else if (c instanceof MappingPatternContext mp) {
            List<Expr> keys = new ArrayList<>();
            List<Pattern> values = new ArrayList<>();
            String rest = null;
            if (mp.mapping_items() != null) {
                List<Mapping_itemContext> items = mp.mapping_items().mapping_item();
                for (int i = 0; i < items.size(); i++) {
                    Mapping_itemContext it = items.get(i);
                    if (it.DOUBLESTAR() != null) {
                        if (i != items.size() - 1) {
                            throw error("invalid syntax", pos(items.get(i + 1)));
                        }
                        rest = identifier(it.NAME());
                        if (rest.equals("_")) {
                            throw error("invalid syntax", pos(it.NAME().getSymbol()));
                        }
                    } else {
                        keys.add(mappingKey(it.mapping_key()));
                        values.add(pattern(it.pattern()));
                    }
                }
            }
            return new MatchMapping(keys, values, rest, p);
        }
        throw new IllegalStateException(c.getClass().getName());
    }

    Expr mappingKey(Mapping_keyContext k) {
        Pos p = pos(k);
        if (k.signed_number() != null) {
            return numberPatternValue(k.signed_number(), k.sign, k.NUMBER());
        }
        if (!k.STRING().isEmpty()) {
            return strings(k.STRING());
        }
        if (k.NAME().size() > 1) {
            return dottedName(k.NAME(), p);
        }
        String t = k.getText();
        return new Constant(t.equals("None") ? Constant.Singleton.NONE : Boolean.valueOf(t.equals("True")), p);
    }

    /** -1, 2, 1+2j, -1.5-3j: a number literal pattern (the only arithmetic patterns allow). */
    Expr numberPatternValue(Signed_numberContext sn, Token sign, TerminalNode imagPart) {
        Token numTok = sn.NUMBER().getSymbol();
        Expr v = new Constant(number(numTok), pos(numTok));
        if (sn.MINUS() != null) {
            v = new UnaryOp(UnaryOpKind.USub, v, pos(sn));
        }
        if (sign != null) {
            Token it = imagPart.getSymbol();
            Object iv = number(it);
            if (!(iv instanceof Constant.Imaginary)) {
                throw error("imaginary number required in complex literal", pos(it));
            }
            if (number(numTok) instanceof Constant.Imaginary) {
                throw error("real number required in complex literal", pos(numTok));
            }
            v = new BinOp(v, sign.getText().equals("+") ? Operator.Add : Operator.Sub, new Constant(iv, pos(it)), pos(sn.start, it));
        }
        return v;
    }

    Expr dottedName(List<TerminalNode> names, Pos p) {
        Expr e = new Name(identifier(names.get(0)), Ctx.LOAD, pos(names.get(0).getSymbol()));
        for (int i = 1; i < names.size(); i++) {
            e = new Attribute(e, identifier(names.get(i)), Ctx.LOAD, pos(names.get(0).getSymbol(), names.get(i).getSymbol()));
        }
        return e;
    }

    ExceptHandler handler(Except_blockContext e) {
        Expr type = e.expression() == null ? null : expr(e.expression());
        String name = e.NAME() == null ? null : identifier(e.NAME());
        return new ExceptHandler(type, name, block(e.block()), pos(e));
    }

    WithItem withItem(With_itemContext i) {
        Expr ctx = expr(i.expression());
        Expr vars = null;
        if (i.star_target() != null) {
            vars = starTarget(i.star_target());
            int next = tokenAfter(i.star_target().stop).getType();
            // CPython's invalid_with_item only looks at a target followed by ',', ')' or ':'.
            if (next == PythonLexer.COMMA || next == PythonLexer.RPAR || next == PythonLexer.COLON) {
                if (vars instanceof Starred && Targets.invalid(vars, Targets.Kind.STAR) != null) {
                    // CPython's invalid_with_item cannot read "*x" as an expression: no message.
                    throw error("invalid syntax", tokenAfter(i.star_target().stop));
                }
                vars = target(vars, Targets.Kind.STAR);
            }
        }
        return new WithItem(ctx, vars);
    }

    Stmt funcdef(FuncdefContext f, List<Expr> decorators) {
        String name = identifier(f.NAME());
        Arguments args = f.params() == null ? emptyArguments() : params(f.params().param());
        Expr returns = f.expression() == null ? null : expr(f.expression());
        List<Stmt> body = block(f.block());
        Pos p = pos(f);
        return f.ASYNC() != null ? new AsyncFunctionDef(name, args, body, decorators, returns, p)
                : new FunctionDef(name, args, body, decorators, returns, p);
    }

    Stmt classdef(ClassdefContext c, List<Expr> decorators) {
        String name = identifier(c.NAME());
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (c.arguments() != null) {
            List<ArgumentContext> items = c.arguments().argument();
            if (items.size() == 1 && c.arguments().COMMA().isEmpty()
                    && items.get(0) instanceof PositionalArgContext pa && pa.for_if_clauses() != null) {
                throw error("invalid syntax", pa.for_if_clauses().start);
            }
            CallArgs a = callArgs(c.arguments(), c.LPAR().getSymbol(), c.RPAR().getSymbol());
            bases = a.args;
            keywords = a.keywords;
        }
        return new ClassDef(name, bases, keywords, block(c.block()), decorators, pos(c));
    }

    // ------------------------------------------------------------------ parameters

    static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /**
     * CPython reports "non-default argument follows default argument" only where its
     * invalid_parameters rule matches: leading parameters without default, then either
     * defaults ending in '/' or just defaults, then a parameter without default. Elsewhere
     * it is a plain "invalid syntax" at the token after that parameter.
     */
    private boolean nonDefaultRuleMatches(List<? extends ParserRuleContext> items, int bad) {
        int i = 0;
        while (i < bad && isPlain(items.get(i)) && !hasDefault(items.get(i))) {
            i++;
        }
        int k = i;
        while (k < bad && isPlain(items.get(k)) && hasDefault(items.get(k))) {
            k++;
        }
        if (k == i) {
            return false;
        }
        if (k < bad && isSlash(items.get(k))) {
            k++;
        }
        return k == bad;
    }

    private static boolean isPlain(ParserRuleContext p) {
        return p instanceof PlainParamContext || p instanceof LambdaPlainParamContext;
    }

    private static boolean isSlash(ParserRuleContext p) {
        return p instanceof SlashParamContext || p instanceof LambdaSlashParamContext;
    }

    private static boolean hasDefault(ParserRuleContext p) {
        return p instanceof PlainParamContext pp ? pp.EQUAL() != null
                : p instanceof LambdaPlainParamContext lp && lp.EQUAL() != null;
    }

    private SyntaxErrorException nonDefaultError(List<? extends ParserRuleContext> items, int i, Pos argPos) {
        int next = tokenAfter(items.get(i).stop).getType();
        if (next != PythonLexer.COMMA && next != PythonLexer.RPAR && next != PythonLexer.COLON) {
            // Not a parameter CPython's rule can see (the parameter list is broken after it).
            return null;
        }
        if (nonDefaultRuleMatches(items, i)) {
            return error("non-default argument follows default argument", argPos);
        }
        return error("invalid syntax", tokenAfter(items.get(i).stop));
    }

    private SyntaxErrorException slashFirst(Token slash) {
        Token next = tokenAfter(slash);
        return next.getType() == PythonLexer.COMMA ? error("at least one argument must precede /", slash)
                : error("invalid syntax", slash);
    }

    /** Builds a def's parameter list, with CPython's errors for parameters out of order. */
    Arguments params(List<ParamContext> items) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean slash = false;
        boolean star = false;
        for (int i = 0; i < items.size(); i++) {
            ParamContext item = items.get(i);
            if (kwarg != null) {
                throw item instanceof PlainParamContext pp
                        ? error("arguments cannot follow var-keyword argument",
                                paramPos(pp.NAME(), pp.COLON() != null ? pp.expression(0) : null))
                        : error("arguments cannot follow var-keyword argument", item.start);
            }
            if (item instanceof PlainParamContext pp) {
                ExpressionContext annotation = pp.COLON() != null ? pp.expression(0) : null;
                ExpressionContext dflt = pp.EQUAL() != null ? pp.expression(pp.expression().size() - 1) : null;
                Arg arg = new Arg(identifier(pp.NAME()), annotation == null ? null : expr(annotation),
                        paramPos(pp.NAME(), annotation));
                Expr d = dflt == null ? null : expr(dflt);
                if (!star) {
                    if (d == null && !defaults.isEmpty()) {
                        SyntaxErrorException e = nonDefaultError(items, i, arg.pos());
                        if (e != null) {
                            throw e;
                        }
                    }
                    args.add(arg);
                    if (d != null) {
                        defaults.add(d);
                    }
                } else {
                    kwonly.add(arg);
                    kwDefaults.add(d);
                }
            } else if (item instanceof SlashParamContext sp) {
                if (slash) {
                    throw error("/ may appear only once", sp.start);
                }
                if (star) {
                    throw error("/ must be ahead of *", sp.start);
                }
                if (args.isEmpty()) {
                    throw slashFirst(sp.start);
                }
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (item instanceof StarParamContext sp) {
                if (star) {
                    throw error("* argument may appear only once", sp.start);
                }
                if (sp.EQUAL() != null) {
                    throw error("var-positional argument cannot have default value", sp.EQUAL().getSymbol());
                }
                if (sp.NAME() == null) {
                    Token next = tokenAfter(sp.start);
                    int after = tokenAfter(next).getType();
                    if (next.getType() == PythonLexer.RPAR || next.getType() == PythonLexer.COMMA
                            && (after == PythonLexer.RPAR || after == PythonLexer.DOUBLESTAR)) {
                        throw error("named arguments must follow bare *", sp.start);
                    }
                } else {
                    Expr annotation = sp.star_expression() == null ? null : starExpression(sp.star_expression());
                    vararg = new Arg(identifier(sp.NAME()), annotation,
                            annotation == null ? pos(sp.NAME().getSymbol()) : span(pos(sp.NAME().getSymbol()), annotation.pos()));
                }
                star = true;
            } else if (item instanceof KwParamContext kp) {
                if (kp.EQUAL() != null) {
                    throw error("var-keyword argument cannot have default value", kp.EQUAL().getSymbol());
                }
                ExpressionContext annotation = kp.COLON() != null ? kp.expression(0) : null;
                kwarg = new Arg(identifier(kp.NAME()), annotation == null ? null : expr(annotation),
                        paramPos(kp.NAME(), annotation));
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Pos paramPos(TerminalNode name, ExpressionContext annotation) {
        return annotation == null ? pos(name.getSymbol()) : pos(name.getSymbol(), annotation.stop);
    }

    /** Builds a lambda's parameter list, with CPython's errors for parameters out of order. */
    Arguments lambdaParams(List<Lambda_paramContext> items) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean slash = false;
        boolean star = false;
        for (int i = 0; i < items.size(); i++) {
            Lambda_paramContext item = items.get(i);
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", pos(item.start));
            }
            if (item instanceof LambdaPlainParamContext pp) {
                Arg arg = new Arg(identifier(pp.NAME()), null, pos(pp.NAME().getSymbol()));
                Expr d = pp.expression() == null ? null : expr(pp.expression());
                if (!star) {
                    if (d == null && !defaults.isEmpty()) {
                        SyntaxErrorException e = nonDefaultError(items, i, arg.pos());
                        if (e != null) {
                            throw e;
                        }
                    }
                    args.add(arg);
                    if (d != null) {
                        defaults.add(d);
                    }
                } else {
                    kwonly.add(arg);
                    kwDefaults.add(d);
                }
            } else if (item instanceof LambdaSlashParamContext sp) {
                if (slash) {
                    throw error("/ may appear only once", sp.start);
                }
                if (star) {
                    throw error("/ must be ahead of *", sp.start);
                }
                if (args.isEmpty()) {
                    throw slashFirst(sp.start);
                }
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (item instanceof LambdaStarParamContext sp) {
                if (star) {
                    throw error("* argument may appear only once", sp.start);
                }
                if (sp.EQUAL() != null) {
                    throw error("var-positional argument cannot have default value", sp.EQUAL().getSymbol());
                }
                if (sp.NAME() == null) {
                    Token next = tokenAfter(sp.start);
                    Token after = tokenAfter(next);
                    if (next.getType() == PythonLexer.COLON) {
                        throw error("named arguments must follow bare *", next);
                    }
                    if (next.getType() == PythonLexer.COMMA
                            && (after.getType() == PythonLexer.COLON || after.getType() == PythonLexer.DOUBLESTAR)) {
                        throw error("named arguments must follow bare *", after);
                    }
                } else {
                    vararg = new Arg(identifier(sp.NAME()), null, pos(sp.NAME().getSymbol()));
                }
                star = true;
            } else if (item instanceof LambdaKwParamContext kp) {
                if (kp.EQUAL() != null) {
                    throw error("var-keyword argument cannot have default value", kp.EQUAL().getSymbol());
                }
                kwarg = new Arg(identifier(kp.NAME()), null, pos(kp.NAME().getSymbol()));
            }
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    // ------------------------------------------------------------------ targets

    /** e as an assignment (STAR, FOR) or deletion (DEL) target, or CPython's error. */
    Expr target(Expr e, Targets.Kind kind) {
        Expr bad = Targets.invalid(e, kind);
        if (bad != null) {
            throw error((kind == Targets.Kind.DEL ? "cannot delete " : "cannot assign to ") + Targets.name(bad), bad.pos());
        }
        return Targets.withCtx(e, kind == Targets.Kind.DEL ? Ctx.DEL : Ctx.STORE);
    }

    /** A for-loop or comprehension target list. */
    Expr targets(Star_targetsContext c) {
        List<Star_targetContext> ts = c.star_target();
        Expr e;
        if (ts.size() == 1 && c.COMMA().isEmpty()) {
            e = starTarget(ts.get(0));
        } else {
            List<Expr> elts = new ArrayList<>(ts.size());
            for (Star_targetContext t : ts) {
                elts.add(starTarget(t));
            }
            e = new TupleExpr(elts, Ctx.LOAD, pos(c));
        }
        return target(e, Targets.Kind.FOR);
    }

    Expr starTarget(Star_targetContext c) {
        Expr e = bitwiseOr(c.bitwise_or());
        return c.STAR() != null ? new Starred(e, Ctx.LOAD, pos(c)) : e;
    }

    // ------------------------------------------------------------------ expressions

    Expr rhs(Annotated_rhsContext c) {
        return c.yield_expr() != null ? yieldExpr(c.yield_expr()) : starExpressions(c.star_expressions());
    }

    Expr starExpressions(Star_expressionsContext c) {
        if (c.getChildCount() == 1) {
            return starExpression((Star_expressionContext) c.getChild(0));
        }
        List<Star_expressionContext> items = c.star_expression();
        if (items.size() == 1 && c.COMMA().isEmpty()) {
            return starExpression(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (Star_expressionContext x : items) {
            elts.add(starExpression(x));
        }
        return new TupleExpr(elts, Ctx.LOAD, pos(c));
    }

    Expr starExpression(Star_expressionContext c) {
        if (c.STAR() != null) {
            return new Starred(bitwiseOr(c.bitwise_or()), Ctx.LOAD, pos(c));
        }
        return expr(c.expression());
    }

    Expr starNamedExpression(Star_named_expressionContext c) {
        if (c.STAR() != null) {
            return new Starred(bitwiseOr(c.bitwise_or()), Ctx.LOAD, pos(c));
        }
        return namedExpression(c.named_expression());
    }

    Expr namedExpression(Named_expressionContext c) {
        if (c.getChildCount() == 1) {
            return expr((ExpressionContext) c.getChild(0));
        }
        if (c.COLONEQUAL() != null) {
            Token n = c.NAME().getSymbol();
            Name target = new Name(identifier(c.NAME()), Ctx.STORE, pos(n));
            return new NamedExpr(target, expr(c.expression()), pos(c));
        }
        return expr(c.expression());
    }

    Expr expr(ExpressionContext c) {
        if (c.getChildCount() == 1 && c.getChild(0) instanceof DisjunctionContext d) {
            return disjunction(d);
        }
        if (c.lambdef() != null) {
            LambdefContext l = c.lambdef();
            Arguments args = l.lambda_params() == null ? emptyArguments() : lambdaParams(l.lambda_params().lambda_param());
            return new Lambda(args, expr(l.expression()), pos(c));
        }
        List<DisjunctionContext> ds = c.disjunction();
        Expr body = disjunction(ds.get(0));
        if (ds.size() == 1) {
            return body;
        }
        Expr test = disjunction(ds.get(1));
        return new IfExp(test, body, expr(c.expression()), pos(c));
    }

    Expr yieldExpr(Yield_exprContext c) {
        if (c.FROM() != null) {
            return new YieldFrom(expr(c.expression()), pos(c));
        }
        return new Yield(c.star_expressions() == null ? null : starExpressions(c.star_expressions()), pos(c));
    }

    Expr disjunction(DisjunctionContext c) {
        if (c.getChildCount() == 1) {
            return conjunction((ConjunctionContext) c.getChild(0));
        }
        List<ConjunctionContext> cs = c.conjunction();
        if (cs.size() == 1) {
            return conjunction(cs.get(0));
        }
        List<Expr> values = new ArrayList<>(cs.size());
        for (ConjunctionContext x : cs) {
            values.add(conjunction(x));
        }
        return new BoolOp(BoolOpKind.Or, values, pos(c));
    }

    Expr conjunction(ConjunctionContext c) {
        if (c.getChildCount() == 1) {
            return inversion((InversionContext) c.getChild(0));
        }
        List<InversionContext> is = c.inversion();
        if (is.size() == 1) {
            return inversion(is.get(0));
        }
        List<Expr> values = new ArrayList<>(is.size());
        for (InversionContext x : is) {
            values.add(inversion(x));
        }
        return new BoolOp(BoolOpKind.And, values, pos(c));
    }

    Expr inversion(InversionContext c) {
        if (c.NOT() != null) {
            return new UnaryOp(UnaryOpKind.Not, inversion(c.inversion()), pos(c));
        }
        return comparison(c.comparison());
    }

    Expr comparison(ComparisonContext c) {
        if (c.getChildCount() == 1) {
            return bitwiseOr((Bitwise_orContext) c.getChild(0));
        }
        List<Bitwise_orContext> operands = c.bitwise_or();
        Expr left = bitwiseOr(operands.get(0));
        if (operands.size() == 1) {
            return left;
        }
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        List<Comp_opContext> cops = c.comp_op();
        for (int i = 0; i < cops.size(); i++) {
            ops.add(cmpOp(cops.get(i)));
            comparators.add(bitwiseOr(operands.get(i + 1)));
        }
        return new Compare(left, ops, comparators, pos(c));
    }

    private static CmpOp cmpOp(Comp_opContext c) {
        Token t = c.start;
        return switch (t.getType()) {
            case PythonLexer.EQEQUAL -> CmpOp.Eq;
            case PythonLexer.NOTEQUAL -> CmpOp.NotEq;
            case PythonLexer.LESS -> CmpOp.Lt;
            case PythonLexer.LESSEQUAL -> CmpOp.LtE;
            case PythonLexer.GREATER -> CmpOp.Gt;
            case PythonLexer.GREATEREQUAL -> CmpOp.GtE;
            case PythonLexer.IN -> CmpOp.In;
            case PythonLexer.NOT -> CmpOp.NotIn;
            default -> c.getChildCount() == 2 ? CmpOp.IsNot : CmpOp.Is;
        };
    }

    Expr bitwiseOr(Bitwise_orContext c) {
        // Binary operators are left-associative: walk the left spine iteratively so that long
        // chains (a + b + c + ...) do not recurse once per operand.
        if (c instanceof FactorExprContext f) {
            return factor(f.factor());
        }
        List<BinaryExprContext> spine = new ArrayList<>();
        Bitwise_orContext x = c;
        while (x instanceof BinaryExprContext b) {
            spine.add(b);
            x = b.bitwise_or(0);
        }
        Expr left = factor(((FactorExprContext) x).factor());
        for (int i = spine.size() - 1; i >= 0; i--) {
            BinaryExprContext b = spine.get(i);
            Expr right = bitwiseOr(b.bitwise_or(1));
            left = new BinOp(left, binOp(b.op), right, pos(b));
        }
        return left;
    }

    private static Operator binOp(Token t) {
        return switch (t.getType()) {
            case PythonLexer.STAR -> Operator.Mult;
            case PythonLexer.SLASH -> Operator.Div;
            case PythonLexer.DOUBLESLASH -> Operator.FloorDiv;
            case PythonLexer.PERCENT -> Operator.Mod;
            case PythonLexer.AT -> Operator.MatMult;
            case PythonLexer.PLUS -> Operator.Add;
            case PythonLexer.MINUS -> Operator.Sub;
            case PythonLexer.LEFTSHIFT -> Operator.LShift;
            case PythonLexer.RIGHTSHIFT -> Operator.RShift;
            case PythonLexer.AMPER -> Operator.BitAnd;
            case PythonLexer.CIRCUMFLEX -> Operator.BitXor;
            default -> Operator.BitOr;
        };
    }

    Expr factor(FactorContext c) {
        if (c.op != null) {
            UnaryOpKind k = switch (c.op.getType()) {
                case PythonLexer.PLUS -> UnaryOpKind.UAdd;
                case PythonLexer.MINUS -> UnaryOpKind.USub;
                default -> UnaryOpKind.Invert;
            };
            return new UnaryOp(k, factor(c.factor()), pos(c));
        }
        PowerContext p = c.power();
        Expr base = awaitPrimary(p.await_primary());
        if (p.factor() == null) {
            return base;
        }
        return new BinOp(base, Operator.Pow, factor(p.factor()), pos(p));
    }

    Expr awaitPrimary(Await_primaryContext c) {
        Expr e = primary(c.primary());
        return c.AWAIT() != null ? new Await(e, pos(c)) : e;
    }

    Expr primary(PrimaryContext c) {
        // Trailers nest to the left (a.b(c)[d]): build them iteratively, innermost first.
        List<PrimaryContext> spine = new ArrayList<>();
        PrimaryContext x = c;
        while (!(x instanceof AtomPrimaryContext)) {
            spine.add(x);
            x = x instanceof AttributeContext a ? a.primary() : x instanceof CallContext k ? k.primary()
                    : ((SubscriptContext) x).primary();
        }
        Expr e = atom(((AtomPrimaryContext) x).atom());
        for (int i = spine.size() - 1; i >= 0; i--) {
            PrimaryContext t = spine.get(i);
            Pos p = pos(t);
            if (t instanceof AttributeContext a) {
                e = new Attribute(e, identifier(a.NAME()), Ctx.LOAD, p);
            } else if (t instanceof CallContext k) {
                if (k.arguments() == null) {
                    e = new Call(e, List.of(), List.of(), p);
                } else {
                    CallArgs args = callArgs(k.arguments(), k.LPAR().getSymbol(), k.RPAR().getSymbol());
                    e = new Call(e, args.args, args.keywords, p);
                }
            } else {
                SubscriptContext s = (SubscriptContext) t;
                e = new Subscript(e, slices(s.slices()), Ctx.LOAD, p);
            }
        }
        return e;
    }

    Expr slices(SlicesContext c) {
        List<SliceContext> items = c.slice();
        if (items.size() == 1 && c.COMMA().isEmpty() && !(items.get(0) instanceof StarSliceContext)) {
            return slice(items.get(0));
        }
        List<Expr> elts = new ArrayList<>(items.size());
        for (SliceContext s : items) {
            elts.add(slice(s));
        }
        return new TupleExpr(elts, Ctx.LOAD, pos(c));
    }

    Expr slice(SliceContext c) {
        if (c instanceof StarSliceContext s) {
            return new Starred(expr(s.expression()), Ctx.LOAD, pos(c));
        }
        if (c instanceof LowerSliceContext l) {
            Expr lower = namedExpression(l.named_expression());
            if (l.COLON().isEmpty()) {
                return lower;
            }
            if (l.named_expression().COLONEQUAL() != null) {
                throw error("invalid syntax", l.COLON(0).getSymbol());
            }
            return new Slice(lower, l.upper == null ? null : expr(l.upper), l.step == null ? null : expr(l.step), pos(c));
        }
        OpenSliceContext o = (OpenSliceContext) c;
        return new Slice(null, o.upper == null ? null : expr(o.upper), o.step == null ? null : expr(o.step), pos(c));
    }

    record CallArgs(List<Expr> args, List<Keyword> keywords) {
    }

    /** A call's (or class header's) arguments, with CPython's errors for arguments out of order. */
    CallArgs callArgs(ArgumentsContext c, Token lpar, Token rpar) {
        List<ArgumentContext> items = c.argument();
        boolean trailingComma = c.COMMA().size() == items.size();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        for (ArgumentContext a : items) {
            if (a instanceof PositionalArgContext pa && pa.for_if_clauses() != null) {
                List<Comprehension> gens = comprehensions(pa.for_if_clauses());
                Expr elt = namedExpression(pa.named_expression());
                if (items.size() != 1 || trailingComma) {
                    Comprehension last = gens.get(gens.size() - 1);
                    Expr lastItem = last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
                    throw error("Generator expression must be parenthesized", span(elt.pos(), lastItem.pos()));
                }
                checkComprehensionElement(elt);
                return new CallArgs(List.of(new GeneratorExp(elt, gens, pos(lpar, rpar))), List.of());
            }
        }
        boolean keyword = false;
        boolean doubleStar = false;
        for (ArgumentContext a : items) {
            if (a instanceof PositionalArgContext pa) {
                if (keyword || doubleStar) {
                    throw error(doubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument", rpar);
                }
                args.add(namedExpression(pa.named_expression()));
            } else if (a instanceof StarArgContext sa) {
                if (doubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", sa.start);
                }
                args.add(new Starred(expr(sa.expression()), Ctx.LOAD, pos(sa)));
            } else if (a instanceof KeywordArgContext ka) {
                keyword = true;
                keywords.add(new Keyword(identifier(ka.NAME()), expr(ka.expression()), pos(ka)));
            } else {
                KwUnpackArgContext ku = (KwUnpackArgContext) a;
                doubleStar = true;
                keywords.add(new Keyword(null, expr(ku.expression()), pos(ku)));
            }
        }
        return new CallArgs(args, keywords);
    }

    List<Comprehension> comprehensions(For_if_clausesContext c) {
        List<Comprehension> out = new ArrayList<>();
        for (For_if_clauseContext f : c.for_if_clause()) {
            Expr target = targets(f.star_targets());
            List<DisjunctionContext> ds = f.disjunction();
            Expr iter = disjunction(ds.get(0));
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < ds.size(); i++) {
                ifs.add(disjunction(ds.get(i)));
            }
            out.add(new Comprehension(target, iter, ifs, f.ASYNC() != null));
        }
        return out;
    }

    private void checkComprehensionElement(Expr elt) {
        if (elt instanceof Starred) {
            throw error("iterable unpacking cannot be used in comprehension", elt.pos());
        }
    }

    Expr atom(AtomContext c) {
        if (c instanceof NameAtomContext n) {
            return new Name(identifier(n.NAME()), Ctx.LOAD, pos(c));
        } else if (c instanceof ConstantAtomContext k) {
            Object v = switch (k.start.getType()) {
                case PythonLexer.TRUE -> Boolean.TRUE;
                case PythonLexer.FALSE -> Boolean.FALSE;
                case PythonLexer.NONE -> NONE;
                default -> Constant.Singleton.ELLIPSIS;
            };
            return new Constant(v, pos(c));
        } else if (c instanceof NumberAtomContext n) {
            return new Constant(number(n.NUMBER().getSymbol()), pos(c));
        } else if (c instanceof StringAtomContext s) {
            return strings(s.STRING());
        } else if (c instanceof ParenAtomContext p) {
            if (p.yield_expr() != null) {
                return yieldExpr(p.yield_expr());
            }
            Testlist_compContext t = p.testlist_comp();
            if (t == null) {
                return new TupleExpr(List.of(), Ctx.LOAD, pos(c));
            }
            if (t.for_if_clauses() != null) {
                Expr elt = starNamedExpression(t.star_named_expression(0));
                checkComprehensionElement(elt);
                return new GeneratorExp(elt, comprehensions(t.for_if_clauses()), pos(c));
            }
            if (t.getChildCount() == 1) {
                Expr e = starNamedExpression(t.star_named_expression(0));
                if (e instanceof Starred) {
                    throw error("cannot use starred expression here", e.pos());
                }
                return e;
            }
            return new TupleExpr(starNamedExpressions(t), Ctx.LOAD, pos(c));
        } else if (c instanceof ListAtomContext l) {
            Testlist_compContext t = l.testlist_comp();
            if (t == null) {
                return new ListExpr(List.of(), Ctx.LOAD, pos(c));
            }
            if (t.for_if_clauses() != null) {
                Expr elt = starNamedExpression(t.star_named_expression(0));
                checkComprehensionElement(elt);
                return new ListComp(elt, comprehensions(t.for_if_clauses()), pos(c));
            }
            return new ListExpr(starNamedExpressions(t), Ctx.LOAD, pos(c));
        }
        return dictOrSet((DictOrSetAtomContext) c);
    }

    private List<Expr> starNamedExpressions(Testlist_compContext t) {
        List<Expr> elts = new ArrayList<>();
        for (Star_named_expressionContext x : t.star_named_expression()) {
            elts.add(starNamedExpression(x));
        }
        return elts;
    }

    private Expr dictOrSet(DictOrSetAtomContext c) {
        Pos p = pos(c);
        DictorsetmakerContext m = c.dictorsetmaker();
        if (m == null) {
            return new DictExpr(List.of(), List.of(), p);
        }
        List<Dict_or_set_itemContext> items = m.dict_or_set_item();
        Dict_or_set_itemContext first = items.get(0);
        if (m.for_if_clauses() != null) {
            if (first.DOUBLESTAR() != null) {
                throw error("dict unpacking cannot be used in dict comprehension", first.DOUBLESTAR().getSymbol());
            }
            if (first.STAR() != null) {
                throw error("iterable unpacking cannot be used in comprehension", pos(first));
            }
            if (first.COLON() != null) {
                Expr key = dictKey(first);
                Expr value = expr(first.expression());
                return new DictComp(key, value, comprehensions(m.for_if_clauses()), p);
            }
            Expr elt = namedExpression(first.named_expression());
            return new SetComp(elt, comprehensions(m.for_if_clauses()), p);
        }
        boolean dict = first.DOUBLESTAR() != null || first.COLON() != null;
        if (dict) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Dict_or_set_itemContext item : items) {
                if (item.DOUBLESTAR() != null) {
                    keys.add(null);
                    values.add(bitwiseOr(item.bitwise_or()));
                } else if (item.COLON() != null) {
                    keys.add(dictKey(item));
                    values.add(expr(item.expression()));
                } else if (item.STAR() != null) {
                    throw error("invalid syntax", item.STAR().getSymbol());
                } else {
                    Expr key = namedExpression(item.named_expression());
                    Pos kp = key.pos();
                    throw src.error("SyntaxError", "':' expected after dictionary key", rawLine(kp.line()),
                            rawCol(kp.endLine(), kp.endCol()), rawLine(kp.endLine()), 0, true);
                }
            }
            return new DictExpr(keys, values, p);
        }
        List<Expr> elts = new ArrayList<>();
        for (Dict_or_set_itemContext item : items) {
            if (item.DOUBLESTAR() != null) {
                throw error("invalid syntax", item.DOUBLESTAR().getSymbol());
            } else if (item.COLON() != null) {
                throw error("invalid syntax", item.COLON().getSymbol());
            } else if (item.STAR() != null) {
                elts.add(new Starred(bitwiseOr(item.bitwise_or()), Ctx.LOAD, pos(item)));
            } else {
                elts.add(namedExpression(item.named_expression()));
            }
        }
        return new SetExpr(elts, p);
    }

    private Expr dictKey(Dict_or_set_itemContext item) {
        Expr key = namedExpression(item.named_expression());
        if (item.named_expression().COLONEQUAL() != null) {
            throw error("invalid syntax", item.COLON().getSymbol());
        }
        return key;
    }

    // ------------------------------------------------------------------ literals

    static String identifier(TerminalNode n) {
        String s = n.getText();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    Object number(Token t) {
        String text = t.getText();
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new dev.eddy.ast.Constant.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            if (k == 'x' || k == 'X') {
                return integer(s.substring(2), 16);
            } else if (k == 'o' || k == 'O') {
                return integer(s.substring(2), 8);
            } else if (k == 'b' || k == 'B') {
                return integer(s.substring(2), 2);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '.' || ch == 'e' || ch == 'E') {
                return Double.parseDouble(s);
            }
        }
        String tooLong = IntLiteralLimit.violation(s.length());
        if (tooLong != null) {
            throw src.error("SyntaxError", tooLong, t.getLine(), 0, t.getLine(), 0, false);
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** Adjacent string literals: a str, bytes or f-string Constant / JoinedStr. */
    Expr strings(List<TerminalNode> parts) {
        Token first = parts.get(0).getSymbol();
        Token last = parts.get(parts.size() - 1).getSymbol();
        Pos whole = pos(first, last);
        boolean bytesMode = false;
        ByteArrayBuilder bytes = null;
        FStringBuilder fs = new FStringBuilder(this, whole, last);
        for (int i = 0; i < parts.size(); i++) {
            Token t = parts.get(i).getSymbol();
            String text = t.getText();
            StringLiterals.Literal lit = StringLiterals.split(text);
            if (i != 0 && bytesMode != lit.bytes()) {
                throw errorAfter("cannot mix bytes and nonbytes literals", last);
            }
            bytesMode = lit.bytes();
            String body = text.substring(lit.bodyStart(), lit.bodyEnd());
            if (lit.fstring()) {
                fs.concatFString(t, body, lit.bodyStart(), lit.raw());
            } else if (lit.bytes()) {
                for (int k = 0; k < body.length(); k++) {
                    if (body.charAt(k) >= 0x80) {
                        throw error("bytes can only contain ASCII literal characters", t);
                    }
                }
                if (bytes == null) {
                    bytes = new ByteArrayBuilder();
                }
                try {
                    bytes.append(StringLiterals.decodeBytes(body, lit.raw()));
                } catch (StringLiterals.DecodeError ex) {
                    throw errorAfter(ex.getMessage(), last);
                }
            } else {
                fs.concat(decode(body, lit.raw(), last));
            }
        }
        if (bytesMode) {
            return new Constant(bytes.toByteArray(), whole);
        }
        return fs.finish(whole);
    }

    String decode(String body, boolean raw, Token last) {
        if (raw) {
            return body;
        }
        try {
            return StringLiterals.decodeString(body);
        } catch (StringLiterals.DecodeError ex) {
            throw errorAfter(ex.getMessage(), last);
        }
    }

    /** Parses the expression of an f-string replacement field whose '{' is at braceIndex of token t's body. */
    Expr fstringExpression(Token t, int bodyStart, int braceIndex, String exprText) {
        String text = t.getText();
        int brace = bodyStart + braceIndex;
        int nl = text.lastIndexOf('\n', brace);
        int braceLine;
        int braceCol;
        int errorColShift = 0;
        if (nl < 0) {
            braceLine = line(t);
            braceCol = col(t) + text.codePointCount(0, brace);
            // CPython's fstring_find_expr_location: errors below the field's first line are
            // shifted left by the field's starting column.
            boolean newlineAfterBrace = true;
            for (int i = brace + 1; i < text.length() && text.charAt(i) != '}' && text.charAt(i) != '\n'; i++) {
                char ch = text.charAt(i);
                if (ch != ' ' && ch != '\t' && ch != '\f') {
                    newlineAfterBrace = false;
                    break;
                }
            }
            errorColShift = -(t.getCharPositionInLine() + (newlineAfterBrace ? 0 : text.codePointCount(0, brace)));
        } else {
            int lines = 0;
            for (int i = 0; i < brace; i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            braceLine = line(t) + lines;
            braceCol = text.codePointCount(nl + 1, brace);
        }
        return ParseRun.fstringExpression(exprText, src.filename, braceLine, braceCol, errorColShift);
    }

    /** A growable byte array. */
    private static final class ByteArrayBuilder {
        private byte[] buf = new byte[16];
        private int n;

        void append(byte[] b) {
            if (n + b.length > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + b.length));
            }
            System.arraycopy(b, 0, buf, n, b.length);
            n += b.length;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, n);
        }
    }
}
