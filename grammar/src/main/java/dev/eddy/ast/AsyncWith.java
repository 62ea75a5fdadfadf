package dev.eddy.ast;

/** async with. */
public record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitAsyncWith(this);
    }
}
