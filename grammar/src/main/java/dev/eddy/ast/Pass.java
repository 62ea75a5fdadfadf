package dev.eddy.ast;

/** pass. */
public record Pass(Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitPass(this);
    }
}
