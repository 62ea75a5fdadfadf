package dev.eddy.compiler;

import dev.eddy.ast.TryStar;
import dev.eddy.nodes.StmtNode;

/** try / except* over exception groups. */
final class TryStarLowering {
    private TryStarLowering() {
    }

    static StmtNode compile(Compiler c, TryStar n) {
        c.errors().error("'except*' is not supported yet", n.pos());
        return null;
    }
}
