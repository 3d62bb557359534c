package io.orderflow.stack.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus scrape configuration, alert rules and their unit tests in {@code deploy/prometheus}, checked by
 * Prometheus' own {@code promtool} (Debian package {@code prometheus}). Without promtool the tests are skipped,
 * saying so, never passed silently.
 */
class PrometheusRulesTest {

    private static final Path DIR = Path.of("..", "deploy", "prometheus").toAbsolutePath().normalize();

    @BeforeAll
    static void promtoolIsInstalled() {
        boolean found = promtool() != null;
        if (!found) {
            System.err.println("SKIPPED: promtool not found on PATH; deploy/prometheus is NOT checked. "
                    + "Install it with: apt-get install -y prometheus");
        }
        Assumptions.assumeTrue(found, "promtool is not installed (apt-get install -y prometheus)");
    }

    @Test
    void theScrapeConfigurationIsValid() throws Exception {
        assertPromtool("check", "config", "prometheus.yml");
    }

    @Test
    void theAlertRulesAreValid() throws Exception {
        assertPromtool("check", "rules", "alerts.yml");
    }

    @Test
    void everyAlertFiresOnItsTroubleAndStaysQuietOtherwise() throws Exception {
        assertPromtool("test", "rules", "tests.yml");
    }

    @Test
    void everyAlertHasATest() throws IOException {
        String rules = Files.readString(DIR.resolve("alerts.yml"));
        String tests = Files.readString(DIR.resolve("tests.yml"));
        List<String> alerts = rules.lines().map(String::trim).filter(l -> l.startsWith("- alert:"))
                .map(l -> l.substring("- alert:".length()).trim()).toList();
        assertThat(alerts).isNotEmpty();
        assertThat(alerts).allSatisfy(alert -> assertThat(tests).contains("alertname: " + alert));
    }

    private static void assertPromtool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(promtool()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
        assertThat(process.exitValue()).as("promtool " + String.join(" ", args) + ":\n" + output).isZero();
    }

    private static String promtool() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
