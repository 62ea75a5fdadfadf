package dev.eddy.tests.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of a fuzz campaign: runs mutants {@code first..last-1} of a campaign folder one after
 * another in this JVM, each through {@code dev.eddy.cli.Main.run} on a thread of its own, and
 * writes beside each {@code mNNNNN.py} its {@code .stdout}, {@code .stderr} and {@code .status}
 * (exit code, or "crash" with the Java stack trace). A mutant that runs past the time limit
 * cannot be stopped, so the JVM then writes "hang" and exits with status 3: the campaign
 * starts a new JVM at the next mutant.
 *
 * <p>Arguments: campaign folder, first, last, seconds per mutant. Output past 1 MB per stream
 * is dropped (a mutant may loop printing).
 */
public final class MutantBatch {
    static final int HANG_EXIT = 3;

    private MutantBatch() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int last = Integer.parseInt(args[2]);
        long millis = Long.parseLong(args[3]) * 1000;
        for (int i = first; i < last; i++) {
            Path mutant = FuzzCampaign.mutantPath(root, i);
            if (mutant == null) {
                continue;
            }
            Path dir = mutant.getParent();
            String name = mutant.getFileName().toString();
            OutputStream out = new CappedOutput();
            OutputStream err = new CappedOutput();
            int[] exit = {Integer.MIN_VALUE};
            Throwable[] crash = {null};
            Thread t = new dev.eddy.runtime.PythonThread(() -> {
                try {
                    exit[0] = dev.eddy.cli.Main.run(new String[] {name}, new ByteArrayInputStream(new byte[0]), out, err, dir);
                } catch (Throwable e) {
                    crash[0] = e;
                }
            }, "fuzz-" + name, 512L * 1024 * 1024);
            t.setDaemon(true);
            t.start();
            t.join(millis);
            String base = name.substring(0, name.length() - 3);
            Files.write(dir.resolve(base + ".stdout"), ((CappedOutput) out).toByteArray());
            Files.write(dir.resolve(base + ".stderr"), ((CappedOutput) err).toByteArray());
            if (t.isAlive()) {
                Files.writeString(dir.resolve(base + ".status"), "hang");
                System.out.flush();
                Runtime.getRuntime().halt(HANG_EXIT);
            }
            String status;
            if (crash[0] != null) {
                StringWriter trace = new StringWriter();
                crash[0].printStackTrace(new PrintWriter(trace));
                status = "crash\n" + trace;
            } else {
                status = Integer.toString(exit[0]);
            }
            Files.writeString(dir.resolve(base + ".status"), status, StandardCharsets.UTF_8);
        }
    }

    /** Keeps the first megabyte written and counts the rest. */
    private static final class CappedOutput extends ByteArrayOutputStream {
        private static final int CAP = 1 << 20;

        @Override
        public synchronized void write(int b) {
            if (count < CAP) {
                super.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, Math.max(0, Math.min(len, CAP - count)));
        }
    }
}
