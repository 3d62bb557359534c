package io.orderflow.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.CharConversionException;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error a service raises into {@code application/problem+json}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(e.type(), e.getMessage(), request, uri, null);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, ContainerRequestContext request, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("request is not valid");
        return ProblemResponse.of(ProblemType.VALIDATION_FAILED, detail, request, uri, violations);
    }

    /** The services' value objects refuse bad input with an IllegalArgumentException whose message says why. */
    @ServerExceptionMapper
    public Response invalidArgument(IllegalArgumentException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.VALIDATION_FAILED, e.getMessage(), request, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, ContainerRequestContext request, UriInfo uri) {
        String detail = "request body is not valid JSON for this operation";
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String path = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            detail = "field '" + path + "' has the wrong type or format";
        }
        return ProblemResponse.of(ProblemType.MALFORMED_REQUEST, detail, request, uri, null);
    }

    /**
     * Jackson guesses a body's encoding from its first bytes: one that starts with NUL bytes is read as UTF-16 or
     * UTF-32, and when it is not, the decoder's {@link CharConversionException} (an IOException, not a Jackson
     * exception) would otherwise be a 500.
     */
    @ServerExceptionMapper
    public Response undecodable(CharConversionException e, ContainerRequestContext request, UriInfo uri) {
        return ProblemResponse.of(ProblemType.MALFORMED_REQUEST, "request body is not JSON in UTF-8: its bytes "
                + "cannot be read as text", request, uri, null);
    }

    /**
     * Quarkus maps this exact type (a value of the wrong type, such as a malformed UUID) itself and would win
     * over the {@link JsonProcessingException} mapper above with a plain 400; this keeps it problem+json.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, ContainerRequestContext request, UriInfo uri) {
        return unreadable(e, request, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request, UriInfo uri) {
        int status = e.getResponse().getStatus();
        ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED_REQUEST;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED_REQUEST;
        };
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? type.title() : e.getMessage();
        Response problem = ProblemResponse.of(type, detail, request, uri, null);
        String allow = e.getResponse().getHeaderString("Allow");
        return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(RuntimeException e, ContainerRequestContext request, UriInfo uri) {
        if (databaseUnreachable(e)) {
            LOG.warnf("database unreachable on %s %s: %s", request.getMethod(), uri.getPath(), e.toString());
            return ProblemResponse.of(ProblemType.DEPENDENCY_UNAVAILABLE, "the database is not reachable right now; "
                    + "retry shortly with the same Idempotency-Key", request, uri);
        }
        LOG.errorf(e, "unexpected error on %s %s", request.getMethod(), uri.getPath());
        return ProblemResponse.of(ProblemType.INTERNAL, "the request failed unexpectedly; it is safe to retry with the same "
                + "Idempotency-Key", request, uri, null);
    }

    /**
     * A lost or refused database connection: SQL state class 08, a server shutting down or starting
     * (57P01-57P03), or no connection from the pool.
     */
    private static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))
                    || String.valueOf(t.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Drop the "method.argN." prefix Bean Validation puts on resource parameters.
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
