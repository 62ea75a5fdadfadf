package dev.eddy.compiler;

import dev.eddy.ast.ExceptHandler;
import dev.eddy.ast.TryStar;
import dev.eddy.nodes.ExprNode;
import dev.eddy.nodes.StmtNode;
import dev.eddy.nodes.Target;
import dev.eddy.nodes.Try;

/** try / except* / else / finally: a TryStar node, wrapped in a plain Try when there is a finally clause. */
final class TryStarLowering {
    private TryStarLowering() {
    }

    static StmtNode compile(Compiler c, TryStar n) {
        Unit u = c.unit();
        int before = u.suspendCount;
        StmtNode body = c.blockOf(n.body());
        Try.Handler[] hs = new Try.Handler[n.handlers().size()];
        for (int i = 0; i < hs.length; i++) {
            ExceptHandler h = n.handlers().get(i);
            if (h.type() == null) {
                c.errors().error("expected one or more exception types", h.pos());
            }
            ExprNode type = c.expr(h.type());
            Target name = h.name() == null ? null : c.nameTarget(h.name());
            int hb = u.suspendCount;
            int loops = u.loopDepth;
            u.loopDepth = 0;
            StmtNode hbody = c.blockOf(h.body());
            u.loopDepth = loops;
            if (u.suspendCount > hb) {
                c.errors().error("'await' inside an except* block is not supported yet", h.pos());
            }
            hs[i] = new Try.Handler(type, name, hbody, h.pos().line());
        }
        StmtNode orelse = n.orelse().isEmpty() ? null : c.blockOf(n.orelse());
        dev.eddy.nodes.TryStar ts = new dev.eddy.nodes.TryStar(body, hs, orelse);
        ts.line = n.pos().line();
        if (u.suspendCount > before) {
            ts.rs = u.newResume();
            u.suspendsInCleanup = true;
        }
        if (n.finalbody().isEmpty()) {
            return ts;
        }
        int fb = u.suspendCount;
        StmtNode fin = c.blockOf(n.finalbody());
        Try t = new Try(ts, new Try.Handler[0], null, fin);
        if (u.suspendCount > before || u.suspendCount > fb) {
            t.rs = u.newResume();
        }
        return t;
    }
}
