package io.orderflow.order.adapter.in.kafka;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Record headers as text. */
final class Headers {

    private Headers() {
    }

    /** The last header of that name as UTF-8 text, or null. */
    static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every header (the last of each name), with characters a database cannot store replaced. */
    static Map<String, String> all(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(storable(header.key()),
                    header.value() == null ? null : storable(new String(header.value(), StandardCharsets.UTF_8)));
        }
        return headers;
    }

    static String storable(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }
}
