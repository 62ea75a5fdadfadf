package dev.eddy.ast;

/** import a.b as c, d. */
public record Import(java.util.List<Alias> names, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitImport(this);
    }
}
