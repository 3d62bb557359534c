package io.orderflow.order.adapter.out.rest;

import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Reading other services' answers: bodies, problem details, and which failures leave a call in doubt. */
final class Answers {

    private Answers() {
    }

    static <T> List<T> list(Response response, GenericType<List<T>> type) {
        return response.readEntity(type);
    }

    /** The problem+json detail of an error answer, or its status line when there is none. */
    static String detail(Response response) {
        try {
            Map<?, ?> problem = response.readEntity(Map.class);
            Object detail = problem == null ? null : problem.get("detail");
            return detail != null ? detail.toString() : "HTTP " + response.getStatus();
        } catch (RuntimeException e) {
            return "HTTP " + response.getStatus();
        }
    }

    static boolean serverError(Response response) {
        return response.getStatus() >= 500;
    }

    /** Why a call produced no answer: timeout, refused or dropped connection, open circuit. */
    static String cause(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
