/**
 * Weak references ({@code _weakref}) over Java's {@link java.lang.ref.WeakReference}, and the
 * {@code gc} module whose {@code collect()} runs the Java collector and then the callbacks of
 * the references it cleared.
 */
package dev.eddy.stdlib.weak;
