package dev.eddy.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A mutation fuzz campaign over the conformance programs: makes {@code count} mutants with a
 * fixed seed (see {@link Mutator}), runs them all under Eddy in one child JVM ({@link MutantBatch}),
 * and finds what must never happen: a Java exception or "Eddy internal error" reaching the
 * user, a hang where CPython finishes, a JVM that dies. With {@code parity} every mutant also
 * runs under python3, and the report counts mutants whose last stderr line or exit status
 * differs from CPython's.
 */
public final class FuzzCampaign {
    /** What must never reach a user: Java's own words. */
    private static final Pattern JAVA_OUTPUT = Pattern.compile(
            "Eddy internal error|Exception in thread \"|\\bjava\\.(lang|util|io|nio)\\.[A-Z]|\\n\\s+at (dev\\.eddy|java\\.|org\\.antlr)");
    /** Programs that signal, fork, exit the JVM or read a terminal are left out of campaigns. */
    private static final Pattern UNSAFE = Pattern.compile("os\\.kill|subprocess|_exit|signal|fork|sys\\.stdin|input\\(|socket");

    /**
     * The settings of a campaign.
     *
     * @param corpus  the conformance folder (GROUP/NAME.py)
     * @param work    an empty folder for mutants and their outputs
     * @param seed    the random seed: the same seed makes the same mutants
     * @param count   how many mutants
     * @param seconds time allowed to each mutant under Eddy (python3 gets half)
     * @param parity  also run every mutant under python3 and compare
     */
    public record Config(Path corpus, Path work, long seed, int count, int seconds, boolean parity) {
    }

    /** One mutant's outcome. */
    public record Outcome(int index, String program, String kind, String eddyStatus, String eddyLast, String pythonStatus,
                          String pythonLast, String problem) {
        boolean differs() {
            return pythonStatus != null && !pythonStatus.equals("timeout")
                    && (!pythonLast.equals(eddyLast) || !pythonStatus.equals(eddyStatus));
        }
    }

    /** What a campaign found. */
    public record Report(Config config, List<Outcome> outcomes) {
        public List<Outcome> problems() {
            return outcomes.stream().filter(o -> o.problem() != null).collect(Collectors.toList());
        }

        public long count(String problemPrefix) {
            return outcomes.stream().filter(o -> o.problem() != null && o.problem().startsWith(problemPrefix)).count();
        }

        public String describe() {
            StringBuilder sb = new StringBuilder();
            Config c = config;
            sb.append("fuzz campaign: seed ").append(c.seed()).append(", ").append(outcomes.size()).append(" mutants, ")
                    .append(c.seconds()).append(" s each; mutants in ").append(c.work()).append('\n');
            sb.append("internal errors: ").append(count("internal")).append("; hangs: ").append(count("hang"))
                    .append("; launcher crashes: ").append(count("launcher")).append('\n');
            if (c.parity()) {
                List<Outcome> compared = outcomes.stream().filter(o -> o.pythonStatus() != null
                        && !o.pythonStatus().equals("timeout")).collect(Collectors.toList());
                long lastDiff = compared.stream().filter(o -> !o.pythonLast().equals(o.eddyLast())).count();
                long statusDiff = compared.stream().filter(o -> !o.pythonStatus().equals(o.eddyStatus())).count();
                sb.append("compared with python3: ").append(compared.size()).append(" mutants; last stderr line differs: ")
                        .append(lastDiff).append(" (").append(perThousand(lastDiff, compared.size())).append(" per 1,000)")
                        .append("; exit status differs: ").append(statusDiff).append(" (")
                        .append(perThousand(statusDiff, compared.size())).append(" per 1,000)\n");
                Map<String, Integer> byMessage = new LinkedHashMap<>();
                for (Outcome o : compared) {
                    if (!o.pythonLast().equals(o.eddyLast())) {
                        byMessage.merge(shape(o.pythonLast()) + "  <- eddy: " + shape(o.eddyLast()), 1, Integer::sum);
                    }
                }
                byMessage.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                        .forEach(e -> sb.append(String.format("  %4d  %s%n", e.getValue(), e.getKey())));
            }
            for (Outcome o : problems()) {
                sb.append(String.format("%s: %s (%s of %s)%n    eddy: %s | %s%n    python3: %s | %s%n", mutantName(o.index()),
                        o.problem(), o.kind(), o.program(), o.eddyStatus(), o.eddyLast(), o.pythonStatus(), o.pythonLast()));
            }
            return sb.toString();
        }

        private static String perThousand(long n, long of) {
            return of == 0 ? "-" : String.format("%.1f", 1000.0 * n / of);
        }

        /** A message with its numbers, quoted text and long tails blurred, so that alike messages count together. */
        private static String shape(String line) {
            String s = line.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
            return s.length() > 110 ? s.substring(0, 110) + "…" : s;
        }
    }

    private static final Map<Path, Map<Integer, Path>> INDEXES = new ConcurrentHashMap<>();

    private FuzzCampaign() {
    }

    static String mutantName(int i) {
        return String.format("m%05d.py", i);
    }

    /** Where mutant {@code i} of the campaign in {@code root} is (null if it was not made). */
    static Path mutantPath(Path root, int i) throws IOException {
        Map<Integer, Path> index = INDEXES.get(root);
        if (index == null) {
            index = new ConcurrentHashMap<>();
            for (String line : Files.readAllLines(root.resolve("index.txt"))) {
                String[] f = line.split("\t");
                index.put(Integer.parseInt(f[0]), root.resolve(f[1]).resolve(mutantName(Integer.parseInt(f[0]))));
            }
            INDEXES.put(root, index);
        }
        return index.get(i);
    }

    public static Report run(Config c) throws IOException, InterruptedException {
        List<String[]> made = generate(c);
        runEddy(c);
        boolean havePython = pythonAvailable();
        Map<Integer, java.util.concurrent.Future<String[]>> python = new LinkedHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (String[] m : made) {
                int i = Integer.parseInt(m[0]);
                Path mutant = c.work().resolve(m[1]).resolve(mutantName(i));
                Path status = mutant.resolveSibling(mutantName(i).replace(".py", ".status"));
                if (havePython && (c.parity() || readOr(status, "").equals("hang"))) {
                    Path copy = c.work().resolve("python3").resolve(m[1]).resolve(mutantName(i));
                    python.put(i, pool.submit(() -> runPython(copy, c.seconds())));
                }
            }
            return report(c, made, python);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Report report(Config c, List<String[]> made, Map<Integer, java.util.concurrent.Future<String[]>> python)
            throws IOException, InterruptedException {
        List<Outcome> outcomes = new ArrayList<>();
        for (String[] m : made) {
            int i = Integer.parseInt(m[0]);
            Path mutant = c.work().resolve(m[1]).resolve(mutantName(i));
            String base = mutantName(i).replace(".py", "");
            Path dir = mutant.getParent();
            String status = readOr(dir.resolve(base + ".status"), "launcher crash");
            String out = readOr(dir.resolve(base + ".stdout"), "");
            String err = readOr(dir.resolve(base + ".stderr"), "");
            String eddyStatus = status.startsWith("crash") ? "crash" : status.lines().findFirst().orElse("");
            String problem = null;
            if (status.startsWith("crash")) {
                problem = "internal error: Main.run threw " + status.lines().skip(1).findFirst().orElse("");
            } else if (status.equals("launcher crash")) {
                problem = "launcher crash: the JVM running mutants died";
            } else if (status.equals("70") || JAVA_OUTPUT.matcher(err).find() || JAVA_OUTPUT.matcher(out).find()) {
                problem = "internal error: " + firstJavaLine(out + "\n" + err);
            }
            String pythonStatus = null;
            String pythonLast = null;
            if (python.containsKey(i)) {
                String[] py;
                try {
                    py = python.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException(e.getCause());
                }
                pythonStatus = py[0];
                // messages that name the file name python3's copy: read them as naming Eddy's
                pythonLast = py[1].replace(c.work().resolve("python3") + java.io.File.separator, c.work() + java.io.File.separator);
            }
            if (status.equals("hang") && (pythonStatus == null || !pythonStatus.equals("timeout"))) {
                problem = "hang: Eddy ran past " + c.seconds() + " s"
                        + (pythonStatus == null ? " (python3 not found)" : "; python3 finished");
            }
            outcomes.add(new Outcome(i, m[2], m[3], eddyStatus, lastLine(err), pythonStatus, pythonLast, problem));
        }
        Report report = new Report(c, outcomes);
        Files.writeString(c.work().resolve("report.txt"), report.describe(), StandardCharsets.UTF_8);
        return report;
    }

    /** Writes the mutants and their programs' helper modules; returns index, group, program, kind of each. */
    private static List<String[]> generate(Config c) throws IOException {
        List<Path> programs;
        try (Stream<Path> s = Files.walk(c.corpus(), 2)) {
            programs = s.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> !p.getFileName().toString().startsWith("helper_"))
                    .filter(p -> p.getParent().getParent().equals(c.corpus()))
                    .filter(p -> !UNSAFE.matcher(read(p)).find())
                    .sorted()
                    .collect(Collectors.toList());
        }
        Files.createDirectories(c.work());
        Random pick = new Random(c.seed());
        Mutator mutator = new Mutator(c.seed() * 31 + 7);
        List<String[]> made = new ArrayList<>();
        StringBuilder index = new StringBuilder();
        StringBuilder kind = new StringBuilder();
        for (int i = 0; i < c.count(); i++) {
            Path program = programs.get(pick.nextInt(programs.size()));
            String group = program.getParent().getFileName().toString();
            Path dir = c.work().resolve(group);
            // python3 runs in a folder of its own: files a mutant leaves behind under Eddy must not meet it
            Path pyDir = c.work().resolve("python3").resolve(group);
            if (!Files.isDirectory(dir)) {
                copyHelpers(program.getParent(), dir);
                copyHelpers(program.getParent(), pyDir);
            }
            byte[] mutant = mutator.mutate(read(program), kind);
            Files.write(dir.resolve(mutantName(i)), mutant);
            Files.write(pyDir.resolve(mutantName(i)), mutant);
            String name = group + "/" + program.getFileName();
            made.add(new String[] {Integer.toString(i), group, name, kind.toString()});
            index.append(i).append('\t').append(group).append('\t').append(name).append('\t').append(kind).append('\n');
        }
        Files.writeString(c.work().resolve("index.txt"), index);
        return made;
    }

    private static void copyHelpers(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("helper_")).collect(Collectors.toList())) {
                try (Stream<Path> tree = Files.walk(p)) {
                    for (Path q : tree.sorted().collect(Collectors.toList())) {
                        Path target = to.resolve(from.relativize(q).toString());
                        if (Files.isDirectory(q)) {
                            Files.createDirectories(target);
                        } else if (!q.getFileName().toString().endsWith(".pyc")) {
                            Files.copy(q, target);
                        }
                    }
                }
            }
        }
    }

    /** Runs every mutant under Eddy, a new child JVM after each hang or JVM death. */
    private static void runEddy(Config c) throws IOException, InterruptedException {
        int next = 0;
        while (next < c.count()) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Xss8m", "-XX:+UseSerialGC", "-Deddy.javaTrace=true", "-cp", System.getProperty("java.class.path"),
                    MutantBatch.class.getName(), c.work().toString(), Integer.toString(next), Integer.toString(c.count()),
                    Integer.toString(c.seconds()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(c.work().resolve("batch.log").toFile()).start();
            p.getOutputStream().close();
            // the child ends by itself at a hang; this bound only guards against the unforeseen
            if (!p.waitFor((long) (c.count() - next) * (c.seconds() + 5) + 60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            // go on after the first mutant without a finished status
            int stopped = next;
            while (stopped < c.count() && finished(c.work(), stopped)) {
                stopped++;
            }
            next = stopped + 1;
        }
    }

    private static boolean finished(Path root, int i) throws IOException {
        Path m = mutantPath(root, i);
        if (m == null) {
            return true;
        }
        Path status = m.resolveSibling(mutantName(i).replace(".py", ".status"));
        return Files.exists(status) && !Files.readString(status).equals("hang");
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** python3's exit status (or "timeout") and last stderr line for a mutant. */
    private static String[] runPython(Path mutant, int seconds) throws IOException, InterruptedException {
        Path err = mutant.resolveSibling(mutant.getFileName().toString().replace(".py", ".py3err"));
        ProcessBuilder pb = new ProcessBuilder("python3", mutant.getFileName().toString())
                .directory(mutant.getParent().toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(Math.max(2, Math.min(10, seconds / 2)), TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
            return new String[] {"timeout", ""};
        }
        return new String[] {Integer.toString(p.exitValue()), lastLine(readOr(err, ""))};
    }

    static String lastLine(String text) {
        String[] lines = text.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].strip();
            }
        }
        return "";
    }

    private static String firstJavaLine(String text) {
        for (String line : text.split("\n")) {
            if (JAVA_OUTPUT.matcher("\n" + line).find()) {
                return line.strip();
            }
        }
        return lastLine(text);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readOr(Path p, String otherwise) {
        try {
            return Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : otherwise;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
