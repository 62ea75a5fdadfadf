package dev.eddy.ast;

/** {k: v, **m}: a null key means **values[i] (CPython's ast.Dict). */
public record DictExpr(java.util.List<Expr> keys, java.util.List<Expr> values, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitDictExpr(this);
    }
}
