package dev.eddy.ast;

/** target := value (target is a Name). */
public record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitNamedExpr(this);
    }
}
