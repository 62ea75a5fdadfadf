/**
 * The signal module: Python handlers over the interpreter's {@link dev.eddy.runtime.Signals}
 * (process signals reach them through {@link dev.eddy.runtime.ProcessSignals}), with the
 * Signals and Handlers enums in {@code signal.py} beside these classes.
 */
package dev.eddy.stdlib.signals;
