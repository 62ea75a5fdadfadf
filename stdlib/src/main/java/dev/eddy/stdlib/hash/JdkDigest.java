package dev.eddy.stdlib.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A hash the JDK provides (MD5, SHA-1, SHA-2). */
final class JdkDigest implements HashEngine {
    private final MessageDigest md;

    JdkDigest(String algorithm) {
        try {
            this.md = MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }

    private JdkDigest(MessageDigest md) {
        this.md = md;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        md.update(data, off, len);
    }

    @Override
    public byte[] digest(int length) {
        return ((JdkDigest) copy()).md.digest();
    }

    @Override
    public HashEngine copy() {
        try {
            return new JdkDigest((MessageDigest) md.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
