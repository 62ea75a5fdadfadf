package dev.eddy.stdlib.hash;

/** A running hash computation: what a hash object delegates to. */
interface HashEngine {
    void update(byte[] data, int off, int len);

    /** The digest of everything so far, leaving the computation open; length matters only for SHAKE. */
    byte[] digest(int length);

    HashEngine copy();
}
