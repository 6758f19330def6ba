package org.e2e.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.postgresql.util.PSQLException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where exceptions become error responses. Each exception's status, problem type and title come from
 * {@link ProblemStatusMap}; the body is written by {@link ProblemRendering} in the format of the request's path
 * (application/problem+json, or a binding's own format such as CASE's imsx_StatusInfo), whatever the client's Accept
 * header asked for. Nothing of an unexpected exception (message, class, stack trace, SQL) reaches the client: it is
 * logged with an incident id that the response carries.
 */
public class ProblemExceptionMapper {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class);
    /** The server's blocking request input stream: an I/O failure thrown there is the request body's. */
    private static final String REQUEST_INPUT = "org.jboss.resteasy.reactive.server.vertx.VertxInputStream";
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ProblemRendering rendering;
    private final ObjectMapper objectMapper;

    public ProblemExceptionMapper(ProblemRendering rendering, ObjectMapper objectMapper) {
        this.rendering = rendering;
        this.objectMapper = objectMapper;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e, e.getMessage(), e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidInput> errors = e.getConstraintViolations().stream()
                .map(ProblemExceptionMapper::toInvalidInput)
                .sorted(Comparator.comparing(Problem.InvalidInput::name))
                .toList();
        return respond(e, Problem.summary(errors), errors, uri);
    }

    /** A body Jackson could not read: said in the API's words, with a JSON pointer (see {@link JsonBodyErrors}). */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, JsonParseException.class })
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        return problem(JsonBodyErrors.of(e, objectMapper), uri);
    }

    /** The framework's own refusals: no such path (404), method (405), representation (406), media type (415), … */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uri);
        }
        String path = path(uri);
        String detail = switch (status) {
            case 400 -> "The request could not be read; check its syntax, headers and body.";
            case 404 -> "There is nothing at " + path + ".";
            case 405 -> "This method is not allowed on " + path + "; the Allow header lists the methods that are.";
            case 406 -> "This resource is not available in a media type that the Accept header allows.";
            case 413 -> "The request body is larger than this operation accepts.";
            case 415 -> "The request body's Content-Type is not one this operation accepts.";
            default -> "The request could not be processed: " + original.getStatusInfo().getReasonPhrase() + ".";
        };
        Response response = respond(e, detail, List.of(), uri);
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    /** No credentials, or a bearer token that is malformed, expired, badly signed or from another issuer. */
    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        String detail = e instanceof AuthenticationFailedException
                ? "The bearer token was refused: it is malformed, expired, not signed by the configured key, not "
                        + "from the configured issuer or names no usable caller."
                : "This operation needs a bearer JWT in the Authorization header.";
        return Response.fromResponse(respond(e, detail, List.of(), uri)).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(e, "The token's groups do not include a role this operation needs.", List.of(), uri);
    }

    /** A write that collides with a concurrent one; every other database error is handled as unexpected. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (sqlState(e).equals("23505")) {
            return problem(ProblemException.conflict(
                    "The change collides with a concurrent one; read the resource again and retry."), uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s", path(uri));
            Response response = render(new Problem(ProblemTypes.SERVICE_UNAVAILABLE, "Service Unavailable", 503,
                    "The database is unreachable at the moment; published framework versions are still served. Retry later.",
                    path(uri), List.of()), e);
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (sqlState(e).equals("E2E01")) {
            return problem(ProblemException.immutable("Published and deprecated versions never change; edit a draft instead."), uri);
        }
        Optional<String> unreadBody = bodyReadFailure(e);
        if (unreadBody.isPresent()) {
            // The client's doing (a malformed chunk, a body that stopped arriving past quarkus.http.read-timeout, a
            // connection it closed): no incident, no stack trace. The server has usually closed the connection
            // already; where it has not, the answer closes it, since the rest of it cannot be read.
            LOG.debugf("Request body on %s could not be read: %s", path(uri), unreadBody.get());
            ProblemStatusMap.Kind badRequest = ProblemStatusMap.ofStatus(400);
            Response response = render(new Problem(badRequest.type(), badRequest.title(), 400, "The request body could "
                    + "not be read: its framing (Content-Length or chunks) is broken, or it stopped arriving.", path(uri),
                    List.of()), e);
            return Response.fromResponse(response).header("Connection", "close").build();
        }
        String incident = UUID.randomUUID().toString();
        String state = sqlState(e);
        if (state.startsWith("23")) {
            // Never the exception: its messages can carry the row's values (secrets). The constraint's name is enough.
            LOG.errorf("Unexpected error %s on %s: constraint %s refused a write (SQLSTATE %s)", incident, path(uri),
                    constraintName(e), state);
        } else {
            LOG.errorf(e, "Unexpected error %s on %s", incident, path(uri));
        }
        return respond(e, "The service failed to handle this request. Quote incident " + incident + " when reporting it.",
                List.of(), uri);
    }

    private Response respond(Throwable e, String detail, List<Problem.InvalidInput> errors, UriInfo uri) {
        ProblemStatusMap.Kind kind = ProblemStatusMap.of(e);
        return render(new Problem(kind.type(), kind.title(), kind.status(), detail, path(uri), errors), e);
    }

    private Response render(Problem problem, Throwable cause) {
        ProblemRendering.Rendered rendered = rendering.render(problem, cause);
        return Response.status(problem.status()).type(rendered.mediaType()).entity(rendered.body()).build();
    }

    /**
     * The database cannot be reached: no connection could be made or acquired in time (Agroal's acquisition
     * timeout), or the one in use broke. The client may retry; the cause is logged, never sent.
     */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof ConnectException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                if (state.startsWith("08") || state.startsWith("57P") || message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String constraintName(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PSQLException sql && sql.getServerErrorMessage() != null && sql.getServerErrorMessage().getConstraint() != null) {
                return sql.getServerErrorMessage().getConstraint();
            }
        }
        return "(unnamed)";
    }

    /**
     * The message of the I/O failure when the request body could not be read from the connection (thrown by the
     * server's request input stream), else empty.
     */
    static Optional<String> bodyReadFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith(REQUEST_INPUT)) {
                Throwable root = t;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                return Optional.of(String.valueOf(root.getMessage()));
            }
        }
        return Optional.empty();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    private static Problem.InvalidInput toInvalidInput(ConstraintViolation<?> violation) {
        // Property paths look like "listActions.size" or "create.arg0.version": the last node is what the client
        // named; the method name before it is an internal detail.
        String path = violation.getPropertyPath().toString();
        String name = path.substring(path.lastIndexOf('.') + 1);
        return new Problem.InvalidInput("query", name, violation.getMessage());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
