/**
 * The hash modules CPython's hashlib falls back on when it has no OpenSSL: {@code _md5},
 * {@code _sha1}, {@code _sha256}, {@code _sha512} (on the JDK's MessageDigest), {@code _sha3}
 * (Keccak, for SHAKE too) and {@code _blake2} (BLAKE2b and BLAKE2s, which the JDK lacks).
 */
package dev.eddy.stdlib.hash;
