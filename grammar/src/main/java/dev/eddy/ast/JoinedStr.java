package dev.eddy.ast;

/** an f-string: Constant(String) and FormattedValue parts. */
public record JoinedStr(java.util.List<Expr> values, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitJoinedStr(this);
    }
}
