package io.orderflow.rest;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.MDC;

/** Sends the correlation id of the request being handled on every outgoing REST client call. */
@Provider
public class CorrelationIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get("correlationId");
        if (id != null && !request.getHeaders().containsKey(CorrelationId.HEADER)) {
            request.getHeaders().putSingle(CorrelationId.HEADER, id.toString());
        }
    }
}
