/**
 * The _pickle module: CPython's C pickler and unpickler in Java, so that pickle.dumps gives
 * the C implementation's bytes and errors carry its messages. pickle.py imports it and
 * falls back to its own Python classes only when it is missing.
 */
package dev.eddy.stdlib.pickle;
