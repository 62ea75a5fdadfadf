package dev.eddy.ast;

/** value[slice]; a[i, j] has a TupleExpr slice, a[i:j] a Slice. */
public record Subscript(Expr value, Expr slice, Ctx ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitSubscript(this);
    }
}
