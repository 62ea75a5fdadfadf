package dev.eddy.ast;

/** continue. */
public record Continue(Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitContinue(this);
    }
}
