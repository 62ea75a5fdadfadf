package dev.eddy.stdlib.hash;

/** The _sha1 module. */
public final class Sha1Module extends DigestModule {
    public Sha1Module() {
        super("_sha1", new Algorithm("sha1", "SHA-1", 20, 64));
    }
}
