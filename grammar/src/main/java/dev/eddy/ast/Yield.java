package dev.eddy.ast;

/** yield [value] (value may be null). */
public record Yield(Expr value, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitYield(this);
    }
}
