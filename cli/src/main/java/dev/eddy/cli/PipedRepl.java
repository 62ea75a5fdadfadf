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

    /** Runs the session; returns its exit status (0 at end of input, n after SystemExit(n)). */
    static int run(Interpreter interpreter, InputStream in, OutputStream err, boolean banner) throws IOException {
        if (banner) {
            Main.write(err, Repl.banner());
        }
        StringBuilder buffer = new StringBuilder();
        while (true) {
            Main.write(err, buffer.length() == 0 ? Repl.PS1 : Repl.PS2);
            String line = readLine(in);
            if (line == null) {
                Main.write(err, "\n");
                if (buffer.length() > 0) {
                    int status = interpreter.runInteractive(buffer + "\n");
                    if (status >= 0) {
                        return status;
                    }
                }
                return 0;
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
            int status = interpreter.runInteractive(statement + "\n");
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
