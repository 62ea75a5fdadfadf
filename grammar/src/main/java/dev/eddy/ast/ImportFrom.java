package dev.eddy.ast;

/** from module import names (module null for 'from . import x'; name '*' for star). */
public record ImportFrom(String module, java.util.List<Alias> names, int level, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitImportFrom(this);
    }
}
