package dev.eddy.ast;

/** yield from value. */
public record YieldFrom(Expr value, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitYieldFrom(this);
    }
}
