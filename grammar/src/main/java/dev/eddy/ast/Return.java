package dev.eddy.ast;

/** return [value] (value may be null). */
public record Return(Expr value, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitReturn(this);
    }
}
