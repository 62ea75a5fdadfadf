package dev.eddy.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import dev.eddy.interpreter.Interpreter;

/**
 * The interactive loop when standard input is not a terminal ({@code eddy -i} with piped input),
 * as python3's: prompts {@code >>> } and {@code ... } go to stderr, a statement runs once it is
 * whole (a compound statement ends with an empty line), an expression's value is echoed, and end
 * of input prints a newline and ends the session with status 0. No line editing, no history.
 *
 * <p>Lines are read a byte at a time so that nothing beyond the current line is taken from the
 * stream: what the program reads with {@code input()} or {@code sys.stdin} comes next.
 */
final class PipedRepl {

    private PipedRepl() {
    }

    /**
     * Runs the session; returns its exit status (0 at end of input, n after SystemExit(n)). The
     * calling thread (the interpreter's) runs the input while another reads it, so that an event
     * loop started by a top-level await runs between inputs (see {@link ReplSession}).
     *
     * @param prompts where prompts go (stderr for {@code -i}; stdout for {@code -m asyncio}, as
     *                python3's asyncio REPL reads with input())
     * @param banner  whether to print the banner first, on stderr
     * @param asyncio whether this is the asyncio REPL ({@code -m asyncio})
     */
    static int run(Interpreter interpreter, InputStream in, OutputStream prompts, OutputStream err, boolean banner,
                   boolean asyncio) throws IOException {
        ReplSession session = new ReplSession(interpreter, err);
        if (asyncio) {
            session.startEventLoop();
            interpreter.runInteractive("import asyncio\n");
        }
        if (banner) {
            Main.write(err, asyncio ? Repl.asyncioBanner() : Repl.banner());
        }
        int[] status = {0};
        IOException[] failure = {null};
        Thread reader = new Thread(() -> {
            try {
                status[0] = readAndRun(session, in, prompts, err);
                if (asyncio && status[0] == END_OF_INPUT) {
                    status[0] = 0;
                    Main.write(err, "\n" + Repl.ASYNCIO_EXIT_MESSAGE);
                }
            } catch (IOException e) {
                failure[0] = e;
            } finally {
                session.close();
            }
        }, "eddy-line-reader");
        reader.setDaemon(true);
        reader.start();
        session.serve();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return status[0] == END_OF_INPUT ? 0 : status[0];
    }

    /** {@link #readAndRun}'s answer when the input ended (the session's status is then 0). */
    private static final int END_OF_INPUT = -3;

    private static int readAndRun(ReplSession session, InputStream in, OutputStream prompts, OutputStream err)
            throws IOException {
        StringBuilder buffer = new StringBuilder();
        while (true) {
            Main.write(prompts, buffer.length() == 0 ? Repl.PS1 : Repl.PS2);
            String line = readLine(in);
            if (line == null) {
                if (prompts == err) {
                    Main.write(err, "\n");
                }
                if (buffer.length() > 0) {
                    int status = session.run(buffer + "\n");
                    if (status >= 0) {
                        return status;
                    }
                }
                return END_OF_INPUT;
            }
            if (buffer.length() == 0 && line.isBlank()) {
                continue;
            }
            if (buffer.length() > 0) {
                buffer.append('\n');
            }
            buffer.append(line);
            if (Repl.isIncomplete(buffer.toString())) {
                continue;
            }
            String statement = buffer.toString();
            buffer.setLength(0);
            int status = session.run(statement + "\n");
            if (status >= 0) {
                return status;
            }
        }
    }

    /** One line without its end, or null at end of input. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n') {
            line.write(b);
            b = in.read();
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
