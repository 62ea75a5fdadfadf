/**
 * The {@code posix} module (what os.py builds on), {@code errno} and {@code _stat}; and
 * {@code _posixsubprocess}, whose children are started by Java's ProcessBuilder and tracked
 * per interpreter ({@link dev.eddy.stdlib.posix.Children}) for waitpid and kill.
 */
package dev.eddy.stdlib.posix;
