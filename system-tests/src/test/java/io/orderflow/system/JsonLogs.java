package io.orderflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** The JSON lines a service of the stack wrote to its log file (LOG_JSON=true, one object per line). */
final class JsonLogs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLogs() {
    }

    /** The lines matching {@code match}, once there is at least one. */
    static List<JsonNode> await(Path logFile, Predicate<JsonNode> match, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(300))
                .until(() -> !matching(logFile, match).isEmpty());
        return matching(logFile, match);
    }

    /** A field of the logging context (MDC), or null. */
    static String mdc(JsonNode line, String name) {
        JsonNode value = line.path("mdc").path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }

    private static List<JsonNode> matching(Path logFile, Predicate<JsonNode> match) {
        try (var lines = Files.lines(logFile)) {
            return lines.filter(l -> l.startsWith("{")).map(JsonLogs::parse).filter(l -> l != null && match.test(l))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null; // a line cut by a crash (kill -9) is not JSON
        }
    }
}
