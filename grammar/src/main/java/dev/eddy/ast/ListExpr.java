package dev.eddy.ast;

/** [a, b] (CPython's ast.List). */
public record ListExpr(java.util.List<Expr> elts, Ctx ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitListExpr(this);
    }
}
