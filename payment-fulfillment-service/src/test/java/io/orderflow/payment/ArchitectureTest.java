package io.orderflow.payment;

import io.orderflow.testinfra.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersDependInwardOnly() {
        ArchitectureRules.check("io.orderflow.payment");
    }
}
