package dev.eddy.runtime;

/**
 * A Java thread made to run Python code: it carries its {@link ThreadState} in a field, so
 * {@link ThreadState#current()} costs a type check and a field read instead of a thread-local
 * lookup.
 */
public class PythonThread extends Thread {
    ThreadState state;

    public PythonThread(Runnable body, String name, long stackSize) {
        super(null, body, name, stackSize);
    }
}
