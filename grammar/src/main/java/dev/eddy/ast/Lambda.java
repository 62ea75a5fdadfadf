package dev.eddy.ast;

/** lambda args: body. */
public record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitLambda(this);
    }
}
