package io.orderflow.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every JVM of the stack compiles with C1 only: with C2, Kafka, the relay and the provider were still compiling
 * minutes into a load run, on the two CPUs the services need (docs/performance.md, changes 9 and 24).
 */
class JvmOptionsTest {

    @TempDir
    Path root;

    @Test
    void everyProcessOfTheStackRunsOnC1Only() {
        StackConfig config = StackConfig.parse(root, new String[] {"--data-dir=" + root.resolve("data")}, Map.of());
        List<ProcessSpecs.Spec> specs = List.of(ProcessSpecs.kafka(config, "cp"), ProcessSpecs.relay(config, "cp"),
                ProcessSpecs.paymentProvider(config, "cp"), ProcessSpecs.mailServer(config, "cp"),
                ProcessSpecs.zipkin(config),
                ProcessSpecs.service(config, ServiceSpec.ORDER, new StackSecrets("a", "o", "c"), Map.of()));

        assertThat(specs).allSatisfy(spec -> assertThat(spec.command()).as(spec.name())
                .contains("-XX:TieredStopAtLevel=1"));
    }
}
