package dev.eddy.ast;

/** One 'for target in iter if ...' clause of a comprehension. */
public record Comprehension(Expr target, Expr iter, java.util.List<Expr> ifs, boolean isAsync) {
}
