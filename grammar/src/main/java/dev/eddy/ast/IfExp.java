package dev.eddy.ast;

/** body if test else orelse. */
public record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitIfExp(this);
    }
}
