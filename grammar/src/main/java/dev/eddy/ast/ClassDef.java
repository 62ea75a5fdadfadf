package dev.eddy.ast;

/** class C(bases): .... */
public record ClassDef(String name, java.util.List<Expr> bases, java.util.List<Keyword> keywords, java.util.List<Stmt> body, java.util.List<Expr> decoratorList, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitClassDef(this);
    }
}
