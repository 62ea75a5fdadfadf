package dev.eddy.ast;

/** {a, *b} (CPython's ast.Set). */
public record SetExpr(java.util.List<Expr> elts, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitSetExpr(this);
    }
}
