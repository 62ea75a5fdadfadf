package dev.eddy.ast;

/** except [type [as name]]: body (type and name may be null). */
public record ExceptHandler(Expr type, String name, java.util.List<Stmt> body, Pos pos) implements Node {
}
