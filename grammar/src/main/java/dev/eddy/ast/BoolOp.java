package dev.eddy.ast;

/** a and b and c (two or more values). */
public record BoolOp(BoolOpKind op, java.util.List<Expr> values, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitBoolOp(this);
    }
}
