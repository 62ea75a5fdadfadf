package dev.eddy.compiler;

import dev.eddy.ast.AsyncFor;
import dev.eddy.ast.AsyncWith;
import dev.eddy.ast.WithItem;
import dev.eddy.nodes.ExprNode;
import dev.eddy.nodes.StmtNode;
import dev.eddy.nodes.Target;
import dev.eddy.runtime.Frame;
import dev.eddy.runtime.PyAsyncGenerator;
import dev.eddy.runtime.PyObject;
import java.util.ArrayList;
import java.util.List;

/** async for, async with and async generators' yields. */
final class AsyncLowering {
    private AsyncLowering() {
    }

    static StmtNode asyncFor(Compiler c, AsyncFor n) {
        Unit u = c.unit();
        ExprNode iter = c.expr(n.iter());
        Target t = c.target(n.target());
        u.loopDepth++;
        StmtNode body = c.blockOf(n.body());
        u.loopDepth--;
        StmtNode orelse = n.orelse().isEmpty() ? null : c.blockOf(n.orelse());
        dev.eddy.nodes.AsyncFor f = new dev.eddy.nodes.AsyncFor(t, iter, body, orelse);
        f.rs = u.newResume();
        u.suspendCount++;
        return f;
    }

    static StmtNode asyncWith(Compiler c, AsyncWith n) {
        return with(c, n.items(), 0, n);
    }

    private static StmtNode with(Compiler c, List<WithItem> items, int i, AsyncWith n) {
        Unit u = c.unit();
        WithItem item = items.get(i);
        ExprNode ctx = c.expr(item.contextExpr());
        Target t = item.optionalVars() == null ? null : c.target(item.optionalVars());
        StmtNode inner;
        if (i + 1 < items.size()) {
            List<StmtNode> saved = c.pre();
            List<StmtNode> p = new ArrayList<>();
            c.setPre(p);
            inner = with(c, items, i + 1, n);
            c.setPre(saved);
            if (!p.isEmpty()) {
                p.add(inner);
                dev.eddy.nodes.Control.Block b = new dev.eddy.nodes.Control.Block(p.toArray(new StmtNode[0]));
                b.rs = u.newResume();
                inner = b;
            }
        } else {
            inner = c.blockOf(n.body());
        }
        dev.eddy.nodes.AsyncWith w = new dev.eddy.nodes.AsyncWith(ctx, t, inner);
        w.line = item.contextExpr().pos().line();
        w.rs = u.newResume();
        u.suspendCount++;
        u.suspendsInCleanup = true;
        return w;
    }

    /** In an async generator a yielded value is wrapped, so the driver can tell it from an awaited future. */
    static ExprNode wrapAsyncYield(ExprNode v) {
        return new Wrap(v);
    }

    private static final class Wrap extends ExprNode {
        final ExprNode value;

        Wrap(ExprNode value) {
            this.value = value;
        }

        @Override
        public PyObject eval(Frame f) {
            return new PyAsyncGenerator.Wrapped(value == null ? dev.eddy.runtime.PyNone.NONE : value.eval(f));
        }
    }
}
