package dev.eddy.ast;

/** lower:upper:step inside a subscript (each may be null). */
public record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitSlice(this);
    }
}
