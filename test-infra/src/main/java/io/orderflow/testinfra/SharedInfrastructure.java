package io.orderflow.testinfra;

import io.orderflow.testinfra.containers.ContainerServers;

/**
 * One real PostgreSQL server and one real Kafka broker per test JVM, started on first use: embedded by default,
 * containers when {@link InfraBackend#selected()} asks for them.
 */
public final class SharedInfrastructure {

    private static Infrastructure instance;

    private SharedInfrastructure() {
    }

    public static synchronized Infrastructure get() {
        if (instance == null) {
            instance = start(InfraBackend.selected());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "test-infra-shutdown"));
        }
        return instance;
    }

    private static Infrastructure start(InfraBackend backend) {
        return switch (backend) {
            case EMBEDDED -> EmbeddedServers.start();
            case CONTAINERS -> containers();
        };
    }

    // Testcontainers is optional in test-infra: only -Pcontainers puts it on a service's test classpath, and
    // ContainerServers (the only class that uses it) is loaded here, never in the default build.
    private static Infrastructure containers() {
        try {
            Class.forName("org.testcontainers.DockerClientFactory", false, SharedInfrastructure.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(InfraBackend.PROPERTY + "=containers needs Testcontainers on the test "
                    + "classpath: run Maven with -Pcontainers (it adds them)", e);
        }
        return ContainerServers.start();
    }
}
