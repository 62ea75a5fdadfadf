package dev.eddy.runtime;

/**
 * An object whose contents can be read (and perhaps written) as a run of bytes: CPython's
 * buffer protocol, one-dimensional and C-contiguous. bytes, bytearray, memoryview and
 * array.array implement it; functions taking "a bytes-like object" accept any of them
 * (see {@link Buffers}).
 */
public interface PyBuffer {

    /** The length of the contents in bytes. */
    int bufferLength();

    /** {@code count} bytes from {@code offset}, copied. */
    byte[] bufferRead(int offset, int count);

    /** The whole contents. The caller must not modify the array: it may be the object's own storage. */
    default byte[] bufferBytes() {
        return bufferRead(0, bufferLength());
    }

    /** True when the contents cannot be written (bytes). */
    boolean bufferReadonly();

    /** Writes {@code count} bytes of {@code src} from {@code srcOffset} at {@code offset}; only when writable. */
    default void bufferWrite(int offset, byte[] src, int srcOffset, int count) {
        throw Errors.typeError("cannot modify read-only memory");
    }

    /** The struct format of one item ("B" for plain bytes). */
    default String bufferFormat() {
        return "B";
    }

    /** The size of one item in bytes. */
    default int bufferItemsize() {
        return 1;
    }
}
