package org.e2e.problem;

import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.caseapi.CaseException;
import org.e2e.caseapi.CaseMapper;
import org.e2e.web.AllowedMethods;
import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one place where errors become responses. Every error leaves as application/problem+json (RFC 9457), except
 * under the CASE API (/ims/case/v1p1), where every error is an imsx_StatusInfo as its binding requires; the
 * body is serialized here, so it is sent whatever the client's Accept header asked for. Nothing of an unexpected
 * exception (message, class, stack trace, SQL) reaches the client: it is logged with an id that the response
 * carries.
 */
public class ProblemExceptionMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper objectMapper;
    private final AllowedMethods allowedMethods;

    public ProblemExceptionMapper(ObjectMapper objectMapper, AllowedMethods allowedMethods) {
        this.objectMapper = objectMapper;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()), null);
    }

    /** A CASE error: imsx_StatusInfo, as the CASE binding requires, never problem+json. */
    @ServerExceptionMapper
    public Response caseError(CaseException e) {
        return imsx(e.status(), e.fieldName(), e.codeMinor(), e.getMessage(), null);
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
        if (isCase(path)) {
            String allow = status == 405 ? allowed(original, path) : null;
            return switch (status) {
                case 404 -> imsx(404, "sourcedId", "unknownobject", "There is nothing at " + path + ".", null);
                case 405 -> imsx(405, "method", "forbidden", "This method is not allowed on " + path
                        + "; the CASE API is read-only (GET).", allow);
                case 406 -> imsx(406, "Accept", "invalid_selection_field",
                        "The CASE API answers application/json only; the Accept header asked for something else.", null);
                default -> status >= 500 ? caseInternal(e, path)
                        : imsx(status, "request", "invalid_selection_field",
                                "The request could not be processed: " + reason(original) + ".", null);
            };
        }
        Problem problem = switch (status) {
            case 404 -> new Problem(ProblemTypes.NOT_FOUND, "Not Found", 404,
                    "There is nothing at " + path + ".", path, List.of());
            case 405 -> new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method Not Allowed", 405,
                    "This method is not allowed on " + path + "; the Allow header lists the methods that are.", path, List.of());
            case 406 -> new Problem(ProblemTypes.NOT_ACCEPTABLE, "Not Acceptable", 406,
                    "This resource is only available as application/json; the Accept header asked for something else.",
                    path, List.of());
            case 413 -> new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload Too Large", 413,
                    "The request body is larger than this operation accepts.", path, List.of());
            case 415 -> new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", 415,
                    "The request body's Content-Type is not one this operation accepts.", path, List.of());
            default -> status >= 500
                    ? internal(e, path)
                    : new Problem(ProblemTypes.INVALID_REQUEST, reason(original), status,
                            "The request could not be processed: " + reason(original) + ".", path, List.of());
        };
        return respond(problem, status == 405 ? allowed(original, path) : null);
    }

    private String allowed(Response original, String path) {
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow != null ? allow : allowedMethods.allow(path);
    }

    /** No credentials, or a bearer token that is malformed, expired, badly signed or from another issuer. */
    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        String detail = e instanceof AuthenticationFailedException
                ? "The bearer token was refused: it is malformed, expired, not signed by the configured key or not "
                        + "from the configured issuer."
                : "This operation needs a bearer JWT in the Authorization header.";
        Response response = respond(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401, detail, path(uri), List.of()), null);
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "The token's groups do not include a role this operation needs.", path(uri), List.of()), null);
    }

    /** A write that collides with a concurrent one; every other database error is handled as unexpected. */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e, UriInfo uri) {
        if (sqlState(e).equals("23505") && !isCase(path(uri))) {
            return respond(new Problem(ProblemTypes.CONFLICT, "Conflict", 409,
                    "The change collides with a concurrent one; read the resource again and retry.", path(uri), List.of()), null);
        }
        return unexpected(e, uri);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            return unavailable(uri);
        }
        if (isCase(path(uri))) {
            return caseInternal(e, path(uri));
        }
        if (sqlState(e).equals("E2E01")) {
            return respond(new Problem(ProblemTypes.VERSION_IMMUTABLE, "Version is immutable", 409,
                    "Published and deprecated versions never change; edit a draft instead.", path(uri), List.of()), null);
        }
        return respond(internal(e, path(uri)), null);
    }

    private static boolean isCase(String path) {
        return path != null && path.startsWith(CaseMapper.BASE + "/");
    }

    private Response caseInternal(Throwable e, String path) {
        Problem problem = internal(e, path);
        return imsx(500, "request", "internal_server_error", problem.detail(), null);
    }

    /** imsx_StatusInfo with codeMajor failure, severity error and one codeMinor field. */
    private Response imsx(int status, String fieldName, String codeMinor, String description, String allow) {
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(CaseException.statusInfo(fieldName, codeMinor, description));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        Response.ResponseBuilder builder = Response.status(status).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    /**
     * The database cannot be reached: no connection could be made or acquired in time (Agroal's acquisition
     * timeout), or the one in use broke. The client may retry; the cause is logged, never sent.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.JDBCConnectionException || t instanceof java.net.ConnectException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(java.util.Locale.ROOT);
                if (state.startsWith("08") || state.startsWith("57P") || message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Response unavailable(UriInfo uri) {
        LOG.warnf("Database unavailable while serving %s", path(uri));
        Response response = isCase(path(uri))
                ? imsx(503, "request", "server_busy", "The database is unreachable at the moment. Retry later.", null)
                : respond(new Problem(ProblemTypes.SERVICE_UNAVAILABLE, "Service Unavailable", 503,
                "The database is unreachable at the moment; published framework versions are still served. Retry later.",
                path(uri), List.of()), null);
        return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
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
