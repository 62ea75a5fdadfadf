package dev.eddy.ast;

/** Any syntax tree node: it knows where it came from in the source. */
public interface Node {
    Pos pos();
}
