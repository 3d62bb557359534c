package io.orderflow.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reservation nobody confirms is released by the TTL sweeper; expired stock cannot be shipped. */
class ReservationExpiryIT {

    private final Platform platform = new Platform(RunningStack.get());

    @Test
    void anUnconfirmedReservationExpiresRestocksAndCanNoLongerBeConfirmed() {
        String sku = platform.newSku(2, 800);
        String orderId = UUID.randomUUID().toString();
        String reservationId = given().baseUri(platform.stack.url("inventory")).auth().oauth2(platform.identities.service())
                .contentType("application/json")
                .header("Idempotency-Key", "order-" + orderId + ":reserve")
                .body(Map.of("orderId", orderId, "lines", java.util.List.of(Map.of("sku", sku, "quantity", 2))))
                .post("/reservations").then().statusCode(201).extract().path("id");
        assertThat(platform.sku(sku).getInt("reserved")).isEqualTo(2);

        // RunningStack sets a 20 s TTL and a 1 s sweep.
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(platform.reservations(orderId)).singleElement()
                        .satisfies(r -> assertThat(r.get("status")).isEqualTo("EXPIRED")));
        assertThat(platform.sku(sku).getInt("onHand")).isEqualTo(2);
        assertThat(platform.sku(sku).getInt("reserved")).isZero();

        given().baseUri(platform.stack.url("inventory")).auth().oauth2(platform.identities.service())
                .post("/reservations/" + reservationId + "/confirm")
                .then().statusCode(409).contentType("application/problem+json");
        try (EventLog events = platform.events("inventory.events")) {
            assertThat(events.awaitRecords(r -> orderId.equals(r.key())
                    && "ReservationExpired".equals(EventLog.header(r, "eventType")), 1, Duration.ofSeconds(30)))
                    .hasSize(1);
        }
    }
}
