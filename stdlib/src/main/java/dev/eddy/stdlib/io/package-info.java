/**
 * The {@code _io} module (files, buffered streams, text streams, in-memory streams) and
 * the per-interpreter table of open file descriptors it shares with {@code posix}.
 */
package dev.eddy.stdlib.io;
