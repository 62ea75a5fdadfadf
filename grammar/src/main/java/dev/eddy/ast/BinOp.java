package dev.eddy.ast;

/** left op right. */
public record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitBinOp(this);
    }
}
