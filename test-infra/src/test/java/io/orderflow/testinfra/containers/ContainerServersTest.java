package io.orderflow.testinfra.containers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

class ContainerServersTest {

    @Test
    void withoutADockerEngineTheContainersBackendFailsAtOnceSayingTheEmbeddedOneNeedsNone() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is here");
        assertThatThrownBy(ContainerServers::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("-Pcontainers needs a Docker engine; the default embedded servers need none.");
    }
}
