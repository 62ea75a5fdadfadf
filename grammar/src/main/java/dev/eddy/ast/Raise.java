package dev.eddy.ast;

/** raise [exc [from cause]] (both may be null). */
public record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitRaise(this);
    }
}
