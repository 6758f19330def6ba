package org.e2e.problem;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one place where errors become responses. Every error leaves as application/problem+json (RFC 9457); the
 * body is serialized here, so it is sent whatever the client's Accept header asked for. Nothing of an unexpected
 * exception (message, class, stack trace, SQL) reaches the client: it is logged with an id that the response
 * carries.
 */
public class ProblemExceptionMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);

    private final ObjectMapper objectMapper;

    public ProblemExceptionMapper(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()), null);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidInput> errors = e.getConstraintViolations().stream()
                .map(ProblemExceptionMapper::toInvalidInput)
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        String detail = errors.size() == 1
                ? "'" + errors.get(0).name() + "' " + errors.get(0).detail() + "."
                : errors.size() + " inputs are invalid; see 'errors'.";
        return respond(new Problem(ProblemTypes.INVALID_REQUEST, "Invalid request", 400, detail, path(uri), errors), null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        String path = path(uri);
        Problem problem = switch (status) {
            case 404 -> new Problem(ProblemTypes.NOT_FOUND, "Not Found", 404,
                    "There is nothing at " + path + ".", path, List.of());
            case 405 -> new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method Not Allowed", 405,
                    "This method is not allowed on " + path + "; the Allow header lists the methods that are.", path, List.of());
            case 406 -> new Problem(ProblemTypes.NOT_ACCEPTABLE, "Not Acceptable", 406,
                    "This resource is only available as application/json; the Accept header asked for something else.",
                    path, List.of());
            case 415 -> new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", 415,
                    "The request body's Content-Type is not one this operation accepts.", path, List.of());
            default -> status >= 500
                    ? internal(e, path)
                    : new Problem(ProblemTypes.INVALID_REQUEST, reason(original), status,
                            "The request could not be processed: " + reason(original) + ".", path, List.of());
        };
        return respond(problem, status == 405 ? original.getHeaderString(HttpHeaders.ALLOW) : null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return respond(internal(e, path(uri)), null);
    }

    private static Problem internal(Throwable e, String path) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, path);
        return new Problem(ProblemTypes.INTERNAL, "Internal Server Error", 500,
                "The service failed to handle this request. Quote incident " + incident + " when reporting it.",
                path, List.of());
    }

    private Response respond(Problem problem, String allow) {
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        Response.ResponseBuilder builder = Response.status(problem.status()).type(PROBLEM_JSON).entity(body);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    private static Problem.InvalidInput toInvalidInput(ConstraintViolation<?> violation) {
        // Property paths look like "listActions.size" or "create.arg0.version": the last node is what the client
        // named; the method name before it is an internal detail.
        String path = violation.getPropertyPath().toString();
        String name = path.substring(path.lastIndexOf('.') + 1);
        return new Problem.InvalidInput("query", name, violation.getMessage());
    }

    private static String reason(Response response) {
        return response.getStatusInfo().getReasonPhrase();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
