package dev.eddy.ast;

/** try/except*. */
public record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitTryStar(this);
    }
}
