/**
 * Threads: the {@code _thread} module (real JVM threads under the interpreter lock, locks,
 * thread-local data) and {@code threading}, written in Python over it
 * ({@code threading.py} beside these classes).
 */
package dev.eddy.stdlib.threads;
