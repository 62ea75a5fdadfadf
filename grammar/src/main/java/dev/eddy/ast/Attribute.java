package dev.eddy.ast;

/** value.attr. */
public record Attribute(Expr value, String attr, Ctx ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitAttribute(this);
    }
}
