package io.orderflow.stack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.orderflow.fakeprovider.ProviderSettings;
import io.orderflow.stack.ServiceSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks both deployments must pass, with every expectation taken from the services themselves: their
 * {@code application.properties} (what they read, what has no default), {@link ServiceSpec} (names, variable
 * prefixes) and {@link ProviderSettings} (what the fake provider reads).
 */
final class DeploymentChecks {

    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";
    static final String PROVIDER = "fake-payment-provider";
    static final YAMLMapper YAML = new YAMLMapper();

    private DeploymentChecks() {
    }

    /** The repository root (tests run in local-stack/). */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker-compose.yml")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new AssertionError("no repository root above " + here);
    }

    static List<ServiceConfiguration> services() {
        return ServiceSpec.ALL.stream().map(spec -> ServiceConfiguration.of(root(), spec)).toList();
    }

    /** Every variable set is one the service reads; every one it must be given is set; port and checks agree. */
    static void checkService(String where, ServiceConfiguration config, Workload workload, boolean expectLiveness) {
        String name = where + " " + workload.name();
        Set<String> unread = new TreeSet<>(workload.env().keySet());
        unread.removeAll(config.read());
        assertThat(unread).as("%s sets variables its application.properties never reads", name).isEmpty();
        Set<String> missing = new TreeSet<>(config.required());
        missing.removeAll(workload.env().keySet());
        assertThat(missing).as("%s leaves placeholders without a default unset", name).isEmpty();
        String port = workload.env().get(config.httpPortVariable());
        assertThat(port).as("%s sets %s", name, config.httpPortVariable()).isNotNull();
        assertThat(workload.httpPort()).as("%s serves on its %s", name, config.httpPortVariable())
                .isEqualTo(Integer.valueOf(port));
        assertThat(workload.readiness()).as("%s readiness check", name)
                .isEqualTo(new Workload.Probe(READY, Integer.valueOf(port)));
        if (expectLiveness) {
            assertThat(workload.liveness()).as("%s liveness check", name)
                    .isEqualTo(new Workload.Probe(LIVE, Integer.valueOf(port)));
        }
    }

    /** The fake provider is given only what ProviderSettings reads, and serves where it is checked. */
    static void checkProvider(String where, Workload workload) {
        Set<String> asked = new TreeSet<>();
        Map<String, String> recording = new HashMap<>(workload.env()) {
            @Override
            public String get(Object key) {
                asked.add((String) key);
                return super.get(key);
            }

            @Override
            public String getOrDefault(Object key, String fallback) {
                asked.add((String) key);
                return super.getOrDefault(key, fallback);
            }
        };
        ProviderSettings settings = ProviderSettings.fromEnvironment(recording);
        assertThat(asked).as("%s fake-payment-provider: variables ProviderSettings reads", where)
                .containsAll(workload.env().keySet());
        assertThat(workload.httpPort()).as("%s fake-payment-provider port", where).isEqualTo(settings.port());
        assertThat(workload.readiness()).as("%s fake-payment-provider health", where)
                .isEqualTo(new Workload.Probe("/health", settings.port()));
    }

    /** NAME=value lines of an env file (comments and blank lines skipped). */
    static Map<String, String> envFile(Path file) {
        Map<String, String> values = new HashMap<>();
        for (String line : readLines(file)) {
            if (!line.isBlank() && !line.strip().startsWith("#") && line.contains("=")) {
                values.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1));
            }
        }
        return values;
    }

    static JsonNode json(Path file) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " is not valid JSON", e);
        }
    }

    static List<Path> debeziumConnectors() {
        try (var files = Files.list(root().resolve("deploy/debezium"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
