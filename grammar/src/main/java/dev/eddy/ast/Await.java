package dev.eddy.ast;

/** await value. */
public record Await(Expr value, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitAwait(this);
    }
}
