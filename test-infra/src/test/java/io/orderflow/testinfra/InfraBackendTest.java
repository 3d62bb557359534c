package io.orderflow.testinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InfraBackendTest {

    @Test
    void nothingSetMeansTheEmbeddedServers() {
        assertThat(InfraBackend.select(null, null)).isEqualTo(InfraBackend.EMBEDDED);
        assertThat(InfraBackend.select(" ", "")).isEqualTo(InfraBackend.EMBEDDED);
    }

    @Test
    void thePropertyThatTheContainersProfileSetsSelectsContainers() {
        assertThat(InfraBackend.select("containers", null)).isEqualTo(InfraBackend.CONTAINERS);
        assertThat(InfraBackend.select(" Containers ", null)).isEqualTo(InfraBackend.CONTAINERS);
    }

    @Test
    void theEnvironmentSelectsWhenThePropertyIsAbsentAndThePropertyWinsOverIt() {
        assertThat(InfraBackend.select(null, "containers")).isEqualTo(InfraBackend.CONTAINERS);
        assertThat(InfraBackend.select("embedded", "containers")).isEqualTo(InfraBackend.EMBEDDED);
    }

    @Test
    void anUnknownBackendFailsNamingTheChoices() {
        assertThatThrownBy(() -> InfraBackend.select("docker", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("orderflow.infra=docker is not a test infrastructure: use embedded (the default) or containers");
    }
}
