package dev.eddy.ast;

/** a < b <= c. */
public record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitCompare(this);
    }
}
