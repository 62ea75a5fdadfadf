package dev.eddy.ast;

/** nonlocal a, b. */
public record Nonlocal(java.util.List<String> names, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitNonlocal(this);
    }
}
