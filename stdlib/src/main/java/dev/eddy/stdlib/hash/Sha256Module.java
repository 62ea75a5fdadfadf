package dev.eddy.stdlib.hash;

/** The _sha256 module. */
public final class Sha256Module extends DigestModule {
    public Sha256Module() {
        super("_sha256", new Algorithm("sha224", "SHA-224", 28, 64), new Algorithm("sha256", "SHA-256", 32, 64));
    }
}
