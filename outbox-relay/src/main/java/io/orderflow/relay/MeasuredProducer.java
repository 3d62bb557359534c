package io.orderflow.relay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A producer that reports each acknowledgement (or refusal) to a database's meters and otherwise is the producer
 * it wraps. A proxy rather than a class, so it keeps up with every method Kafka adds to {@link Producer}.
 */
final class MeasuredProducer {

    private static final JsonFactory JSON = new JsonFactory();

    private MeasuredProducer() {
    }

    @SuppressWarnings("unchecked")
    static Producer<String, String> wrap(Producer<String, String> producer, DatabaseMeters meters) {
        return (Producer<String, String>) Proxy.newProxyInstance(Producer.class.getClassLoader(),
                new Class<?>[] {Producer.class}, (proxy, method, args) -> {
                    if (isSend(method)) {
                        ProducerRecord<String, String> record = (ProducerRecord<String, String>) args[0];
                        Callback then = args.length > 1 ? (Callback) args[1] : null;
                        return producer.send(record, (metadata, error) -> {
                            if (error == null) {
                                meters.acknowledged(occurredAt(record.value()));
                            } else {
                                meters.refused();
                            }
                            if (then != null) {
                                then.onCompletion(metadata, error);
                            }
                        });
                    }
                    try {
                        return method.invoke(producer, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean isSend(Method method) {
        return method.getName().equals("send") && method.getParameterCount() >= 1
                && method.getParameterTypes()[0] == ProducerRecord.class;
    }

    /** The top-level {@code occurredAt} of an event envelope (see event-outbox's EventEnvelope), or null. */
    static Instant occurredAt(String value) {
        if (value == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (field.equals("occurredAt") && token == JsonToken.VALUE_STRING) {
                    return Instant.parse(parser.getText());
                }
                if (field.equals("occurredAt") && token.isNumeric()) {
                    // Jackson's other way of writing an Instant: seconds since the epoch, with a fraction.
                    java.math.BigDecimal seconds = parser.getDecimalValue();
                    return Instant.ofEpochSecond(seconds.longValue(),
                            seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
                }
                parser.skipChildren();
            }
            return null;
        } catch (java.io.IOException | DateTimeParseException e) {
            return null;
        }
    }
}
