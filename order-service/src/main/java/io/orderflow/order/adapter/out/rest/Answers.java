package io.orderflow.order.adapter.out.rest;

import io.orderflow.order.application.StepOutcome;
import io.orderflow.order.application.CancellationOutcome;
import io.orderflow.rest.ProblemType;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Reading other services' answers: bodies, problem details, and which failures leave a call in doubt. */
final class Answers {

    private Answers() {
    }

    static <T> List<T> list(Response response, GenericType<List<T>> type) {
        return response.readEntity(type);
    }

    /** An error answer as problem+json: its stable {@code type} URI and its detail. */
    record ProblemAnswer(int status, String type, String detail) {

        boolean is(ProblemType expected) {
            return expected.uri().toString().equals(type);
        }
    }

    static ProblemAnswer problem(Response response) {
        String status = "HTTP " + response.getStatus();
        try {
            Map<?, ?> problem = response.readEntity(Map.class);
            Object type = problem == null ? null : problem.get("type");
            Object detail = problem == null ? null : problem.get("detail");
            return new ProblemAnswer(response.getStatus(), type == null ? "" : type.toString(),
                    detail != null ? detail.toString() : status);
        } catch (RuntimeException e) {
            return new ProblemAnswer(response.getStatus(), "", status);
        }
    }

    /** The problem+json detail of an error answer, or its status line when there is none. */
    static String detail(Response response) {
        return problem(response).detail();
    }

    /** A command's answer: 200 done, no business answer in doubt, anything else a final refusal. */
    static StepOutcome step(String participant, Supplier<Response> call) {
        try (Response response = call.get()) {
            int status = response.getStatus();
            if (status == 200) {
                return new StepOutcome.Done();
            }
            return noBusinessAnswer(response) ? new StepOutcome.InDoubt(participant + " answered " + status)
                    : new StepOutcome.Refused(detail(response));
        } catch (RuntimeException e) {
            return new StepOutcome.InDoubt(cause(e));
        }
    }

    /** A cancellation's answer: 200 compensated, 409 shipment-dispatched refused, anything else in doubt. */
    static CancellationOutcome cancellation(String participant, Supplier<Response> call) {
        try (Response response = call.get()) {
            if (response.getStatus() == 200) {
                return new CancellationOutcome.Compensated();
            }
            ProblemAnswer problem = problem(response);
            if (problem.is(ProblemType.SHIPMENT_DISPATCHED)) {
                return new CancellationOutcome.ShipmentDispatched(problem.detail());
            }
            return new CancellationOutcome.InDoubt(participant + " answered " + problem.status() + ": "
                    + problem.detail());
        } catch (RuntimeException e) {
            return new CancellationOutcome.InDoubt(cause(e));
        }
    }

    /**
     * An answer that says nothing about the command: the participant failed (5xx), shed load (429), or refused
     * this service's own credentials (401, 403; a token or configuration problem an operator fixes). Such a
     * command is in doubt and asked about again, never taken as the participant's refusal.
     */
    static boolean noBusinessAnswer(Response response) {
        int status = response.getStatus();
        return status >= 500 || status == 401 || status == 403 || status == 429;
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
