package io.orderflow.stack.deploy;

import static io.orderflow.stack.deploy.DeploymentChecks.root;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.stack.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml, rendered by docker-compose (or docker compose) with .env.example as its .env. */
class ComposeDeploymentTest {

    private static ComposeModel rendered;

    private static synchronized ComposeModel compose() throws IOException {
        if (rendered == null) {
            List<String> command = new ArrayList<>(Tools.composeOrSkip());
            command.addAll(List.of("--env-file", ".env.example", "-f", "docker-compose.yml", "config"));
            rendered = new ComposeModel(DeploymentChecks.YAML.readTree(Tools.output(root(), command)));
        }
        return rendered;
    }

    @Test
    void everyServiceIsGivenExactlyTheVariablesItReadsAndIsCheckedOnItsPort() throws IOException {
        for (ServiceConfiguration service : DeploymentChecks.services()) {
            DeploymentChecks.checkService("docker-compose.yml", service, compose().workload(service.service().name()),
                    false);
        }
        DeploymentChecks.checkProvider("docker-compose.yml", compose().workload(DeploymentChecks.PROVIDER));
    }

    @Test
    void onlyTheGatewayPublishesAPortAmongTheServices() throws IOException {
        for (ServiceSpec service : ServiceSpec.ALL) {
            JsonNode ports = compose().service(service.name()).path("ports");
            if (service.equals(ServiceSpec.GATEWAY)) {
                assertThat(ports).as("the gateway publishes one port").hasSize(1);
                String target = ports.get(0).isObject() ? ports.get(0).path("target").asText()
                        : ports.get(0).asText().replaceAll(".*:", "");
                assertThat(target).isEqualTo(compose().workload(service.name()).env().get("GATEWAY_HTTP_PORT"));
            } else {
                assertThat(ports.isMissingNode() || ports.isEmpty()).as("%s publishes no port", service.name()).isTrue();
            }
        }
        assertThat(compose().service(DeploymentChecks.PROVIDER).path("ports").isMissingNode()).isTrue();
    }

    @Test
    void everySecretComesFromTheEnvFileThatIsNotCommitted() throws IOException {
        String raw = Files.readString(root().resolve("docker-compose.yml"));
        Set<String> used = new TreeSet<>();
        Matcher variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(raw);
        while (variable.find()) {
            used.add(variable.group(1));
        }
        Set<String> listed = DeploymentChecks.envFile(root().resolve(".env.example")).keySet();
        assertThat(listed).as(".env.example lists every variable docker-compose.yml uses").containsAll(used);
        assertThat(used).as("docker-compose.yml uses every variable .env.example lists").containsAll(listed);
        assertThat(DeploymentChecks.readLines(root().resolve(".gitignore"))).contains(".env");
    }

    @Test
    void theRelayIsDebeziumOnKafkaConnectWithEveryConnectorOfDeployDebezium() throws IOException {
        JsonNode register = compose().service("connect-register");
        List<String> arguments = compose().strings(register.path("command"));
        for (var connector : DeploymentChecks.debeziumConnectors()) {
            assertThat(arguments).as("connect-register registers %s", connector.getFileName())
                    .anyMatch(argument -> argument.endsWith("/" + connector.getFileName()));
        }
        assertThat(compose().strings(register.path("volumes")).toString()).contains("deploy/debezium");
        DebeziumDeploymentTest.checkWorker("docker-compose.yml connect",
                ComposeModel.environment(compose().service("connect")));
    }

    @Test
    void prometheusAndGrafanaGetTheFilesTheirConfigurationsNameWhereTheyLookForThem() throws IOException {
        List<String> prometheus = mounts("prometheus");
        JsonNode config = DeploymentChecks.YAML.readTree(root().resolve("deploy/prometheus/prometheus.yml").toFile());
        assertThat(prometheus).anyMatch(v -> v.endsWith("deploy/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml"));
        config.path("rule_files").forEach(rules -> assertThat(prometheus).as("rule file %s is mounted", rules.asText())
                .anyMatch(v -> v.endsWith("deploy/prometheus/" + rules.asText() + ":/etc/prometheus/" + rules.asText())));
        List<String> grafana = mounts("grafana");
        assertThat(grafana).anyMatch(v -> v.endsWith("deploy/grafana/provisioning:/etc/grafana/provisioning"));
        JsonNode providers = DeploymentChecks.YAML.readTree(
                root().resolve("deploy/grafana/provisioning/dashboards/orderflow.yml").toFile()).path("providers");
        providers.forEach(provider -> assertThat(grafana).as("dashboards are mounted where provider %s reads them",
                        provider.path("name").asText())
                .anyMatch(v -> v.endsWith("deploy/grafana/dashboards:" + provider.path("options").path("path").asText())));
    }

    /** The service's volumes as source:target, without Compose 1.29's access mode suffix. */
    private static List<String> mounts(String service) throws IOException {
        return compose().strings(compose().service(service).path("volumes")).stream()
                .map(volume -> volume.replaceAll(":(ro|rw)$", "")).toList();
    }
}
