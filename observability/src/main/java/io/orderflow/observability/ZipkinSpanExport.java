package io.orderflow.observability;

import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import zipkin2.reporter.urlconnection.URLConnectionSender;

/**
 * Sends spans to a Zipkin server (JSON v2 over HTTP) when {@code orderflow.traces.exporter=zipkin}, as the local
 * stack runs it. Quarkus exports through every {@link SpanExporter} bean and drops its own OTLP exporter while one
 * is there; with any other value this bean is not looked up and the OTLP exporter
 * ({@code quarkus.otel.exporter.otlp.*}) stays in charge.
 */
@Singleton
public class ZipkinSpanExport {

    /** The value of {@code orderflow.traces.exporter} that selects Zipkin. */
    public static final String ZIPKIN = "zipkin";

    @Produces
    @Singleton
    @Unremovable
    @LookupIfProperty(name = "orderflow.traces.exporter", stringValue = ZIPKIN)
    SpanExporter zipkin(@ConfigProperty(name = "orderflow.traces.zipkin-endpoint",
            defaultValue = "http://localhost:9411/api/v2/spans") String endpoint) {
        return ZipkinSpanExporter.builder()
                .setSender(URLConnectionSender.newBuilder().endpoint(endpoint).connectTimeout(1_000)
                        .readTimeout(5_000).build())
                .build();
    }
}
