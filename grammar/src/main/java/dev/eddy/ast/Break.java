package dev.eddy.ast;

/** break. */
public record Break(Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitBreak(this);
    }
}
