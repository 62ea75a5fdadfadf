package dev.eddy.ast;

/**
 * A parameter list (CPython's ast.arguments). kwDefaults is parallel to kwonlyargs and
 * holds null where a keyword-only parameter has no default; defaults belong to the last
 * parameters of posonlyargs + args.
 */
public record Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, Arg vararg, java.util.List<Arg> kwonlyargs,
        java.util.List<Expr> kwDefaults, Arg kwarg, java.util.List<Expr> defaults) {
}
