package dev.eddy.ast;

/** {k: v for ...}. */
public record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitDictComp(this);
    }
}
