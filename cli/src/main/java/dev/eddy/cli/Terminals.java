package dev.eddy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether this process's standard streams are terminals, without loading a terminal library. */
final class Terminals {

    private Terminals() {
    }

    /** isatty(fd) for fd 0, 1 or 2: Linux's /proc tells; elsewhere Java's Console (stdin and stdout both). */
    static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
