package dev.eddy.compiler;

import dev.eddy.ast.Comprehension;
import dev.eddy.ast.Expr;
import dev.eddy.nodes.Accumulate;
import dev.eddy.nodes.Calls;
import dev.eddy.nodes.Control;
import dev.eddy.nodes.ExprNode;
import dev.eddy.nodes.Names;
import dev.eddy.nodes.Statements;
import dev.eddy.nodes.StmtNode;
import dev.eddy.nodes.Suspend;
import dev.eddy.nodes.Target;
import dev.eddy.runtime.Code;
import java.util.ArrayList;
import java.util.List;

/**
 * Comprehensions and generator expressions compile, as in CPython 3.11, to a nested
 * function called at once with the iterator of the outermost iterable.
 */
final class Comprehensions {
    enum Kind { LIST, SET, DICT, GENERATOR }

    private Comprehensions() {
    }

    static ExprNode compile(Compiler c, Object node, List<Comprehension> gens, Kind kind, Expr elt, Expr value) {
        Scope s = c.scopes().get(node);
        ExprNode outerIter = c.expr(gens.get(0).iter());
        String name = switch (kind) {
            case LIST -> "<listcomp>";
            case SET -> "<setcomp>";
            case DICT -> "<dictcomp>";
            default -> "<genexpr>";
        };
        Code.Kind codeKind = kind == Kind.GENERATOR ? (s.isAsync ? Code.Kind.ASYNC_GENERATOR : Code.Kind.GENERATOR)
                : s.isAsync ? Code.Kind.COROUTINE : Code.Kind.FUNCTION;
        Unit saved = c.unit();
        List<StmtNode> savedPre = c.pre();
        c.setPre(null);
        String qual = c.qualnameOf(name);
        Unit u = new Unit(s, saved, codeKind, qual);
        c.setUnit(u);
        int result = kind == Kind.GENERATOR ? -1 : u.newTemp();
        int line = elt.pos().line();
        int start = u.suspendCount;

        // innermost statement
        StmtNode inner;
        if (kind == Kind.GENERATOR) {
            inner = lowered(c, () -> {
                ExprNode v = c.expr(elt);
                if (codeKind == Code.Kind.ASYNC_GENERATOR) {
                    v = AsyncLowering.wrapAsyncYield(v);
                }
                Suspend y = new Suspend(Suspend.Kind.YIELD, v, null);
                y.rs = u.newResume();
                u.suspendCount++;
                return y;
            });
        } else {
            inner = lowered(c, () -> {
                ExprNode k = kind == Kind.DICT ? c.expr(elt) : null;
                ExprNode v = c.expr(kind == Kind.DICT ? value : elt);
                return new Accumulate(result, k, v);
            });
        }
        inner.line = line;
        for (int i = gens.size() - 1; i >= 0; i--) {
            Comprehension g = gens.get(i);
            for (int j = g.ifs().size() - 1; j >= 0; j--) {
                Expr cond = g.ifs().get(j);
                List<StmtNode> p = new ArrayList<>();
                ExprNode test = withPre(c, p, () -> c.expr(cond));
                Control.If iff = new Control.If(test, inner, null);
                iff.line = cond.pos().line();
                if (u.suspendCount > start) {
                    iff.rs = u.newResume();
                }
                inner = prepend(u, p, iff);
            }
            List<StmtNode> p = new ArrayList<>();
            ExprNode iter = i == 0 ? new Names.Local(0, ".0") : withPre(c, p, () -> c.expr(g.iter()));
            Target t = c.target(g.target());
            if (g.isAsync()) {
                dev.eddy.nodes.AsyncFor af = new dev.eddy.nodes.AsyncFor(t, iter, inner, null);
                af.line = g.target().pos().line();
                af.rs = u.newResume();
                u.suspendCount++;
                inner = prepend(u, p, af);
                continue;
            }
            Control.For f = new Control.For(t, iter, inner, null);
            f.line = g.target().pos().line();
            if (u.suspendCount > start) {
                f.rs = u.newResume();
            }
            inner = prepend(u, p, f);
        }
        StmtNode body;
        if (kind == Kind.GENERATOR) {
            body = inner;
        } else {
            StmtNode ret = new Statements.Return(new Names.Local(result, "$result"));
            Control.Block b = new Control.Block(new StmtNode[] {new Accumulate.NewResult(result, kind.ordinal()), inner, ret});
            if (u.suspendCount > 0) {
                b.rs = u.newResume();
            }
            body = b;
        }
        Code code = c.finish(name, qual, line, codeKind, null, body);
        int[] closure;
        c.setUnit(saved);
        closure = c.closure(s);
        c.setPre(savedPre);
        Code withParam = new Code(code.name, code.qualname, code.source, code.firstLine, code.kind, new String[] {".0"}, 0, 1, 0,
                false, false, code.slotCount, code.cellSlots, code.freeSlots, code.resumeCount, code.slotNames);
        withParam.body = code.body;
        withParam.suspendsInCleanup = code.suspendsInCleanup;
        Calls.MakeFunction mf = new Calls.MakeFunction(withParam, new ExprNode[0], new String[0], new ExprNode[0], closure, null);
        ExprNode call = new Calls.CallComprehension(mf, outerIter, gens.get(0).isAsync());
        call.line = line;
        if (codeKind == Code.Kind.COROUTINE) {
            return c.hoistAwait(call, line);
        }
        return call;
    }

    private static StmtNode lowered(Compiler c, java.util.function.Supplier<StmtNode> build) {
        List<StmtNode> p = new ArrayList<>();
        List<StmtNode> saved = c.pre();
        c.setPre(c.unit().isGeneratorBody() ? p : null);
        StmtNode n = build.get();
        c.setPre(saved);
        return prepend(c.unit(), p, n);
    }

    private static ExprNode withPre(Compiler c, List<StmtNode> p, java.util.function.Supplier<ExprNode> build) {
        List<StmtNode> saved = c.pre();
        c.setPre(c.unit().isGeneratorBody() ? p : null);
        ExprNode n = build.get();
        c.setPre(saved);
        return n;
    }

    private static StmtNode prepend(Unit u, List<StmtNode> p, StmtNode n) {
        if (p.isEmpty()) {
            return n;
        }
        List<StmtNode> all = new ArrayList<>(p);
        all.add(n);
        Control.Block b = new Control.Block(all.toArray(new StmtNode[0]));
        b.rs = u.newResume();
        b.line = n.line;
        return b;
    }
}
