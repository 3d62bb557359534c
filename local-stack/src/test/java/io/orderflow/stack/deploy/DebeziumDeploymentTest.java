package io.orderflow.stack.deploy;

import static io.orderflow.stack.deploy.DeploymentChecks.root;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The connector configurations of deploy/debezium, and what registers them. */
class DebeziumDeploymentTest {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z0-9_]+)}");

    @Test
    void everyConnectorConfigurationParsesAndTakesItsCredentialsFromTheEnvironment() {
        List<Path> connectors = DeploymentChecks.debeziumConnectors();
        assertThat(connectors).as("deploy/debezium holds the connector configurations").isNotEmpty();
        for (Path file : connectors) {
            JsonNode connector = DeploymentChecks.json(file);
            assertThat(connector.path("name").asText()).as("%s name", file.getFileName()).isNotBlank();
            JsonNode config = connector.path("config");
            assertThat(config.path("connector.class").asText()).as("%s connector.class", file.getFileName())
                    .isEqualTo("io.debezium.connector.postgresql.PostgresConnector");
            for (String credential : List.of("database.user", "database.password", "database.hostname")) {
                assertThat(config.path(credential).asText()).as("%s %s", file.getFileName(), credential)
                        .matches(ENV_REFERENCE);
            }
        }
    }

    /** What register-connectors.sh PUTs is the file's "config" object, key for key. */
    @Test
    void theRegistrationScriptSendsEachFilesConfigObject() throws Exception {
        for (Path file : DeploymentChecks.debeziumConnectors()) {
            String body = Tools.output(root(), List.of("bash", "deploy/debezium/register-connectors.sh",
                    "--print-config", root().relativize(file).toString()));
            assertThat(new ObjectMapper().readTree(body)).as("PUT body for %s", file.getFileName())
                    .isEqualTo(DeploymentChecks.json(file).path("config"));
        }
    }

    /** A Connect worker resolves ${env:...} itself: it needs the env config provider and every variable named. */
    static void checkWorker(String where, Map<String, String> env) {
        assertThat(env.getOrDefault("CONNECT_CONFIG_PROVIDERS", "")).as("%s config providers", where).contains("env");
        assertThat(env.get("CONNECT_CONFIG_PROVIDERS_ENV_CLASS")).as("%s env provider class", where)
                .isEqualTo("org.apache.kafka.common.config.provider.EnvVarConfigProvider");
        assertThat(env.keySet()).as("%s sets every ${env:...} of the connector configurations", where)
                .containsAll(referencedVariables());
    }

    static Set<String> referencedVariables() {
        Set<String> names = new TreeSet<>();
        for (Path file : DeploymentChecks.debeziumConnectors()) {
            Matcher reference = ENV_REFERENCE.matcher(DeploymentChecks.json(file).toString());
            while (reference.find()) {
                names.add(reference.group(1));
            }
        }
        return names;
    }
}
