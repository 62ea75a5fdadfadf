package dev.eddy.ast;

/** (a, b) or a, b (CPython's ast.Tuple). */
public record TupleExpr(java.util.List<Expr> elts, Ctx ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitTupleExpr(this);
    }
}
