package dev.eddy.ast;

/** and / or. */
public enum BoolOpKind { And, Or }
