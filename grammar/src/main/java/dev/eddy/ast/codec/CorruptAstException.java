package dev.eddy.ast.codec;

/** Serialised syntax tree bytes that do not decode: the cache entry is to be ignored. */
public final class CorruptAstException extends RuntimeException {
    public CorruptAstException(String message) {
        super(message, null, false, false);
    }
}
