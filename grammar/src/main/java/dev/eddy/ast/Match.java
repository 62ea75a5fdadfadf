package dev.eddy.ast;

/** match subject: case ... (the cases in order). */
public record Match(Expr subject, java.util.List<MatchCase> cases, Pos pos) implements Stmt {
    @Override
    public <R> R accept(Stmt.Visitor<R> v) {
        return v.visitMatch(this);
    }
}
