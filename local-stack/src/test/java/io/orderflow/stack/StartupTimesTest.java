package io.orderflow.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ./stack leaves in its data directory once it is up, for bin/load-test to read. */
class StartupTimesTest {

    @Test
    void theStacksStartAndEachServicesReadyTimeAreWrittenAsProperties(@TempDir Path dataDir) throws Exception {
        Map<String, Double> ready = new LinkedHashMap<>();
        ready.put("inventory-service", 9.31);
        ready.put("order-service", 11.06);

        StartupTimes.write(dataDir, 18.74, ready);

        Properties written = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve(StartupTimes.FILE))) {
            written.load(reader);
        }
        assertThat(written).containsOnly(Map.entry(StartupTimes.STACK_UP, "18.7"),
                Map.entry(StartupTimes.READY_PREFIX + "inventory-service", "9.3"),
                Map.entry(StartupTimes.READY_PREFIX + "order-service", "11.1"));
    }
}
