package dev.eddy.ast;

/** Unary operators, named as in CPython's ast module. */
public enum UnaryOpKind { Invert, Not, UAdd, USub }
