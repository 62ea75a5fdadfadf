package dev.eddy.ast;

/** target op= value. */
public record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitAugAssign(this);
    }
}
