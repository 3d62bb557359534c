package io.orderflow.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service starts from its application directory, with the build's class-data archive when there is one: the
 * archive names the jars relative to that directory, and the JVM ignores it (with a warning) when started elsewhere.
 */
class ServiceLaunchTest {

    @TempDir
    Path root;

    private final StackSecrets secrets = new StackSecrets("admin-password", "ops-password", "client-secret");

    @Test
    void withTheBuildsClassArchiveTheServiceMapsItAndRunsFromItsApplicationDirectory() throws IOException {
        Path app = application("inventory-service");
        Files.writeString(app.resolve("app-cds.jsa"), "archive");

        ProcessSpecs.Spec spec = launch();

        assertThat(spec.directory()).isEqualTo(app);
        assertThat(spec.command()).contains("-XX:SharedArchiveFile=app-cds.jsa").endsWith("-jar", "quarkus-run.jar");
        assertThat(Files.exists(spec.directory().resolve("quarkus-run.jar"))).isTrue();
    }

    @Test
    void withoutAnArchiveTheServiceStartsAsBuilt() throws IOException {
        Path app = application("inventory-service");

        ProcessSpecs.Spec spec = launch();

        assertThat(spec.directory()).isEqualTo(app);
        assertThat(spec.command()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"))
                .endsWith("-jar", "quarkus-run.jar");
    }

    private ProcessSpecs.Spec launch() {
        StackConfig config = StackConfig.parse(root, new String[] {"--data-dir=" + root.resolve("data")}, Map.of());
        return ProcessSpecs.service(config, ServiceSpec.INVENTORY, secrets, Map.of());
    }

    private Path application(String module) throws IOException {
        Path app = Files.createDirectories(root.resolve(module).resolve("target/quarkus-app"));
        Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        return app;
    }
}
