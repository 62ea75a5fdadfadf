package dev.eddy.ast;

/** {elt for ...}. */
public record SetComp(Expr elt, java.util.List<Comprehension> generators, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitSetComp(this);
    }
}
