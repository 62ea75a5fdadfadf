package dev.eddy.runtime;

/** The methods of list. */
public final class ListMethods {
    private ListMethods() {
    }
}
