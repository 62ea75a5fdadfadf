package dev.eddy.builtins;

import dev.eddy.runtime.Exceptions;
import dev.eddy.runtime.Ops;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.Sys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import static dev.eddy.builtins.Py.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StreamsTest {
    private ByteArrayOutputStream out;
    private InputStream savedIn;
    private OutputStream savedOut;

    @BeforeEach
    void redirect() {
        savedIn = Sys.get().stdin;
        savedOut = Sys.get().stdout;
        out = new ByteArrayOutputStream();
        Sys.get().stdout = out;
        Sys.get().stdin = new ByteArrayInputStream("first\r\nsecond\rthird\n\nlast".getBytes(StandardCharsets.UTF_8));
        StdStreams.unbindSysCells();
        StdStreams.reset();
    }

    @AfterEach
    void restore() {
        Sys.get().stdin = savedIn;
        Sys.get().stdout = savedOut;
        StdStreams.reset();
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printIsBlockBufferedUntilFlush() {
        call("print", s("a"), i(1), f(2.5), list(i(1), s("two")));
        assertEquals("", written());
        StdStreams.flushAll();
        assertEquals("a 1 2.5 [1, 'two']\n", written());
        callKw("print", new String[] {"sep", "end"}, s("a"), s("b"), s(" -> "), s("!\n"));
        callKw("print", new String[] {"end"}, s("x"), s(""));
        callKw("print", new String[] {"flush"}, s("y"), bool(true));
        assertEquals("a 1 2.5 [1, 'two']\na -> b!\nxy\n", written());
    }

    @Test
    void printArgumentErrors() {
        raises(Exceptions.TYPE_ERROR, "sep must be None or a string, not int", () -> callKw("print", new String[] {"sep"}, s("x"), i(5)));
        raises(Exceptions.TYPE_ERROR, "end must be None or a string, not list", () -> callKw("print", new String[] {"end"}, s("x"), list()));
        raises(Exceptions.TYPE_ERROR, "'foo' is an invalid keyword argument for print()", () -> callKw("print", new String[] {"foo"}, i(5)));
        raises(Exceptions.ATTRIBUTE_ERROR, "'int' object has no attribute 'write'", () -> callKw("print", new String[] {"file"}, i(5)));
    }

    @Test
    void writeCountsCodePointsAndEncodesUtf8() {
        PyObject stdout = StdStreams.stdout();
        assertEquals("4", repr(Ops.callMethod(stdout, "write", s("\u00e9\ud83d\ude00a\n"))));
        raises(Exceptions.TYPE_ERROR, "write() argument must be str, not int", () -> Ops.callMethod(stdout, "write", i(5)));
        Ops.callMethod(stdout, "flush");
        assertEquals("\u00e9\ud83d\ude00a\n", written());
        StringBuilder big = new StringBuilder();
        for (int k = 0; k < 10_000; k++) {
            big.append('x');
        }
        ((PyTextStream) stdout).write(big.toString());
        assertEquals(true, out.size() > 8000, "a full buffer reaches the stream");
    }

    @Test
    void inputReadsLinesAndFlushesThePrompt() {
        call("print", s("before"));
        assertEquals("'first\\r'", repr(call("input", s("prompt> "))));
        assertEquals("before\nprompt> ", written());
        assertEquals("'second\\rthird'", repr(call("input")));
        assertEquals("''", repr(call("input")));
        assertEquals("'last'", repr(call("input")));
        raises(Exceptions.EOF_ERROR, "EOF when reading a line", () -> call("input"));
    }

    @Test
    void stdinObjectReads() {
        PyObject stdin = StdStreams.stdin();
        assertEquals("'first\\r\\n'", repr(Ops.callMethod(stdin, "readline")));
        assertEquals("'sec'", repr(Ops.callMethod(stdin, "read", i(3))));
        assertEquals("b'ond\\rthird\\n'", repr(Ops.callMethod(stdin.getAttr("buffer"), "readline")));
        assertEquals("['\\n', 'last']", repr(Ops.callMethod(stdin, "readlines")));
        assertEquals("''", repr(Ops.callMethod(stdin, "readline")));
    }

    @Test
    void bufferWritesBytesInOrderWithText() {
        PyObject stdout = StdStreams.stdout();
        Ops.callMethod(stdout, "write", s("text then "));
        Ops.callMethod(stdout.getAttr("buffer"), "write", new dev.eddy.runtime.PyBytes("bytes\n".getBytes(StandardCharsets.UTF_8)));
        call("print", s("after"));
        StdStreams.flushAll();
        assertEquals("text then bytes\nafter\n", written());
    }

    @Test
    void aClosedPipeRaisesBrokenPipeErrorAndExitFlushStaysQuiet() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        PyTextStream stream = PyTextStream.writer("<stdout>", broken, PyTextStream.Buffering.BLOCK, false);
        stream.write("data\n");
        raises(Exceptions.BROKEN_PIPE_ERROR, null, stream::flush);
        stream.write("more\n");
        assertDoesNotThrow(stream::flushQuietly);
    }

    @Test
    void assigningSysStdoutRedirectsPrint() {
        dev.eddy.runtime.PyModule fakeSys = new dev.eddy.runtime.PyModule("sys");
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        PyTextStream alt = PyTextStream.writer("<alt>", other, PyTextStream.Buffering.WRITE_THROUGH, false);
        fakeSys.set("stdout", StdStreams.stdout());
        StdStreams.bindSysCells(fakeSys.cell("stdout"), fakeSys.cell("stderr"), fakeSys.cell("stdin"));
        call("print", new PyStr("before"));
        fakeSys.set("stdout", alt);
        call("print", new PyStr("redirected"));
        assertEquals("redirected\n", other.toString(StandardCharsets.UTF_8));
        assertEquals("before\n", written(), "the stream given up is flushed");
        StdStreams.unbindSysCells();
    }
}
