package dev.eddy.stdlib.hash;

/** The _md5 module. */
public final class Md5Module extends DigestModule {
    public Md5Module() {
        super("_md5", new Algorithm("md5", "MD5", 16, 64));
    }
}
