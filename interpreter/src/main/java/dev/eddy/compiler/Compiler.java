package dev.eddy.compiler;

import dev.eddy.ast.*;
import dev.eddy.nodes.Access;
import dev.eddy.nodes.Calls;
import dev.eddy.nodes.Control;
import dev.eddy.nodes.Definitions;
import dev.eddy.nodes.ExprNode;
import dev.eddy.nodes.Literals;
import dev.eddy.nodes.Names;
import dev.eddy.nodes.Operators;
import dev.eddy.nodes.Patterns;
import dev.eddy.nodes.Statements;
import dev.eddy.nodes.StmtNode;
import dev.eddy.nodes.Suspend;
import dev.eddy.nodes.Target;
import dev.eddy.runtime.BinaryOp;
import dev.eddy.runtime.Code;
import dev.eddy.runtime.CodePosition;
import dev.eddy.runtime.PyBool;
import dev.eddy.runtime.PyBytes;
import dev.eddy.runtime.PyEllipsis;
import dev.eddy.runtime.PyFloat;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyNone;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.SourceFile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Translates a resolved syntax tree into executable nodes. In generator and coroutine
 * bodies it also lowers every yield and await nested in an expression into statement form:
 * operands evaluated before the suspension point are spilled into temporary slots, and
 * and/or/conditional expressions around one become if statements.
 */
public final class Compiler implements Stmt.Visitor<StmtNode>, Expr.Visitor<ExprNode> {
    private final Map<Object, Scope> scopes;
    private final SourceFile source;
    /** "from __future__ import annotations": annotations are kept as their source text, not evaluated. */
    private final PyModule builtins;
    private final Definitions.ModuleLoader loader;
    private final CompileErrors errors;
    private Unit unit;
    /** Where hoisted statements go while lowering a suspending expression; null when not lowering. */
    private List<StmtNode> pre;
    /** {@code from __future__ import annotations}: annotations are kept as their source text. */
    private boolean postponedAnnotations;

    private Compiler(Map<Object, Scope> scopes, SourceFile source, PyModule builtins, Definitions.ModuleLoader loader, CompileErrors errors) {
        this.scopes = scopes;
        this.source = source;
        this.builtins = builtins;
        this.loader = loader;
        this.errors = errors;
    }

    /** Compiles a parsed module into the code its body runs; raises SyntaxErrorException for compile-time errors. */
    public static Code compileModule(dev.eddy.ast.Module module, SourceFile source, String text, PyModule builtins, Definitions.ModuleLoader loader) {
        CompileErrors errors = new CompileErrors(source.filename, text);
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module, errors);
        BlockNesting.check(module.body(), errors);
        Compiler c = new Compiler(scopes, source, builtins, loader, errors);
        c.postponedAnnotations = Annotations.postponed(module.body());
        Scope top = scopes.get(module);
        c.unit = new Unit(top, null, Code.Kind.MODULE, "<module>");
        StmtNode body = c.block(module.body());
        return c.finishCode("<module>", "<module>", 1, Code.Kind.MODULE, null, body);
    }

    /**
     * Compiles source for exec(): like a module, except that with {@code namespaceLocals} the
     * top-level names live in a separate locals mapping (the frame's class namespace), and
     * with {@code display} each expression statement's value goes to {@code displayName}
     * (compile's 'single' mode).
     */
    public static Code compileExec(dev.eddy.ast.Module module, SourceFile source, String text, PyModule builtins,
                                   Definitions.ModuleLoader loader, boolean namespaceLocals, String displayName) {
        if (displayName != null) {
            List<Stmt> body = new ArrayList<>();
            for (Stmt st : module.body()) {
                if (st instanceof ExprStmt es) {
                    Expr call = new Call(new Name(displayName, dev.eddy.ast.Ctx.LOAD, es.pos()), List.of(es.value()), List.of(), es.pos());
                    body.add(new ExprStmt(call, es.pos()));
                } else {
                    body.add(st);
                }
            }
            module = new dev.eddy.ast.Module(body);
        }
        CompileErrors errors = new CompileErrors(source.filename, text);
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module, errors, namespaceLocals);
        BlockNesting.check(module.body(), errors);
        Compiler c = new Compiler(scopes, source, builtins, loader, errors);
        c.postponedAnnotations = Annotations.postponed(module.body());
        c.unit = new Unit(scopes.get(module), null, Code.Kind.MODULE, "<module>");
        StmtNode body = c.block(module.body());
        return c.finishCode("<module>", "<module>", 1, Code.Kind.MODULE, null, body);
    }

    /** Compiles an expression for eval(): the code returns its value. */
    public static Code compileEval(Expr e, SourceFile source, String text, PyModule builtins,
                                   Definitions.ModuleLoader loader, boolean namespaceLocals) {
        dev.eddy.ast.Module module = new dev.eddy.ast.Module(List.of(new ExprStmt(e, e.pos())));
        CompileErrors errors = new CompileErrors(source.filename, text);
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module, errors, namespaceLocals);
        BlockNesting.check(module.body(), errors);
        Compiler c = new Compiler(scopes, source, builtins, loader, errors);
        c.unit = new Unit(scopes.get(module), null, Code.Kind.MODULE, "<module>");
        StmtNode body = new Statements.Return(c.expr(e));
        body.line = e.pos().line();
        return c.finishCode("<module>", "<module>", 1, Code.Kind.MODULE, null, body);
    }

    private Code finishCode(String name, String qualname, int line, Code.Kind kind, Arguments args, StmtNode body) {
        Unit u = unit;
        String[] params = new String[0];
        int posonly = 0;
        int argc = 0;
        int kwonly = 0;
        boolean varargs = false;
        boolean varkw = false;
        if (args != null) {
            posonly = args.posonlyargs().size();
            argc = posonly + args.args().size();
            kwonly = args.kwonlyargs().size();
            varargs = args.vararg() != null;
            varkw = args.kwarg() != null;
            params = u.scope.params.toArray(new String[0]);
        }
        Code code = new Code(name, qualname, source, line, kind, params, posonly, argc, kwonly, varargs, varkw,
                u.slotNames.size(), Unit.ints(u.cellSlots), Unit.ints(u.freeSlots), u.resumeCount, u.slotNames.toArray(new String[0]));
        code.body = body;
        code.suspendsInCleanup = u.suspendsInCleanup;
        return code;
    }

    // ---- statements ------------------------------------------------------------------------------

    private StmtNode block(List<Stmt> stmts) {
        int before = unit.suspendCount;
        StmtNode[] out = new StmtNode[stmts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = stmt(stmts.get(i));
        }
        if (out.length == 1 && unit.suspendCount == before) {
            return out[0];
        }
        Control.Block b = new Control.Block(out);
        if (unit.suspendCount > before) {
            b.rs = unit.newResume();
        }
        if (out.length > 0) {
            b.line = out[0].line;
        }
        return b;
    }

    private StmtNode optBlock(List<Stmt> stmts) {
        return stmts.isEmpty() ? null : block(stmts);
    }

    private StmtNode stmt(Stmt s) {
        List<StmtNode> saved = pre;
        pre = unit.isGeneratorBody() ? new ArrayList<>() : null;
        StmtNode n = s.accept(this);
        n.line = s.pos().line();
        List<StmtNode> hoisted = pre;
        pre = saved;
        if (hoisted != null && !hoisted.isEmpty()) {
            hoisted.add(n);
            Control.Block b = new Control.Block(hoisted.toArray(new StmtNode[0]));
            b.rs = unit.newResume();
            b.line = n.line;
            return b;
        }
        return n;
    }

    private static <T extends StmtNode> T at(T n, Node ast) {
        n.line = ast.pos().line();
        return n;
    }

    private static <T extends ExprNode> T at(T n, Node ast) {
        n.line = ast.pos().line();
        return n;
    }

    private PyObject docstring(List<Stmt> body) {
        if (dev.eddy.runtime.Sys.get().flags.optimize() >= 2) {
            return null;    // -OO drops docstrings
        }
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt es && es.value() instanceof Constant c && c.value() instanceof String s) {
            return new PyStr(s);
        }
        return null;
    }

    private Calls.MakeFunction makeFunction(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, Pos pos) {
        ExprNode[] defaults = exprs(args.defaults());
        List<String> kwNames = new ArrayList<>();
        List<ExprNode> kwValues = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                kwNames.add(args.kwonlyargs().get(i).arg());
                kwValues.add(expr(d));
            }
        }
        Scope s = scopes.get(node);
        Code.Kind kind = s.isAsync ? (s.isGenerator ? Code.Kind.ASYNC_GENERATOR : Code.Kind.COROUTINE)
                : s.isGenerator ? Code.Kind.GENERATOR : Code.Kind.FUNCTION;
        String qual = qualname(name);
        Unit saved = unit;
        List<StmtNode> savedPre = pre;
        pre = null;
        unit = new Unit(s, saved, kind, qual);
        StmtNode bodyNode;
        if (body != null) {
            bodyNode = block(body);
        } else {
            if (s.isGenerator) {
                pre = new ArrayList<>();
                ExprNode e = expr(lambdaBody);
                pre.add(new Statements.ExprStmt(e));
                Control.Block b = new Control.Block(pre.toArray(new StmtNode[0]));
                b.rs = unit.newResume();
                bodyNode = b;
            } else {
                bodyNode = at(new Statements.Return(expr(lambdaBody)), lambdaBody);
            }
        }
        Code code = finishCode(name, qual, pos.line(), kind, args, bodyNode);
        unit = saved;
        pre = savedPre;
        int[] closure = closureOf(s);
        Calls.MakeFunction mf = new Calls.MakeFunction(code, defaults, kwNames.toArray(new String[0]), kwValues.toArray(new ExprNode[0]),
                closure, body != null ? docstring(body) : null);
        return at(mf, () -> pos);
    }

    /** The slots of the current frame whose cells a new function over scope {@code s} captures. */
    private int[] closureOf(Scope s) {
        int[] out = new int[s.frees.size()];
        int i = 0;
        for (String n : s.frees) {
            out[i++] = unit.slot(n);
        }
        return out;
    }

    private String qualname(String name) {
        Unit u = unit;
        if (u.kind == Code.Kind.MODULE) {
            return name;
        }
        if (u.scope.kind == Scope.Kind.CLASS) {
            return u.qualname + "." + name;
        }
        return u.qualname + ".<locals>." + name;
    }

    private ExprNode[] decorators(List<Expr> ds) {
        return exprs(ds);
    }

    @Override
    public StmtNode visitFunctionDef(FunctionDef n) {
        ExprNode[] decs = decorators(n.decoratorList());
        Calls.MakeFunction mf = makeFunction(n, n.name(), n.args(), n.body(), null, n.pos());
        return new Definitions.FunctionDef(decs, mf, functionAnnotations(n.args(), n.returns()), nameTarget(n.name()));
    }

    @Override
    public StmtNode visitAsyncFunctionDef(AsyncFunctionDef n) {
        ExprNode[] decs = decorators(n.decoratorList());
        Calls.MakeFunction mf = makeFunction(n, n.name(), n.args(), n.body(), null, n.pos());
        return new Definitions.FunctionDef(decs, mf, functionAnnotations(n.args(), n.returns()), nameTarget(n.name()));
    }

    @Override
    public StmtNode visitClassDef(ClassDef n) {
        ExprNode[] decs = decorators(n.decoratorList());
        List<Expr> headerExprs = new ArrayList<>(n.bases());
        for (Keyword k : n.keywords()) {
            headerExprs.add(k.value());
        }
        ExprNode[] ch = childrenOf(headerExprs.toArray(new Expr[0]));
        ExprNode[] bases = Arrays.copyOf(ch, n.bases().size());
        String[] kwNames = new String[n.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = n.keywords().get(i).arg();
            kwValues[i] = ch[bases.length + i];
        }
        Calls.CallGeneral header = new Calls.CallGeneral(null, bases, kwNames, kwValues);
        Scope s = scopes.get(n);
        String qual = qualname(n.name());
        Unit saved = unit;
        List<StmtNode> savedPre = pre;
        pre = null;
        unit = new Unit(s, saved, Code.Kind.CLASS, qual);
        StmtNode body = block(n.body());
        Code code = finishCode(n.name(), qual, n.pos().line(), Code.Kind.CLASS, null, body);
        int classCell = s.cells.contains("__class__") ? unit.slot("__class__") : -1;
        unit = saved;
        pre = savedPre;
        int[] closure = closureOf(s);
        return new Definitions.ClassDef(n.name(), qual, decs, header, code, closure, classCell, nameTarget(n.name()), docstring(n.body()));
    }

    @Override
    public StmtNode visitReturn(Return n) {
        if (unit.kind == Code.Kind.MODULE || unit.kind == Code.Kind.CLASS
                || unit.scope.name.equals(TopLevelAwait.FUNCTION_NAME)) {
            errors.error("'return' outside function", n.pos());
        }
        if (n.value() != null && unit.kind == Code.Kind.ASYNC_GENERATOR) {
            errors.error("'return' with value in async generator", n.pos());
        }
        return new Statements.Return(n.value() == null ? null : expr(n.value()));
    }

    @Override
    public StmtNode visitDelete(Delete n) {
        Target[] ts = new Target[n.targets().size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = target(n.targets().get(i));
        }
        return new Statements.Delete(ts);
    }

    @Override
    public StmtNode visitAssign(Assign n) {
        ExprNode v = expr(n.value());
        if (n.targets().size() == 1) {
            Target t = target(n.targets().get(0));
            if (t instanceof Names.Local l) {
                return new Statements.AssignLocal(l.slot, v);
            }
            return new Statements.Assign(new Target[] {t}, v);
        }
        Target[] ts = new Target[n.targets().size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = target(n.targets().get(i));
        }
        return new Statements.Assign(ts, v);
    }

    private static BinaryOp binop(Operator op) {
        return BinaryOp.values()[op.ordinal()];
    }

    @Override
    public StmtNode visitAugAssign(AugAssign n) {
        BinaryOp op = binop(n.op());
        Expr t = n.target();
        if (t instanceof Attribute a) {
            ExprNode obj = expr(a.value());
            return new Statements.AugAssignAttr(obj, a.attr(), op, expr(n.value()));
        }
        if (t instanceof Subscript s) {
            ExprNode[] ch = childrenOf(s.value(), s.slice(), n.value());
            return new Statements.AugAssignItem(ch[0], ch[1], op, ch[2]);
        }
        Name nm = (Name) t;
        ExprNode value = expr(n.value());
        return new Statements.AugAssign(load(nm.id()), nameTarget(nm.id()), op, value);
    }

    @Override
    public StmtNode visitAnnAssign(AnnAssign n) {
        List<StmtNode> out = new ArrayList<>();
        if (n.value() != null) {
            out.add(new Statements.Assign(new Target[] {target(n.target())}, expr(n.value())));
        }
        // module and class bodies evaluate the annotation; a simple name's goes into __annotations__
        if (unit.scope.kind != Scope.Kind.FUNCTION) {
            ExprNode ann = annotation(n.annotation());
            if (n.simple() && n.target() instanceof Name nm) {
                out.add(new Definitions.Annotate(nm.id(), ann));
            } else if (!postponedAnnotations) {
                out.add(new Statements.ExprStmt(ann));
            }
        }
        if (out.isEmpty()) {
            return new Statements.Pass();
        }
        for (StmtNode sn : out) {
            sn.line = n.pos().line();
        }
        return out.size() == 1 ? out.get(0) : new Control.Block(out.toArray(new StmtNode[0]));
    }

    /** An annotation's value, or under postponed evaluation its source text. */
    private ExprNode annotation(Expr e) {
        if (postponedAnnotations) {
            return new Literals.Const(new PyStr(Annotations.sourceText(source, e)));
        }
        return expr(e);
    }

    /** A function's annotations as name/value pairs evaluated at definition time, or null when it has none. */
    private Definitions.FunctionAnnotations functionAnnotations(Arguments args, Expr returns) {
        List<String> names = new ArrayList<>();
        List<ExprNode> values = new ArrayList<>();
        for (Arg a : Annotations.params(args)) {
            if (a.annotation() != null) {
                names.add(a.arg());
                values.add(annotation(a.annotation()));
            }
        }
        if (returns != null) {
            names.add("return");
            values.add(annotation(returns));
        }
        return names.isEmpty() ? null : new Definitions.FunctionAnnotations(names.toArray(new String[0]), values.toArray(new ExprNode[0]));
    }

    @Override
    public StmtNode visitFor(For n) {
        ExprNode iter = expr(n.iter());
        Target t = target(n.target());
        int before = unit.suspendCount;
        unit.loopDepth++;
        StmtNode body = block(n.body());
        unit.loopDepth--;
        StmtNode orelse = optBlock(n.orelse());
        Control.For f = new Control.For(t, iter, body, orelse);
        if (unit.suspendCount > before) {
            f.rs = unit.newResume();
        }
        return f;
    }

    @Override
    public StmtNode visitAsyncFor(AsyncFor n) {
        return AsyncLowering.asyncFor(this, n);
    }

    @Override
    public StmtNode visitWhile(While n) {
        List<StmtNode> saved = pre;
        pre = unit.isGeneratorBody() ? new ArrayList<>() : null;
        int before = unit.suspendCount;
        ExprNode test = expr(n.test());
        StmtNode preTest = null;
        if (pre != null && !pre.isEmpty()) {
            Control.Block b = new Control.Block(pre.toArray(new StmtNode[0]));
            b.rs = unit.newResume();
            preTest = b;
        }
        pre = saved;
        unit.loopDepth++;
        StmtNode body = block(n.body());
        unit.loopDepth--;
        StmtNode orelse = optBlock(n.orelse());
        Control.While w = new Control.While(preTest, test, body, orelse);
        if (unit.suspendCount > before) {
            w.rs = unit.newResume();
        }
        return w;
    }

    @Override
    public StmtNode visitIf(If n) {
        ExprNode test = expr(n.test());
        int before = unit.suspendCount;
        StmtNode body = block(n.body());
        StmtNode orelse = optBlock(n.orelse());
        Control.If i = new Control.If(test, body, orelse);
        if (unit.suspendCount > before) {
            i.rs = unit.newResume();
        }
        return i;
    }

    // ---- match statements ------------------------------------------------------------------------

    /**
     * match: stores the subject, then one {@code if} per case whose test is the pattern (false
     * once a case has run) and whose body checks the guard, marks the match done and runs the
     * case body. Guards and bodies compile as ordinary statements, so they may suspend.
     */
    @Override
    public StmtNode visitMatch(Match n) {
        int subjectSlot = unit.newTemp();
        int doneSlot = unit.newTemp();
        List<StmtNode> out = new ArrayList<>();
        Patterns.Start start = new Patterns.Start(expr(n.subject()), subjectSlot, doneSlot);
        start.line = n.pos().line();
        out.add(start);
        int before = unit.suspendCount;
        List<MatchCase> cases = n.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            if (c.guard() == null && i < cases.size() - 1) {
                String why = irrefutable(c.pattern());
                if (why != null) {
                    errors.error(why + " makes remaining patterns unreachable", c.pattern().pos());
                }
            }
            Patterns.Pattern p = pattern(c.pattern(), new java.util.LinkedHashSet<>());
            int caseBefore = unit.suspendCount;
            StmtNode body = block(c.body());
            Patterns.MarkDone mark = new Patterns.MarkDone(doneSlot);
            mark.line = c.pos().line();
            Control.Block marked = new Control.Block(new StmtNode[] {mark, body});
            marked.line = c.pos().line();
            if (unit.suspendCount > caseBefore) {
                marked.rs = unit.newResume();
            }
            StmtNode then = marked;
            if (c.guard() != null) {
                then = guarded(c.guard(), marked, unit.suspendCount > caseBefore);
            }
            Control.If test = new Control.If(new Patterns.CaseTest(p, subjectSlot, doneSlot), then, null);
            test.line = c.pos().line();
            if (unit.suspendCount > caseBefore) {
                test.rs = unit.newResume();
            }
            out.add(test);
        }
        Control.Block b = new Control.Block(out.toArray(new StmtNode[0]));
        b.line = n.pos().line();
        if (unit.suspendCount > before) {
            b.rs = unit.newResume();
        }
        return b;
    }

    /** if guard: then, with anything the guard awaits or yields hoisted in front of the test. */
    private StmtNode guarded(Expr guard, StmtNode then, boolean thenSuspends) {
        List<StmtNode> saved = pre;
        pre = unit.isGeneratorBody() ? new ArrayList<>() : null;
        int before = unit.suspendCount;
        ExprNode g = expr(guard);
        List<StmtNode> hoisted = pre;
        pre = saved;
        Control.If i = new Control.If(g, then, null);
        i.line = guard.pos().line();
        if (thenSuspends || unit.suspendCount > before) {
            i.rs = unit.newResume();
        }
        if (hoisted != null && !hoisted.isEmpty()) {
            hoisted.add(i);
            Control.Block b = new Control.Block(hoisted.toArray(new StmtNode[0]));
            b.rs = unit.newResume();
            b.line = i.line;
            return b;
        }
        return i;
    }

    /** Why a pattern always matches ("name capture 'x'", "wildcard"), or null when it can fail. */
    private static String irrefutable(Pattern p) {
        if (p instanceof MatchAs a) {
            if (a.pattern() == null) {
                return a.name() == null ? "wildcard" : "name capture '" + a.name() + "'";
            }
            return irrefutable(a.pattern());
        }
        if (p instanceof MatchOr o) {
            for (Pattern alt : o.patterns()) {
                String w = irrefutable(alt);
                if (w != null) {
                    return w;
                }
            }
        }
        return null;
    }

    private Target captureTarget(String name, java.util.Set<String> bound, Pos pos) {
        if (!bound.add(name)) {
            errors.error("multiple assignments to name '" + name + "' in pattern", pos);
        }
        return nameTarget(name);
    }

    /** Compiles a pattern, checking CPython's compile-time rules; {@code bound} collects its capture names. */
    private Patterns.Pattern pattern(Pattern p, java.util.Set<String> bound) {
        if (p instanceof MatchValue v) {
            return new Patterns.Value(expr(v.value()));
        }
        if (p instanceof MatchSingleton s) {
            return new Patterns.Singleton(constant(s.value()));
        }
        if (p instanceof MatchAs a) {
            Patterns.Pattern inner = a.pattern() == null ? null : pattern(a.pattern(), bound);
            return new Patterns.As(inner, a.name() == null ? null : captureTarget(a.name(), bound, a.pos()));
        }
        if (p instanceof MatchOr o) {
            List<Pattern> alts = o.patterns();
            Patterns.Pattern[] out = new Patterns.Pattern[alts.size()];
            java.util.Set<String> first = null;
            for (int i = 0; i < out.length; i++) {
                if (i < out.length - 1) {
                    String why = irrefutable(alts.get(i));
                    if (why != null) {
                        errors.error(why + " makes remaining patterns unreachable", alts.get(i).pos());
                    }
                }
                java.util.Set<String> names = new java.util.LinkedHashSet<>(bound);
                out[i] = pattern(alts.get(i), names);
                if (first == null) {
                    first = names;
                } else if (!first.equals(names)) {
                    errors.error("alternative patterns bind different names", alts.get(i).pos());
                }
            }
            bound.addAll(first);
            return new Patterns.Or(out);
        }
        if (p instanceof MatchSequence sq) {
            List<Pattern> items = sq.patterns();
            Patterns.Pattern[] out = new Patterns.Pattern[items.size()];
            int star = -1;
            Target starTarget = null;
            for (int i = 0; i < out.length; i++) {
                if (items.get(i) instanceof MatchStar ms) {
                    if (star >= 0) {
                        errors.error("multiple starred names in sequence pattern", sq.pos());
                    }
                    star = i;
                    starTarget = ms.name() == null ? null : captureTarget(ms.name(), bound, ms.pos());
                } else {
                    out[i] = pattern(items.get(i), bound);
                }
            }
            return new Patterns.Sequence(out, star, starTarget);
        }
        if (p instanceof MatchMapping m) {
            ExprNode[] keys = new ExprNode[m.keys().size()];
            List<PyObject> literalKeys = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                Expr k = m.keys().get(i);
                if (k instanceof Constant c) {
                    PyObject kv = constant(c.value());
                    for (PyObject seen : literalKeys) {
                        if (seen.equals(kv)) {
                            errors.error("mapping pattern checks duplicate key (" + kv.repr().value + ")", m.pos());
                        }
                    }
                    literalKeys.add(kv);
                }
                keys[i] = expr(k);
            }
            Patterns.Pattern[] values = new Patterns.Pattern[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = pattern(m.patterns().get(i), bound);
            }
            Target rest = m.rest() == null ? null : captureTarget(m.rest(), bound, m.pos());
            return new Patterns.Mapping(keys, values, rest);
        }
        if (p instanceof MatchClass c) {
            Patterns.Pattern[] pos = new Patterns.Pattern[c.patterns().size()];
            for (int i = 0; i < pos.length; i++) {
                pos[i] = pattern(c.patterns().get(i), bound);
            }
            String[] names = c.kwdAttrs().toArray(new String[0]);
            for (int i = 0; i < names.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (names[i].equals(names[j])) {
                        errors.error("attribute name repeated in class pattern: " + names[i], c.kwdPatterns().get(i).pos());
                    }
                }
            }
            Patterns.Pattern[] kw = new Patterns.Pattern[names.length];
            for (int i = 0; i < kw.length; i++) {
                kw[i] = pattern(c.kwdPatterns().get(i), bound);
            }
            return new Patterns.ClassPattern(expr(c.cls()), pos, names, kw);
        }
        errors.error("can't use starred name here", p.pos());
        return null;
    }

    @Override
    public StmtNode visitWith(With n) {
        return with(n.items(), 0, n.body());
    }

    private StmtNode with(List<WithItem> items, int i, List<Stmt> body) {
        WithItem item = items.get(i);
        ExprNode ctx = expr(item.contextExpr());
        Target t = item.optionalVars() == null ? null : target(item.optionalVars());
        int before = unit.suspendCount;
        StmtNode inner;
        if (i + 1 < items.size()) {
            List<StmtNode> saved = pre;
            pre = unit.isGeneratorBody() ? new ArrayList<>() : null;
            inner = with(items, i + 1, body);
            inner.line = item.contextExpr().pos().line();
            if (pre != null && !pre.isEmpty()) {
                pre.add(inner);
                Control.Block b = new Control.Block(pre.toArray(new StmtNode[0]));
                b.rs = unit.newResume();
                inner = b;
            }
            pre = saved;
        } else {
            inner = block(body);
        }
        dev.eddy.nodes.With w = new dev.eddy.nodes.With(ctx, t, inner);
        w.line = item.contextExpr().pos().line();
        if (unit.suspendCount > before) {
            w.rs = unit.newResume();
            unit.suspendsInCleanup = true;
        }
        return w;
    }

    @Override
    public StmtNode visitAsyncWith(AsyncWith n) {
        return AsyncLowering.asyncWith(this, n);
    }

    @Override
    public StmtNode visitRaise(Raise n) {
        ExprNode[] ch = childrenOf(n.exc(), n.cause());
        return new Statements.Raise(ch[0], ch[1]);
    }

    @Override
    public StmtNode visitTry(Try n) {
        int before = unit.suspendCount;
        StmtNode body = block(n.body());
        dev.eddy.nodes.Try.Handler[] hs = new dev.eddy.nodes.Try.Handler[n.handlers().size()];
        for (int i = 0; i < hs.length; i++) {
            ExceptHandler h = n.handlers().get(i);
            if (h.type() == null && i < hs.length - 1) {
                errors.error("default 'except:' must be last", h.pos());
            }
            ExprNode type = h.type() == null ? null : expr(h.type());
            Target name = h.name() == null ? null : nameTarget(h.name());
            hs[i] = new dev.eddy.nodes.Try.Handler(type, name, block(h.body()), h.pos().line());
        }
        StmtNode orelse = optBlock(n.orelse());
        StmtNode fin = optBlock(n.finalbody());
        dev.eddy.nodes.Try t = new dev.eddy.nodes.Try(body, hs, orelse, fin);
        if (unit.suspendCount > before) {
            t.rs = unit.newResume();
            unit.suspendsInCleanup = true;
        }
        return t;
    }

    @Override
    public StmtNode visitTryStar(TryStar n) {
        return TryStarLowering.compile(this, n);
    }

    @Override
    public StmtNode visitAssert(Assert n) {
        if (dev.eddy.runtime.Sys.get().flags.optimize() > 0) {
            return new Statements.Pass();   // -O: asserts are not compiled
        }
        ExprNode[] ch = childrenOf(n.test(), n.msg());
        return new Statements.Assert(ch[0], ch[1]);
    }

    @Override
    public StmtNode visitImport(Import n) {
        List<StmtNode> out = new ArrayList<>();
        for (Alias a : n.names()) {
            String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            StmtNode s = new Definitions.Import(a.name(), nameTarget(bound), a.asname() == null, loader);
            s.line = n.pos().line();
            out.add(s);
        }
        return out.size() == 1 ? out.get(0) : new Control.Block(out.toArray(new StmtNode[0]));
    }

    @Override
    public StmtNode visitImportFrom(ImportFrom n) {
        String[] names = new String[n.names().size()];
        Target[] targets = new Target[names.length];
        for (int i = 0; i < names.length; i++) {
            Alias a = n.names().get(i);
            names[i] = a.name();
            targets[i] = a.name().equals("*") ? null : nameTarget(a.asname() != null ? a.asname() : a.name());
        }
        return new Definitions.ImportFrom(n.module(), n.level(), names, targets, loader);
    }

    @Override
    public StmtNode visitGlobal(Global n) {
        return new Statements.Pass();
    }

    @Override
    public StmtNode visitNonlocal(Nonlocal n) {
        return new Statements.Pass();
    }

    @Override
    public StmtNode visitExprStmt(ExprStmt n) {
        Expr v = n.value();
        if (pre != null && (v instanceof dev.eddy.ast.Yield || v instanceof dev.eddy.ast.YieldFrom || v instanceof dev.eddy.ast.Await)) {
            return suspend(v, null);
        }
        return new Statements.ExprStmt(expr(v));
    }

    @Override
    public StmtNode visitPass(Pass n) {
        return new Statements.Pass();
    }

    @Override
    public StmtNode visitBreak(Break n) {
        if (unit.loopDepth == 0) {
            errors.error("'break' outside loop", n.pos());
        }
        return new Statements.Break();
    }

    @Override
    public StmtNode visitContinue(Continue n) {
        if (unit.loopDepth == 0) {
            errors.error("'continue' not properly in loop", n.pos());
        }
        return new Statements.Continue();
    }

    // ---- suspension ------------------------------------------------------------------------------

    /** Builds the statement form of a yield / yield from / await whose result goes to {@code target}. */
    StmtNode suspend(Expr e, Target target) {
        Suspend.Kind kind;
        Expr value;
        if (e instanceof dev.eddy.ast.Yield y) {
            kind = Suspend.Kind.YIELD;
            value = y.value();
        } else if (e instanceof dev.eddy.ast.YieldFrom y) {
            kind = Suspend.Kind.YIELD_FROM;
            value = y.value();
        } else {
            kind = Suspend.Kind.AWAIT;
            value = ((dev.eddy.ast.Await) e).value();
        }
        ExprNode v = value == null ? null : expr(value);
        if (kind == Suspend.Kind.YIELD && unit.kind == Code.Kind.ASYNC_GENERATOR) {
            v = AsyncLowering.wrapAsyncYield(v);
        }
        Suspend s = new Suspend(kind, v, target);
        s.line = e.pos().line();
        s.rs = unit.newResume();
        unit.suspendCount++;
        return s;
    }

    /** Hoists a suspension out of an expression: the result lands in a temporary slot. */
    private ExprNode hoist(Expr e) {
        if (pre == null) {
            throw new IllegalStateException("suspension outside a generator body");
        }
        int tmp = unit.newTemp();
        Names.Local t = new Names.Local(tmp, "$tmp");
        StmtNode s = suspend(e, t);
        pre.add(s);
        return t;
    }

    /** Spills an already-translated operand into a temporary, so later suspensions do not reorder it. */
    private ExprNode spill(ExprNode n) {
        if (n instanceof Literals.Const || n instanceof Names.Local) {
            return n;
        }
        int tmp = unit.newTemp();
        Statements.AssignLocal a = new Statements.AssignLocal(tmp, n);
        a.line = n.line;
        pre.add(a);
        return new Names.Local(tmp, "$tmp");
    }

    /** Translates sibling expressions in order; while lowering, those before the last suspending one are spilled. */
    ExprNode[] childrenOf(Expr... cs) {
        ExprNode[] out = new ExprNode[cs.length];
        if (pre == null) {
            for (int i = 0; i < cs.length; i++) {
                out[i] = cs[i] == null ? null : expr(cs[i]);
            }
            return out;
        }
        List<StmtNode> saved = pre;
        @SuppressWarnings("unchecked")
        List<StmtNode>[] lists = new List[cs.length];
        int last = -1;
        for (int i = 0; i < cs.length; i++) {
            pre = new ArrayList<>();
            out[i] = cs[i] == null ? null : expr(cs[i]);
            lists[i] = pre;
            if (!pre.isEmpty()) {
                last = i;
            }
        }
        pre = saved;
        for (int i = 0; i < cs.length; i++) {
            pre.addAll(lists[i]);
            if (i < last && out[i] != null) {
                out[i] = spill(out[i]);
            }
        }
        return out;
    }

    private ExprNode[] exprs(List<? extends Expr> es) {
        return childrenOf(es.toArray(new Expr[0]));
    }

    ExprNode expr(Expr e) {
        ExprNode n = e.accept(this);
        if (n.line == 0) {
            n.line = e.pos().line();
        }
        if (n.pos == null) {
            n.pos = positionOf(e);
        }
        return n;
    }

    /** The span a traceback underlines for {@code e}, with the split a binary operation or subscript shows. */
    private static CodePosition positionOf(Expr e) {
        Pos p = e.pos();
        if (e instanceof BinOp b) {
            return new CodePosition(p.line(), p.endLine(), p.col(), p.endCol(), CodePosition.Anchor.BINARY,
                    b.left().pos().endCol(), b.right().pos().col());
        }
        if (e instanceof Subscript s) {
            return new CodePosition(p.line(), p.endLine(), p.col(), p.endCol(), CodePosition.Anchor.SUBSCRIPT,
                    s.value().pos().endCol(), s.slice().pos().endCol());
        }
        return new CodePosition(p.line(), p.endLine(), p.col(), p.endCol());
    }

    // ---- names and targets -----------------------------------------------------------------------

    ExprNode load(String name) {
        Scope.Binding b = unit.scope.binding(name);
        switch (b) {
            case LOCAL: return new Names.Local(unit.slot(name), name);
            case CELL: return new Names.Cell(unit.slot(name), name, false);
            case FREE: return new Names.Cell(unit.slot(name), name, true);
            case CLASS: return new Names.ClassName(name, builtins);
            default: return new Names.Global(name, builtins);
        }
    }

    Target nameTarget(String name) {
        return (Target) load(name);
    }

    Target target(Expr e) {
        if (e instanceof Name n) {
            return nameTarget(n.id());
        }
        if (e instanceof Attribute a) {
            return at(new Access.Attribute(expr(a.value()), a.attr()), e);
        }
        if (e instanceof Subscript s) {
            ExprNode[] ch = childrenOf(s.value(), s.slice());
            return at(new Access.Subscript(ch[0], ch[1]), e);
        }
        List<Expr> elts;
        if (e instanceof TupleExpr t) {
            elts = t.elts();
        } else if (e instanceof ListExpr l) {
            elts = l.elts();
        } else if (e instanceof Starred st) {
            errors.error("starred assignment target must be in a list or tuple", e.pos());
            return null;
        } else {
            errors.error("cannot assign to " + describe(e), e.pos());
            return null;
        }
        Target[] ts = new Target[elts.size()];
        int star = -1;
        for (int i = 0; i < ts.length; i++) {
            Expr x = elts.get(i);
            if (x instanceof Starred st) {
                if (star >= 0) {
                    errors.error("multiple starred expressions in assignment", x.pos());
                }
                star = i;
                ts[i] = target(st.value());
            } else {
                ts[i] = target(x);
            }
        }
        return new Access.Unpack(ts, star);
    }

    private static String describe(Expr e) {
        if (e instanceof Call) {
            return "function call";
        }
        if (e instanceof Constant) {
            return "literal";
        }
        if (e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        }
        return "expression";
    }

    // ---- expressions -------------------------------------------------------------------------------

    @Override
    public ExprNode visitBoolOp(BoolOp n) {
        boolean and = n.op() == BoolOpKind.And;
        if (pre != null) {
            // lowering: only if a later operand suspends do we need statements
            List<StmtNode> saved = pre;
            ExprNode first;
            pre = new ArrayList<>();
            first = expr(n.values().get(0));
            List<StmtNode> firstPre = pre;
            List<ExprNode> rest = new ArrayList<>();
            List<List<StmtNode>> restPre = new ArrayList<>();
            boolean laterSuspends = false;
            for (int i = 1; i < n.values().size(); i++) {
                pre = new ArrayList<>();
                rest.add(expr(n.values().get(i)));
                restPre.add(pre);
                laterSuspends |= !pre.isEmpty();
            }
            pre = saved;
            pre.addAll(firstPre);
            if (laterSuspends) {
                int tmp = unit.newTemp();
                Names.Local t = new Names.Local(tmp, "$tmp");
                pre.add(new Statements.AssignLocal(tmp, first));
                for (int i = 0; i < rest.size(); i++) {
                    List<StmtNode> inner = new ArrayList<>(restPre.get(i));
                    inner.add(new Statements.AssignLocal(tmp, rest.get(i)));
                    Control.Block b = new Control.Block(inner.toArray(new StmtNode[0]));
                    b.rs = unit.newResume();
                    ExprNode test = and ? t : new Operators.Not(t);
                    Control.If iff = new Control.If(test, b, null);
                    iff.rs = unit.newResume();
                    iff.line = n.pos().line();
                    pre.add(iff);
                }
                return t;
            }
            List<ExprNode> all = new ArrayList<>();
            all.add(first);
            all.addAll(rest);
            ExprNode[] vs = all.toArray(new ExprNode[0]);
            return and ? new Operators.And(vs) : new Operators.Or(vs);
        }
        ExprNode[] vs = new ExprNode[n.values().size()];
        for (int i = 0; i < vs.length; i++) {
            vs[i] = expr(n.values().get(i));
        }
        return and ? new Operators.And(vs) : new Operators.Or(vs);
    }

    @Override
    public ExprNode visitNamedExpr(NamedExpr n) {
        ExprNode v = expr(n.value());
        return new Literals.NamedExpr(nameTarget(((Name) n.target()).id()), v);
    }

    @Override
    public ExprNode visitBinOp(BinOp n) {
        ExprNode[] ch = childrenOf(n.left(), n.right());
        return dev.eddy.nodes.Arithmetic.of(binop(n.op()), ch[0], ch[1]);
    }

    @Override
    public ExprNode visitUnaryOp(UnaryOp n) {
        if (n.op() == UnaryOpKind.USub && n.operand() instanceof Constant c && (c.value() instanceof Long || c.value() instanceof BigInteger || c.value() instanceof Double)) {
            PyObject v = constant(c.value());
            return new Literals.Const(v.negative());
        }
        ExprNode o = expr(n.operand());
        switch (n.op()) {
            case Not: return new Operators.Not(o);
            case USub: return new Operators.Negative(o);
            case UAdd: return new Operators.Positive(o);
            default: return new Operators.Invert(o);
        }
    }

    @Override
    public ExprNode visitLambda(Lambda n) {
        return makeFunction(n, "<lambda>", n.args(), null, n.body(), n.pos());
    }

    @Override
    public ExprNode visitIfExp(IfExp n) {
        if (pre != null) {
            List<StmtNode> saved = pre;
            pre = new ArrayList<>();
            ExprNode test = expr(n.test());
            List<StmtNode> testPre = pre;
            pre = new ArrayList<>();
            ExprNode body = expr(n.body());
            List<StmtNode> bodyPre = pre;
            pre = new ArrayList<>();
            ExprNode orelse = expr(n.orelse());
            List<StmtNode> elsePre = pre;
            pre = saved;
            pre.addAll(testPre);
            if (bodyPre.isEmpty() && elsePre.isEmpty()) {
                return new Operators.IfExp(test, body, orelse);
            }
            int tmp = unit.newTemp();
            bodyPre.add(new Statements.AssignLocal(tmp, body));
            elsePre.add(new Statements.AssignLocal(tmp, orelse));
            Control.Block b1 = new Control.Block(bodyPre.toArray(new StmtNode[0]));
            b1.rs = unit.newResume();
            Control.Block b2 = new Control.Block(elsePre.toArray(new StmtNode[0]));
            b2.rs = unit.newResume();
            Control.If iff = new Control.If(test, b1, b2);
            iff.rs = unit.newResume();
            iff.line = n.pos().line();
            pre.add(iff);
            return new Names.Local(tmp, "$tmp");
        }
        return new Operators.IfExp(expr(n.test()), expr(n.body()), expr(n.orelse()));
    }

    @Override
    public ExprNode visitDictExpr(DictExpr n) {
        List<Expr> all = new ArrayList<>();
        for (int i = 0; i < n.keys().size(); i++) {
            all.add(n.keys().get(i));
            all.add(n.values().get(i));
        }
        ExprNode[] ch = childrenOf(all.toArray(new Expr[0]));
        ExprNode[] ks = new ExprNode[n.keys().size()];
        ExprNode[] vs = new ExprNode[ks.length];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = ch[2 * i];
            vs[i] = ch[2 * i + 1];
        }
        return new Literals.DictDisplay(ks, vs);
    }

    @Override
    public ExprNode visitSetExpr(SetExpr n) {
        ExprNode[] elts = exprs(n.elts());
        if (elts.length > 2) {
            boolean allConst = true;
            for (ExprNode e : elts) {
                allConst &= e instanceof Literals.Const;
            }
            if (allConst) {
                // CPython folds such a display into a frozenset constant (built, then rebuilt
                // in its own iteration order when constants are merged) and copies it into a new
                // set at run time; doing the same gives the same iteration order.
                dev.eddy.runtime.PySet first = new dev.eddy.runtime.PySet(true);
                for (ExprNode e : elts) {
                    first.add(((Literals.Const) e).value);
                }
                dev.eddy.runtime.PySet folded = new dev.eddy.runtime.PySet(true);
                for (PyObject o : first.set) {
                    folded.add(o);
                }
                return new Literals.ConstSetDisplay(folded);
            }
        }
        return new Literals.SetDisplay(elts);
    }

    @Override
    public ExprNode visitListComp(ListComp n) {
        return Comprehensions.compile(this, n, n.generators(), Comprehensions.Kind.LIST, n.elt(), null);
    }

    @Override
    public ExprNode visitSetComp(SetComp n) {
        return Comprehensions.compile(this, n, n.generators(), Comprehensions.Kind.SET, n.elt(), null);
    }

    @Override
    public ExprNode visitDictComp(DictComp n) {
        return Comprehensions.compile(this, n, n.generators(), Comprehensions.Kind.DICT, n.key(), n.value());
    }

    @Override
    public ExprNode visitGeneratorExp(GeneratorExp n) {
        return Comprehensions.compile(this, n, n.generators(), Comprehensions.Kind.GENERATOR, n.elt(), null);
    }

    @Override
    public ExprNode visitAwait(dev.eddy.ast.Await n) {
        return hoist(n);
    }

    @Override
    public ExprNode visitYield(dev.eddy.ast.Yield n) {
        return hoist(n);
    }

    @Override
    public ExprNode visitYieldFrom(dev.eddy.ast.YieldFrom n) {
        return hoist(n);
    }

    private static Operators.Cmp cmp(CmpOp op) {
        switch (op) {
            case Eq: return Operators.Cmp.EQ;
            case NotEq: return Operators.Cmp.NE;
            case Lt: return Operators.Cmp.LT;
            case LtE: return Operators.Cmp.LE;
            case Gt: return Operators.Cmp.GT;
            case GtE: return Operators.Cmp.GE;
            case Is: return Operators.Cmp.IS;
            case IsNot: return Operators.Cmp.IS_NOT;
            case In: return Operators.Cmp.IN;
            default: return Operators.Cmp.NOT_IN;
        }
    }

    @Override
    public ExprNode visitCompare(Compare n) {
        Expr[] all = new Expr[n.comparators().size() + 1];
        all[0] = n.left();
        for (int i = 0; i < n.comparators().size(); i++) {
            all[i + 1] = n.comparators().get(i);
        }
        ExprNode[] ch = childrenOf(all);
        Operators.Cmp[] ops = new Operators.Cmp[n.ops().size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = cmp(n.ops().get(i));
        }
        if (ops.length == 1) {
            return new Operators.Compare(ops[0], ch[0], ch[1]);
        }
        return new Operators.ChainedCompare(ops, ch);
    }

    @Override
    public ExprNode visitCall(Call n) {
        boolean simple = n.keywords().isEmpty();
        for (Expr a : n.args()) {
            if (a instanceof Starred) {
                simple = false;
            }
        }
        // zero-argument super(): super(__class__, <first argument>)
        if (n.func() instanceof Name nm && nm.id().equals("super") && n.args().isEmpty() && n.keywords().isEmpty()
                && unit.scope.kind == Scope.Kind.FUNCTION && unit.scope.frees.contains("__class__")) {
            List<ExprNode> args = new ArrayList<>();
            args.add(load("__class__"));
            if (!unit.scope.params.isEmpty()) {
                args.add(load(unit.scope.params.get(0)));
            }
            return new Calls.Call(load("super"), args.toArray(new ExprNode[0]));
        }
        if (simple && n.func() instanceof Attribute a) {
            List<Expr> all = new ArrayList<>();
            all.add(a.value());
            all.addAll(n.args());
            ExprNode[] ch = childrenOf(all.toArray(new Expr[0]));
            ExprNode[] args = new ExprNode[ch.length - 1];
            System.arraycopy(ch, 1, args, 0, args.length);
            Calls.CallMethod call = new Calls.CallMethod(ch[0], a.attr(), args);
            call.attributePos = positionOf(a);
            return call;
        }
        List<Expr> all = new ArrayList<>();
        all.add(n.func());
        all.addAll(n.args());
        for (Keyword k : n.keywords()) {
            all.add(k.value());
        }
        ExprNode[] ch = childrenOf(all.toArray(new Expr[0]));
        ExprNode func = ch[0];
        ExprNode[] args = new ExprNode[n.args().size()];
        System.arraycopy(ch, 1, args, 0, args.length);
        if (simple) {
            if ((args.length == 1 || args.length == 2) && n.args().get(0) instanceof GeneratorExp && builtins != null) {
                return new Calls.CallOnGenerator(func, args, builtins.get("any"), builtins.get("all"), builtins.get("next"));
            }
            return new Calls.Call(func, args);
        }
        String[] kwNames = new String[n.keywords().size()];
        ExprNode[] kwValues = new ExprNode[kwNames.length];
        for (int i = 0; i < kwNames.length; i++) {
            kwNames[i] = n.keywords().get(i).arg();
            kwValues[i] = ch[1 + args.length + i];
        }
        return new Calls.CallGeneral(func, args, kwNames, kwValues);
    }

    @Override
    public ExprNode visitFormattedValue(FormattedValue n) {
        ExprNode[] ch = childrenOf(n.value(), n.formatSpec());
        return new Literals.FormattedValue(ch[0], n.conversion(), ch[1]);
    }

    @Override
    public ExprNode visitJoinedStr(JoinedStr n) {
        return new Literals.JoinedStr(exprs(n.values()));
    }

    static PyObject constant(Object v) {
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double d) {
            return new PyFloat(d);
        }
        if (v instanceof Constant.Imaginary im) {
            return new dev.eddy.runtime.PyComplex(0, im.imag());
        }
        if (v instanceof String s) {
            return new PyStr(s);
        }
        if (v instanceof byte[] b) {
            return new PyBytes(b);
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v == Constant.Singleton.ELLIPSIS) {
            return PyEllipsis.INSTANCE;
        }
        return PyNone.NONE;
    }

    @Override
    public ExprNode visitConstant(Constant n) {
        return new Literals.Const(constant(n.value()));
    }

    @Override
    public ExprNode visitAttribute(Attribute n) {
        return new Access.Attribute(expr(n.value()), n.attr());
    }

    @Override
    public ExprNode visitSubscript(Subscript n) {
        ExprNode[] ch = childrenOf(n.value(), n.slice());
        return new Access.Subscript(ch[0], ch[1]);
    }

    @Override
    public ExprNode visitStarred(Starred n) {
        return new Literals.Starred(expr(n.value()));
    }

    @Override
    public ExprNode visitName(Name n) {
        return load(n.id());
    }

    @Override
    public ExprNode visitListExpr(ListExpr n) {
        return new Literals.ListDisplay(exprs(n.elts()));
    }

    @Override
    public ExprNode visitTupleExpr(TupleExpr n) {
        ExprNode[] es = exprs(n.elts());
        boolean allConst = true;
        for (ExprNode e : es) {
            allConst &= e instanceof Literals.Const;
        }
        if (allConst) {
            PyObject[] vs = new PyObject[es.length];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = ((Literals.Const) es[i]).value;
            }
            return new Literals.Const(new dev.eddy.runtime.PyTuple(vs));
        }
        return new Literals.TupleDisplay(es);
    }

    @Override
    public ExprNode visitSlice(Slice n) {
        ExprNode[] ch = childrenOf(n.lower(), n.upper(), n.step());
        return new Access.Slice(ch[0], ch[1], ch[2]);
    }

    /** Hoists 'await node' for an already-translated awaitable (async comprehensions). */
    ExprNode hoistAwait(ExprNode awaitable, int line) {
        if (pre == null) {
            throw new IllegalStateException("await outside a coroutine body");
        }
        int tmp = unit.newTemp();
        Names.Local t = new Names.Local(tmp, "$tmp");
        Suspend s = new Suspend(Suspend.Kind.AWAIT, awaitable, t);
        s.line = line;
        s.rs = unit.newResume();
        unit.suspendCount++;
        pre.add(s);
        return t;
    }

    // ---- accessors for the helper translators ---------------------------------------------------

    Unit unit() {
        return unit;
    }

    void setUnit(Unit u) {
        unit = u;
    }

    Map<Object, Scope> scopes() {
        return scopes;
    }

    List<StmtNode> pre() {
        return pre;
    }

    void setPre(List<StmtNode> p) {
        pre = p;
    }

    StmtNode blockOf(List<Stmt> stmts) {
        return block(stmts);
    }

    Code finish(String name, String qualname, int line, Code.Kind kind, Arguments args, StmtNode body) {
        return finishCode(name, qualname, line, kind, args, body);
    }

    String qualnameOf(String name) {
        return qualname(name);
    }

    int[] closure(Scope s) {
        return closureOf(s);
    }

    CompileErrors errors() {
        return errors;
    }
}
