package dev.eddy.ast;

/** not x, -x, +x, ~x. */
public record UnaryOp(UnaryOpKind op, Expr operand, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitUnaryOp(this);
    }
}
