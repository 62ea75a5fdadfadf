package dev.eddy.ast;

/** with a as x, b: body. */
public record With(java.util.List<WithItem> items, java.util.List<Stmt> body, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitWith(this);
    }
}
