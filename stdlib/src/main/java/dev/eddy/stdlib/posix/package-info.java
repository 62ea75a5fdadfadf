/** The {@code posix} module (what os.py builds on), {@code errno} and {@code _stat}. */
package dev.eddy.stdlib.posix;
