package dev.eddy.ast;

/** global a, b. */
public record Global(java.util.List<String> names, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitGlobal(this);
    }
}
