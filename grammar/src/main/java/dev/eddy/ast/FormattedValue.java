package dev.eddy.ast;

/** one {value!conversion:formatSpec} field of an f-string; conversion is -1, 's', 'r' or 'a'; formatSpec is a JoinedStr or null. */
public record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
    @Override
    public <R> R accept(Expr.Visitor<R> v) {
        return v.visitFormattedValue(this);
    }
}
