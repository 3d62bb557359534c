package io.orderflow.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The consumers of the domain events on the whole stack: the relay publishes every service's events, order-service
 * projects them into the order's timeline and mails the customer through the stack's real SMTP server, read back
 * over IMAP.
 */
class NotificationsAndTimelineIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Platform platform = new Platform(RunningStack.get());

    @Test
    void anOrderIsMailedOnceWhenConfirmedAndItsTimelineShowsEveryServicesStepsUnderOneCorrelationId() throws Exception {
        String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String token = platform.identities.newCustomerWithEmail(email);
        String sku = platform.newSku(5, 1999);
        Response placed = as(token).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"items":[{"sku":"%s","quantity":2}],"shippingAddress":"1 Main St, Springfield",
                         "paymentToken":"tok_approve","currency":"EUR"}""".formatted(sku))
                .post("/orders");
        placed.then().statusCode(201);
        String order = placed.path("id");
        String correlationId = placed.header("X-Correlation-Id");

        JsonPath timeline = await().atMost(PATIENCE).until(() -> as(token).get("/orders/" + order + "/timeline")
                .then().statusCode(200).extract().jsonPath(), t -> t.getList("steps.event").contains("OrderConfirmed")
                && t.getList("steps.event").contains("ReservationConfirmed"));
        assertThat(timeline.getList("steps.event", String.class)).contains("OrderPlaced", "StockReserved",
                "PaymentCaptured", "FulfillmentRequested", "ReservationConfirmed", "OrderConfirmed");
        assertThat(timeline.getList("steps.service", String.class)).contains("order-service", "inventory-service",
                "payment-fulfillment-service");
        assertThat(timeline.getList("steps.correlationId", String.class)).containsOnly(correlationId);
        assertThat(timeline.getString("current.state")).isEqualTo("DONE");

        await().atMost(PATIENCE).until(() -> subjects(email).size() == 1);
        assertThat(subjects(email)).containsExactly("Your order " + order + " is confirmed");

        as(token).post("/orders/" + order + "/cancel").then().statusCode(200);
        await().atMost(PATIENCE).until(() -> subjects(email).size() == 3);
        assertThat(subjects(email)).containsExactlyInAnyOrder("Your order " + order + " is confirmed",
                "Your order " + order + " is cancelled", "Refund for your order " + order);
    }

    private RequestSpecification as(String token) {
        return given().baseUri(platform.stack.url("gateway")).auth().oauth2(token);
    }

    /** The subjects in the address's inbox on the stack's mail server (IMAP; any password). */
    private List<String> subjects(String address) throws Exception {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("localhost", platform.stack.config().port("imap"), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }
}
