package dev.eddy.stdlib.hash;

/** The _sha512 module. */
public final class Sha512Module extends DigestModule {
    public Sha512Module() {
        super("_sha512", new Algorithm("sha384", "SHA-384", 48, 128), new Algorithm("sha512", "SHA-512", 64, 128));
    }
}
