package io.orderflow.gateway.identity.adapter.in.startup;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffAtStartTest {

    @Test
    void productionWithoutAnAdminPasswordRefusesToStart() {
        assertThatThrownBy(() -> StaffAtStart.requireAdminPassword(LaunchMode.NORMAL, Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AUTH_ADMIN_PASSWORD");
        assertThatThrownBy(() -> StaffAtStart.requireAdminPassword(LaunchMode.NORMAL, Optional.of("  ")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void productionWithAPasswordAndDevelopmentWithoutOneStart() {
        assertThatCode(() -> StaffAtStart.requireAdminPassword(LaunchMode.NORMAL, Optional.of("a long secret 1")))
                .doesNotThrowAnyException();
        assertThatCode(() -> StaffAtStart.requireAdminPassword(LaunchMode.DEVELOPMENT, Optional.empty()))
                .doesNotThrowAnyException();
    }
}
