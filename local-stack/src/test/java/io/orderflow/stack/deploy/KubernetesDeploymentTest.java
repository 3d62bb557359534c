package io.orderflow.stack.deploy;

import static io.orderflow.stack.deploy.DeploymentChecks.root;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.orderflow.stack.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** deploy/k8s, rendered by kubectl kustomize: the local overlay (with secrets.env.example as secrets.env) and the base. */
class KubernetesDeploymentTest {

    private static final String LOCAL = "deploy/k8s/overlays/local";
    /** host:port in a URL, a JDBC URL or a bootstrap list. */
    private static final Pattern ADDRESS = Pattern.compile("(?:^|,|//)([a-z][a-z0-9-]*):(\\d+)");
    private static KubernetesModel local;
    private static KubernetesModel base;

    private static synchronized KubernetesModel local() throws IOException {
        if (local == null) {
            List<String> kubectl = Tools.kubectlOrSkip();
            // secrets.env is not committed: render a copy of deploy/ whose secrets.env is the committed sample.
            Path copy = Files.createTempDirectory("deploy-check");
            try (Stream<Path> files = Files.walk(root().resolve("deploy"))) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(root().relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
            Files.copy(root().resolve(LOCAL + "/secrets.env.example"), copy.resolve(LOCAL + "/secrets.env"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            local = render(copy, kubectl, LOCAL);
            base = render(root(), kubectl, "deploy/k8s/base");
        }
        return local;
    }

    private static KubernetesModel render(Path dir, List<String> kubectl, String kustomization) throws IOException {
        List<String> command = new ArrayList<>(kubectl);
        command.addAll(List.of("kustomize", kustomization));
        String yaml = Tools.output(dir, command);
        List<JsonNode> objects = DeploymentChecks.YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
        return new KubernetesModel(objects);
    }

    @Test
    void everyServiceIsGivenExactlyTheVariablesItReadsAndIsProbedOnItsPort() throws IOException {
        for (ServiceConfiguration service : DeploymentChecks.services()) {
            String name = service.service().name();
            DeploymentChecks.checkService(LOCAL, service, local().workload(name), true);
            assertThat(local().find("PodDisruptionBudget", name)).as("%s has a PodDisruptionBudget", name).isPresent();
        }
        DeploymentChecks.checkProvider(LOCAL, local().workload(DeploymentChecks.PROVIDER));
        assertThat(base.workloadNames()).as("the base runs no fake provider").doesNotContain(DeploymentChecks.PROVIDER);
    }

    @Test
    void secretsAreReferencedByTheBaseAndGeneratedOnlyFromAnUncommittedFile() throws IOException {
        local();
        assertThat(base.ofKind("Secret")).as("the base defines no Secret").isEmpty();
        Set<String> sample = DeploymentChecks.envFile(root().resolve(LOCAL + "/secrets.env.example")).keySet();
        Set<String> referenced = new TreeSet<>();
        Matcher key = Pattern.compile("<secret:([A-Z0-9_]+)>").matcher("");
        for (String name : local().workloadNames()) {
            for (String value : local().workload(name).env().values()) {
                if (key.reset(value).matches()) {
                    referenced.add(key.group(1));
                }
            }
        }
        assertThat(sample).as("secrets.env.example lists every key the workloads take from the Secret")
                .containsAll(referenced);
        assertThat(DeploymentChecks.readLines(root().resolve(".gitignore"))).contains(LOCAL + "/secrets.env");
    }

    /**
     * Ingress is denied by default; a pod may reach another's port exactly when its configuration names that
     * Service (a URL, a JDBC URL, a bootstrap list), except the gateway, which is open to everyone.
     */
    @Test
    void networkPoliciesLetThroughExactlyTheCallsTheConfigurationMakes() throws IOException {
        assertThat(local().ofKind("NetworkPolicy")).as("a default-deny ingress policy")
                .anyMatch(p -> p.path("spec").path("podSelector").isEmpty() && p.path("spec").path("ingress").isEmpty());
        local().ofKind("NetworkPolicy").filter(p -> stream(p.path("spec").path("ingress")).anyMatch(NetworkAccess::openToAll))
                .forEach(p -> assertThat(p.path("spec").path("podSelector").path("matchLabels")
                        .path("app.kubernetes.io/name").asText()).as("only the gateway is open to all")
                        .isEqualTo(ServiceSpec.GATEWAY.name()));
        for (String caller : local().workloadNames()) {
            for (String value : local().workload(caller).env().values()) {
                Matcher address = ADDRESS.matcher(value);
                while (address.find()) {
                    if (address.group(1).equals(caller)) {
                        continue; // a server's own advertised address (Kafka)
                    }
                    assertThat(reaches(caller, address.group(1), Integer.parseInt(address.group(2))))
                            .as("%s may reach %s:%s", caller, address.group(1), address.group(2)).isTrue();
                }
            }
        }
        for (ServiceSpec callee : List.of(ServiceSpec.ORDER, ServiceSpec.INVENTORY, ServiceSpec.PAYMENT)) {
            for (String caller : local().workloadNames()) {
                boolean names = local().workload(caller).env().values().stream()
                        .anyMatch(v -> v.contains("//" + callee.name() + ":"));
                assertThat(reaches(caller, callee.name(), 8080)).as("%s may reach %s", caller, callee.name())
                        .isEqualTo(names);
            }
        }
    }

    @Test
    void aJobRegistersEveryConnectorOfDeployDebeziumOnKafkaConnect() throws IOException {
        JsonNode job = local().container("connect-register");
        String configMap = local().find("Job", "connect-register").orElseThrow().path("spec").path("template")
                .path("spec").path("volumes").path(0).path("configMap").path("name").asText();
        JsonNode data = local().find("ConfigMap", configMap).orElseThrow().path("data");
        for (Path file : DeploymentChecks.debeziumConnectors()) {
            String name = file.getFileName().toString();
            assertThat(data.path(name).asText()).as("ConfigMap holds %s", name).isEqualTo(Files.readString(file));
            assertThat(job.path("args").toString()).as("the Job registers %s", name).contains("/" + name);
        }
        DebeziumDeploymentTest.checkWorker(LOCAL + " kafka-connect", local().workload("kafka-connect").env());
    }

    private static boolean reaches(String caller, String host, int port) throws IOException {
        JsonNode service = local().find("Service", host)
                .orElseThrow(() -> new AssertionError(caller + " names " + host + ", which is no Service"));
        String target = service.path("spec").path("selector").path("app.kubernetes.io/name").asText();
        JsonNode servicePort = stream(service.path("spec").path("ports")).filter(p -> p.path("port").asInt() == port)
                .findFirst().orElseThrow(() -> new AssertionError("Service " + host + " has no port " + port));
        Integer containerPort = KubernetesModel.port(local().container(target), servicePort.path("targetPort").asText());
        return NetworkAccess.allows(local(), local().workload(caller).labels(), local().workload(target).labels(),
                containerPort);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
