package dev.eddy.ast;

/** assert test[, msg] (msg may be null). */
public record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitAssert(this);
    }
}
