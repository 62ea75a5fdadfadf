package dev.eddy.compiler;

import dev.eddy.ast.*;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resolver: finds every scope in a module, what each name is bound to there (local,
 * cell, free, global, class namespace), and which functions are generators or coroutines.
 * Reports the scope-related SyntaxErrors CPython's symtable reports.
 */
final class ScopeAnalyzer implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final CompileErrors errors;
    private Scope current;
    /** CPython's compiler recursion limit: 3 x the default recursion limit of 1000. */
    private static final int MAX_DEPTH = 3000;
    /** How many statements and expressions (and the module) enclose the one being visited. */
    private int depth = 1;

    private ScopeAnalyzer(CompileErrors errors) {
        this.errors = errors;
    }

    /** Analyses a module; the returned map gives the scope of each function, lambda, class and comprehension node (and the module under the key {@code module}). */
    static Map<Object, Scope> analyze(dev.eddy.ast.Module module, CompileErrors errors) {
        return analyze(module, errors, false);
    }

    /**
     * As {@link #analyze(dev.eddy.ast.Module, CompileErrors)}; with {@code namespaceTop} the
     * top level reads and writes a locals mapping distinct from its globals (exec or eval with
     * separate locals), so its names resolve as a class body's do.
     */
    static Map<Object, Scope> analyze(dev.eddy.ast.Module module, CompileErrors errors, boolean namespaceTop) {
        ScopeAnalyzer a = new ScopeAnalyzer(errors);
        Scope top = new Scope(namespaceTop ? Scope.Kind.CLASS : Scope.Kind.MODULE, "<module>", null, false);
        a.scopes.put(module, top);
        a.current = top;
        for (Stmt s : module.body()) {
            s.accept(a);
        }
        a.resolveAll(top);
        a.finish(top);
        return a.scopes;
    }

    // ---- resolution -----------------------------------------------------------------------------

    private void resolveAll(Scope s) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        names.addAll(s.params);
        names.addAll(s.assigned);
        names.addAll(s.used);
        names.addAll(s.nonlocals);
        for (String n : names) {
            s.bindings.put(n, resolve(s, n));
        }
        if (s.usesClassCell) {
            Scope c = s.parent;
            while (c != null && c.kind != Scope.Kind.CLASS) {
                c = c.parent;
            }
            if (c != null) {
                c.cells.add("__class__");
                for (Scope m = s; m != c; m = m.parent) {
                    m.frees.add("__class__");
                    m.bindings.put("__class__", Scope.Binding.FREE);
                }
            }
        }
        for (Scope child : s.children) {
            resolveAll(child);
        }
    }

    private Scope.Binding resolve(Scope s, String n) {
        if (s.globals.contains(n) || s.kind == Scope.Kind.MODULE) {
            return Scope.Binding.GLOBAL;
        }
        if (s.kind == Scope.Kind.FUNCTION && s.isLocal(n)) {
            return Scope.Binding.LOCAL;
        }
        if (s.kind == Scope.Kind.CLASS && !s.nonlocals.contains(n) && s.assigned.contains(n)) {
            return Scope.Binding.CLASS;
        }
        for (Scope p = s.parent; p != null; p = p.parent) {
            if (p.kind == Scope.Kind.CLASS) {
                continue;
            }
            if (p.kind == Scope.Kind.MODULE || p.globals.contains(n)) {
                break;
            }
            if (p.isLocal(n)) {
                p.cells.add(n);
                for (Scope m = s; m != p; m = m.parent) {
                    m.frees.add(n);
                    if (m != s && !m.bindings.containsKey(n)) {
                        m.bindings.put(n, Scope.Binding.FREE);
                    }
                }
                return Scope.Binding.FREE;
            }
        }
        if (s.nonlocals.contains(n)) {
            errors.error("no binding for nonlocal '" + n + "' found", null);
        }
        return s.kind == Scope.Kind.CLASS ? Scope.Binding.CLASS : Scope.Binding.GLOBAL;
    }

    private void finish(Scope s) {
        for (String c : s.cells) {
            if (s.bindings.get(c) == Scope.Binding.LOCAL) {
                s.bindings.put(c, Scope.Binding.CELL);
            }
        }
        for (Scope child : s.children) {
            finish(child);
        }
    }

    // ---- collection --------------------------------------------------------------------------------

    /**
     * Visits a statement or expression one level deeper: as CPython's symbol table does, past
     * {@link #MAX_DEPTH} nested statements and expressions the compilation gives up with
     * RecursionError.
     */
    private void visit(Expr e) {
        if (++depth > MAX_DEPTH) {
            errors.tooDeep();
        }
        e.accept(this);
        depth--;
    }

    private void visit(Stmt s) {
        if (++depth > MAX_DEPTH) {
            errors.tooDeep();
        }
        s.accept(this);
        depth--;
    }

    private void visitAll(List<? extends Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                visit(e);
            }
        }
    }

    private void body(List<Stmt> ss) {
        for (Stmt s : ss) {
            visit(s);
        }
    }

    private void bind(String name) {
        current.assigned.add(name);
    }

    private void function(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, boolean async) {
        visitAll(args.defaults());
        visitAll(args.kwDefaults());
        for (Arg a : Annotations.params(args)) {
            if (a.annotation() != null) {
                visit(a.annotation());
            }
        }
        Expr returns = node instanceof FunctionDef fd ? fd.returns() : node instanceof AsyncFunctionDef afd ? afd.returns() : null;
        if (returns != null) {
            visit(returns);
        }
        Scope s = new Scope(Scope.Kind.FUNCTION, name, current, false);
        s.isAsync = async;
        scopes.put(node, s);
        for (Arg a : args.posonlyargs()) {
            addParam(s, a);
        }
        for (Arg a : args.args()) {
            addParam(s, a);
        }
        for (Arg a : args.kwonlyargs()) {
            addParam(s, a);
        }
        if (args.vararg() != null) {
            addParam(s, args.vararg());
        }
        if (args.kwarg() != null) {
            addParam(s, args.kwarg());
        }
        Scope saved = current;
        current = s;
        if (body != null) {
            body(body);
        } else {
            visit(lambdaBody);
        }
        current = saved;
    }

    private void addParam(Scope s, Arg a) {
        if (s.params.contains(a.arg())) {
            errors.error("duplicate argument '" + a.arg() + "' in function definition", a.pos());
        }
        s.params.add(a.arg());
    }

    @Override
    public Void visitFunctionDef(FunctionDef n) {
        visitAll(n.decoratorList());
        bind(n.name());
        function(n, n.name(), n.args(), n.body(), null, false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(AsyncFunctionDef n) {
        visitAll(n.decoratorList());
        bind(n.name());
        function(n, n.name(), n.args(), n.body(), null, true);
        return null;
    }

    @Override
    public Void visitClassDef(ClassDef n) {
        visitAll(n.decoratorList());
        visitAll(n.bases());
        for (Keyword k : n.keywords()) {
            visit(k.value());
        }
        bind(n.name());
        Scope s = new Scope(Scope.Kind.CLASS, n.name(), current, false);
        scopes.put(n, s);
        Scope saved = current;
        current = s;
        body(n.body());
        current = saved;
        return null;
    }

    @Override
    public Void visitReturn(Return n) {
        if (n.value() != null) {
            visit(n.value());
        }
        return null;
    }

    @Override
    public Void visitDelete(Delete n) {
        visitAll(n.targets());
        return null;
    }

    @Override
    public Void visitAssign(Assign n) {
        visit(n.value());
        visitAll(n.targets());
        return null;
    }

    @Override
    public Void visitAugAssign(AugAssign n) {
        visit(n.value());
        visit(n.target());
        if (n.target() instanceof Name nm) {
            current.used.add(nm.id());
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(AnnAssign n) {
        if (current.kind != Scope.Kind.FUNCTION) {
            visit(n.annotation());
        }
        if (n.value() != null) {
            visit(n.value());
            visit(n.target());
        } else if (!(n.target() instanceof Name)) {
            visit(n.target());
        } else if (current.kind == Scope.Kind.FUNCTION) {
            bind(((Name) n.target()).id());
        }
        return null;
    }

    @Override
    public Void visitFor(For n) {
        visit(n.iter());
        visit(n.target());
        body(n.body());
        body(n.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(AsyncFor n) {
        checkAsync("'async for' outside async function", n.pos());
        visit(n.iter());
        visit(n.target());
        body(n.body());
        body(n.orelse());
        return null;
    }

    @Override
    public Void visitWhile(While n) {
        visit(n.test());
        body(n.body());
        body(n.orelse());
        return null;
    }

    @Override
    public Void visitMatch(Match n) {
        visit(n.subject());
        for (MatchCase c : n.cases()) {
            pattern(c.pattern());
            if (c.guard() != null) {
                visit(c.guard());
            }
            body(c.body());
        }
        return null;
    }

    /** A pattern binds its capture names and reads its value, class and key expressions. */
    private void pattern(Pattern p) {
        if (p instanceof MatchValue v) {
            visit(v.value());
        } else if (p instanceof MatchSequence s) {
            s.patterns().forEach(this::pattern);
        } else if (p instanceof MatchMapping m) {
            visitAll(m.keys());
            m.patterns().forEach(this::pattern);
            if (m.rest() != null) {
                bind(m.rest());
            }
        } else if (p instanceof MatchClass c) {
            visit(c.cls());
            c.patterns().forEach(this::pattern);
            c.kwdPatterns().forEach(this::pattern);
        } else if (p instanceof MatchStar s) {
            if (s.name() != null) {
                bind(s.name());
            }
        } else if (p instanceof MatchAs a) {
            if (a.pattern() != null) {
                pattern(a.pattern());
            }
            if (a.name() != null) {
                bind(a.name());
            }
        } else if (p instanceof MatchOr o) {
            o.patterns().forEach(this::pattern);
        }
    }

    @Override
    public Void visitIf(If n) {
        visit(n.test());
        body(n.body());
        body(n.orelse());
        return null;
    }

    @Override
    public Void visitWith(With n) {
        for (WithItem w : n.items()) {
            visit(w.contextExpr());
            if (w.optionalVars() != null) {
                visit(w.optionalVars());
            }
        }
        body(n.body());
        return null;
    }

    @Override
    public Void visitAsyncWith(AsyncWith n) {
        checkAsync("'async with' outside async function", n.pos());
        for (WithItem w : n.items()) {
            visit(w.contextExpr());
            if (w.optionalVars() != null) {
                visit(w.optionalVars());
            }
        }
        body(n.body());
        return null;
    }

    private void checkAsync(String msg, Pos pos) {
        if (current.kind != Scope.Kind.FUNCTION || !current.isAsync) {
            errors.error(msg, pos);
        }
    }

    @Override
    public Void visitRaise(Raise n) {
        if (n.exc() != null) {
            visit(n.exc());
        }
        if (n.cause() != null) {
            visit(n.cause());
        }
        return null;
    }

    private void tryBody(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> fin) {
        body(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                visit(h.type());
            }
            if (h.name() != null) {
                bind(h.name());
            }
            body(h.body());
        }
        body(orelse);
        body(fin);
    }

    @Override
    public Void visitTry(Try n) {
        tryBody(n.body(), n.handlers(), n.orelse(), n.finalbody());
        return null;
    }

    @Override
    public Void visitTryStar(TryStar n) {
        tryBody(n.body(), n.handlers(), n.orelse(), n.finalbody());
        return null;
    }

    @Override
    public Void visitAssert(Assert n) {
        visit(n.test());
        if (n.msg() != null) {
            visit(n.msg());
        }
        return null;
    }

    @Override
    public Void visitImport(Import n) {
        for (Alias a : n.names()) {
            bind(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
        }
        return null;
    }

    @Override
    public Void visitImportFrom(ImportFrom n) {
        for (Alias a : n.names()) {
            if (!a.name().equals("*")) {
                bind(a.asname() != null ? a.asname() : a.name());
            }
        }
        return null;
    }

    @Override
    public Void visitGlobal(Global n) {
        for (String name : n.names()) {
            if (current.params.contains(name)) {
                errors.error("name '" + name + "' is parameter and global", n.pos());
            }
            if (current.used.contains(name) || current.assigned.contains(name)) {
                errors.error("name '" + name + "' is " + (current.assigned.contains(name) ? "assigned to" : "used") + " before global declaration", n.pos());
            }
            current.globals.add(name);
        }
        return null;
    }

    @Override
    public Void visitNonlocal(Nonlocal n) {
        if (current.kind == Scope.Kind.MODULE) {
            errors.error("nonlocal declaration not allowed at module level", n.pos());
        }
        for (String name : n.names()) {
            if (current.params.contains(name)) {
                errors.error("name '" + name + "' is parameter and nonlocal", n.pos());
            }
            if (current.used.contains(name) || current.assigned.contains(name)) {
                errors.error("name '" + name + "' is " + (current.assigned.contains(name) ? "assigned to" : "used") + " before nonlocal declaration", n.pos());
            }
            current.nonlocals.add(name);
        }
        return null;
    }

    @Override
    public Void visitExprStmt(ExprStmt n) {
        visit(n.value());
        return null;
    }

    @Override
    public Void visitPass(Pass n) {
        return null;
    }

    @Override
    public Void visitBreak(Break n) {
        return null;
    }

    @Override
    public Void visitContinue(Continue n) {
        return null;
    }

    // ---- expressions -------------------------------------------------------------------------------

    @Override
    public Void visitBoolOp(BoolOp n) {
        visitAll(n.values());
        return null;
    }

    @Override
    public Void visitNamedExpr(NamedExpr n) {
        visit(n.value());
        String name = ((Name) n.target()).id();
        Scope s = current;
        if (s.comprehension) {
            Scope t = s;
            while (t.comprehension) {
                t = t.parent;
            }
            if (t.kind == Scope.Kind.CLASS) {
                errors.error("assignment expression within a comprehension cannot be used in a class body", n.pos());
            }
            for (Scope m = s; m != t; m = m.parent) {
                if (t.kind == Scope.Kind.MODULE) {
                    m.globals.add(name);
                } else {
                    m.nonlocals.add(name);
                }
            }
            t.assigned.add(name);
        } else {
            bind(name);
        }
        return null;
    }

    @Override
    public Void visitBinOp(BinOp n) {
        visit(n.left());
        visit(n.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(UnaryOp n) {
        visit(n.operand());
        return null;
    }

    @Override
    public Void visitLambda(Lambda n) {
        function(n, "<lambda>", n.args(), null, n.body(), false);
        return null;
    }

    @Override
    public Void visitIfExp(IfExp n) {
        visit(n.test());
        visit(n.body());
        visit(n.orelse());
        return null;
    }

    @Override
    public Void visitDictExpr(DictExpr n) {
        for (int i = 0; i < n.keys().size(); i++) {
            if (n.keys().get(i) != null) {
                visit(n.keys().get(i));
            }
            visit(n.values().get(i));
        }
        return null;
    }

    @Override
    public Void visitSetExpr(SetExpr n) {
        visitAll(n.elts());
        return null;
    }

    private void comprehension(Object node, String name, List<Comprehension> gens, Expr... elts) {
        visit(gens.get(0).iter());
        Scope s = new Scope(Scope.Kind.FUNCTION, name, current, true);
        s.params.add(".0");
        scopes.put(node, s);
        Scope saved = current;
        current = s;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension c = gens.get(i);
            if (c.isAsync()) {
                s.isAsync = true;
                if (!name.equals("<genexpr>")) {
                    if (!insideAsyncFunction(saved)) {
                        errors.error("asynchronous comprehension outside of an asynchronous function", ((Expr) node).pos());
                    }
                    markEnclosingComprehensionsAsync(saved);
                }
            }
            if (i > 0) {
                visit(c.iter());
            }
            visit(c.target());
            visitAll(c.ifs());
        }
        for (Expr e : elts) {
            visit(e);
        }
        current = saved;
        if (name.equals("<genexpr>")) {
            s.isGenerator = true;
        }
    }

    /**
     * An await or async comprehension inside a (non-generator) comprehension makes each
     * comprehension around it, up to the async function, a coroutine too, as in CPython 3.11.
     */
    private static void markEnclosingComprehensionsAsync(Scope s) {
        while (s.comprehension && !s.name.equals("<genexpr>")) {
            s.isAsync = true;
            s = s.parent;
        }
    }

    /** Whether {@code s}, or the scope a comprehension {@code s} is in, is an async function's body. */
    private static boolean insideAsyncFunction(Scope s) {
        while (s.comprehension) {
            if (s.isAsync && s.name.equals("<genexpr>")) {
                return true;
            }
            s = s.parent;
        }
        return s.kind == Scope.Kind.FUNCTION && s.isAsync;
    }

    @Override
    public Void visitListComp(ListComp n) {
        comprehension(n, "<listcomp>", n.generators(), n.elt());
        return null;
    }

    @Override
    public Void visitSetComp(SetComp n) {
        comprehension(n, "<setcomp>", n.generators(), n.elt());
        return null;
    }

    @Override
    public Void visitDictComp(DictComp n) {
        comprehension(n, "<dictcomp>", n.generators(), n.key(), n.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(GeneratorExp n) {
        comprehension(n, "<genexpr>", n.generators(), n.elt());
        return null;
    }

    @Override
    public Void visitAwait(Await n) {
        Scope s = current;
        if (s.comprehension && !s.name.equals("<genexpr>")) {
            Scope t = s;
            while (t.comprehension) {
                t = t.parent;
            }
            if (t.kind == Scope.Kind.FUNCTION && t.isAsync) {
                s.isAsync = true;
                markEnclosingComprehensionsAsync(s.parent);
            } else {
                errors.error("asynchronous comprehension outside of an asynchronous function", n.pos());
            }
        } else if (s.comprehension) {
            s.isAsync = true;
        } else if (s.kind != Scope.Kind.FUNCTION) {
            errors.error("'await' outside function", n.pos());
        } else if (!s.isAsync) {
            errors.error("'await' outside async function", n.pos());
        }
        visit(n.value());
        return null;
    }

    private void yieldHere(Pos pos) {
        Scope s = current;
        if (s.comprehension) {
            String what = switch (s.name) {
                case "<listcomp>" -> "list comprehension";
                case "<setcomp>" -> "set comprehension";
                case "<dictcomp>" -> "dict comprehension";
                default -> "generator expression";
            };
            errors.error("'yield' inside " + what, pos);
        } else if (s.kind != Scope.Kind.FUNCTION || s.name.equals(TopLevelAwait.FUNCTION_NAME)) {
            errors.error("'yield' outside function", pos);
        }
        s.isGenerator = true;
    }

    @Override
    public Void visitYield(Yield n) {
        yieldHere(n.pos());
        if (n.value() != null) {
            visit(n.value());
        }
        return null;
    }

    @Override
    public Void visitYieldFrom(YieldFrom n) {
        yieldHere(n.pos());
        if (current.isAsync) {
            errors.error("'yield from' inside async function", n.pos());
        }
        visit(n.value());
        return null;
    }

    @Override
    public Void visitCompare(Compare n) {
        visit(n.left());
        visitAll(n.comparators());
        return null;
    }

    @Override
    public Void visitCall(Call n) {
        visit(n.func());
        visitAll(n.args());
        for (Keyword k : n.keywords()) {
            visit(k.value());
        }
        if (n.func() instanceof Name nm && nm.id().equals("super") && n.args().isEmpty()) {
            current.usesClassCell = true;
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(FormattedValue n) {
        visit(n.value());
        if (n.formatSpec() != null) {
            visit(n.formatSpec());
        }
        return null;
    }

    @Override
    public Void visitJoinedStr(JoinedStr n) {
        visitAll(n.values());
        return null;
    }

    @Override
    public Void visitConstant(Constant n) {
        return null;
    }

    @Override
    public Void visitAttribute(Attribute n) {
        visit(n.value());
        return null;
    }

    @Override
    public Void visitSubscript(Subscript n) {
        visit(n.value());
        visit(n.slice());
        return null;
    }

    @Override
    public Void visitStarred(Starred n) {
        visit(n.value());
        return null;
    }

    @Override
    public Void visitName(Name n) {
        if (n.ctx() == Ctx.LOAD) {
            current.used.add(n.id());
            if (n.id().equals("__class__")) {
                current.usesClassCell = true;
            }
        } else {
            current.assigned.add(n.id());
        }
        return null;
    }

    @Override
    public Void visitListExpr(ListExpr n) {
        visitAll(n.elts());
        return null;
    }

    @Override
    public Void visitTupleExpr(TupleExpr n) {
        visitAll(n.elts());
        return null;
    }

    @Override
    public Void visitSlice(Slice n) {
        if (n.lower() != null) {
            visit(n.lower());
        }
        if (n.upper() != null) {
            visit(n.upper());
        }
        if (n.step() != null) {
            visit(n.step());
        }
        return null;
    }
}
