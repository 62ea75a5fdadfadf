package dev.eddy.ast;

/** A whole source file (CPython's ast.Module); interactive input parses to one too. */
public record Module(java.util.List<Stmt> body) {
}
