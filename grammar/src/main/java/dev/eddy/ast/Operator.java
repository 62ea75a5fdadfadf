package dev.eddy.ast;

/** Binary operators, named as in CPython's ast module. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
    LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    /** The operator as written in source, e.g. "+". */
    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
