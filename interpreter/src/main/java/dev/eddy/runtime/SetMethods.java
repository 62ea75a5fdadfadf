package dev.eddy.runtime;

/** The methods of set and frozenset. */
public final class SetMethods {
    private SetMethods() {
    }
}
