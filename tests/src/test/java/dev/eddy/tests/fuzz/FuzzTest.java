package dev.eddy.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * A short mutation fuzz campaign over the conformance programs, with a fixed seed: no mutant may
 * make Eddy show Java output or an internal error, hang where CPython finishes, or kill its JVM.
 * The same test runs a long campaign with python3 parity figures (see tests/README.md):
 * {@code eddy.fuzz.count}, {@code eddy.fuzz.seed}, {@code eddy.fuzz.seconds},
 * {@code eddy.fuzz.parity}, {@code eddy.fuzz.dir}.
 */
class FuzzTest {
    @Test
    void mutantsNeverCrashOrHang() throws Exception {
        Path corpus = Paths.get("src/test/resources/conformance").toAbsolutePath();
        String dir = System.getProperty("eddy.fuzz.dir", "");
        Path work = dir.isBlank() ? Files.createTempDirectory("eddy-fuzz") : Files.createDirectories(Paths.get(dir).toAbsolutePath());
        FuzzCampaign.Config config = new FuzzCampaign.Config(corpus, work,
                Long.getLong("eddy.fuzz.seed", 20261207L),
                Integer.getInteger("eddy.fuzz.count", 300),
                Integer.getInteger("eddy.fuzz.seconds", 20),
                Boolean.getBoolean("eddy.fuzz.parity"));
        FuzzCampaign.Report report = FuzzCampaign.run(config);
        System.out.println(report.describe());
        assertTrue(report.problems().isEmpty(), report.describe());
    }
}
