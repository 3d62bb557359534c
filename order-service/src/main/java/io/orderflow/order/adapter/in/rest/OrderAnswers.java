package io.orderflow.order.adapter.in.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.orderflow.order.application.StoredAnswers.StoredAnswer;
import io.orderflow.order.domain.Order;
import io.orderflow.order.domain.OrderStatus;
import io.orderflow.rest.Problem;
import io.orderflow.rest.ProblemResponse;
import io.orderflow.rest.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The HTTP answer to a placed order: 201 done, 422 refused, 202 still settling. */
@ApplicationScoped
class OrderAnswers {

    private final ObjectMapper json;

    OrderAnswers(ObjectMapper json) {
        this.json = json;
    }

    /** The answer for the order's current state; {@code final} tells whether it can be stored for replays. */
    StoredAnswer answer(Order order, ContainerRequestContext request, UriInfo uri) {
        if (order.status() == OrderStatus.FAILED) {
            ProblemType type = switch (order.failureCode()) {
                case OUT_OF_STOCK -> ProblemType.OUT_OF_STOCK;
                case PAYMENT_DECLINED -> ProblemType.PAYMENT_DECLINED;
                case PAYMENT_FAILED -> ProblemType.PAYMENT_FAILED;
                default -> ProblemType.BUSINESS_RULE;
            };
            Problem problem = ProblemResponse.forOrder(type, "order " + order.id() + " failed: "
                    + order.failureReason(), request, uri, order.id().toString());
            return new StoredAnswer(type.status(), Problem.MEDIA_TYPE, write(problem));
        }
        int status = order.status() == OrderStatus.FULFILLMENT_CREATED || order.status() == OrderStatus.CANCELLED
                ? 201 : 202;
        return new StoredAnswer(status, MediaType.APPLICATION_JSON, write(OrderResponse.of(order)));
    }

    static boolean isFinal(StoredAnswer answer) {
        return answer.status() != 202;
    }

    static Response toHttp(StoredAnswer answer, URI location) {
        Response.ResponseBuilder builder = Response.status(answer.status()).type(answer.contentType())
                .entity(answer.body());
        return answer.status() == 422 ? builder.build() : builder.location(location).build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the order answer", e);
        }
    }
}
