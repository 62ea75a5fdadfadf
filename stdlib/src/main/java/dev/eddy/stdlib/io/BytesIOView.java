package dev.eddy.stdlib.io;

import dev.eddy.runtime.PyBuffer;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyType;

/**
 * What BytesIO.getbuffer() exports: the stream's bytes as they are now, readable and writable
 * through a memoryview, so that writing to the view changes the stream's contents.
 */
final class BytesIOView extends PyObject implements PyBuffer {
    static final PyType TYPE = PyType.builtin("_BytesIOBuffer", PyType.OBJECT, null);

    private final BytesIO stream;
    private final int length;

    BytesIOView(BytesIO stream, int length) {
        this.stream = stream;
        this.length = length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public int bufferLength() {
        return length;
    }

    @Override
    public byte[] bufferRead(int offset, int count) {
        return stream.copyRange(offset, count);
    }

    @Override
    public boolean bufferReadonly() {
        return false;
    }

    @Override
    public void bufferWrite(int offset, byte[] src, int srcOffset, int count) {
        stream.overwrite(offset, src, srcOffset, count);
    }
}
