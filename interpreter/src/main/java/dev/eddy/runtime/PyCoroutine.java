package dev.eddy.runtime;

/** A coroutine object made by calling an async def function. */
public class PyCoroutine extends PyGenerator {
    public PyCoroutine(Frame frame, PyFunction function) {
        super(frame, function);
    }
}
