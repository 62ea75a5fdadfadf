package dev.eddy.ast.codec;

/** What a literal's value is, in the serialised form: the first thing written for it. */
enum ConstantKind { NULL, INT, BIG_INT, FLOAT, IMAGINARY, STR, BYTES, TRUE, FALSE, NONE, ELLIPSIS }
