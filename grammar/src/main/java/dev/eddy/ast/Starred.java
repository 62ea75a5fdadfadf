package dev.eddy.ast;

/** *value. */
public record Starred(Expr value, Ctx ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitStarred(this);
    }
}
