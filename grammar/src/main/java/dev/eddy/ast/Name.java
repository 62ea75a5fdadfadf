package dev.eddy.ast;

/** a variable. */
public record Name(String id, Ctx ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitName(this);
    }
}
