package io.orderflow.stack.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The SKUs a run orders from, created by the admin through the gateway with more stock than a run can use. */
final class Catalogue {

    private Catalogue() {
    }

    /** Creates {@code count} SKUs named {@code LOAD-<run>-NN}; answers their names. */
    static List<String> create(HttpClient http, String gateway, String adminToken, int count, long onHand)
            throws IOException, InterruptedException {
        String prefix = prefix();
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String sku = prefix + String.format("%02d", i);
            String body = """
                    {"sku":"%s","name":"load-test item %d","unitPriceMinor":%d,"currency":"EUR","onHand":%d}"""
                    .formatted(sku, i, 500 + i * 10, onHand);
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/skus")).timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("creating " + sku + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            skus.add(sku);
        }
        return skus;
    }

    private static String prefix() {
        return "LOAD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    }
}
