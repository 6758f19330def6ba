package org.e2e.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The one table of what each error means over HTTP: its status, problem type and title, by exception class (the
 * nearest class in the hierarchy wins) and, for the framework's own {@link WebApplicationException}s, by status.
 */
public final class ProblemStatusMap {

    /** What an error is over HTTP. */
    public record Kind(int status, String type, String title) {
    }

    private static final Map<Class<? extends Throwable>, Kind> BY_CLASS = new LinkedHashMap<>();
    private static final Map<Integer, Kind> BY_STATUS = new LinkedHashMap<>();

    static {
        status(400, ProblemTypes.INVALID_REQUEST, "Invalid request");
        status(401, ProblemTypes.UNAUTHORIZED, "Unauthorized");
        status(403, ProblemTypes.FORBIDDEN, "Forbidden");
        status(404, ProblemTypes.NOT_FOUND, "Not Found");
        status(405, ProblemTypes.METHOD_NOT_ALLOWED, "Method Not Allowed");
        status(406, ProblemTypes.NOT_ACCEPTABLE, "Not Acceptable");
        status(409, ProblemTypes.CONFLICT, "Conflict");
        status(412, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed");
        status(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload Too Large");
        status(414, ProblemTypes.URI_TOO_LONG, "URI Too Long");
        status(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type");
        status(422, ProblemTypes.VALIDATION_FAILED, "Validation failed");
        status(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition Required");
        status(431, ProblemTypes.HEADERS_TOO_LARGE, "Request Header Fields Too Large");
        status(500, ProblemTypes.INTERNAL, "Internal Server Error");
        status(501, ProblemTypes.NOT_IMPLEMENTED, "Not Implemented");
        status(503, ProblemTypes.SERVICE_UNAVAILABLE, "Service Unavailable");

        map(NotFoundException.class, BY_STATUS.get(404));
        map(InvalidParameterException.class, new Kind(400, ProblemTypes.INVALID_PARAMETER, "Invalid parameter"));
        map(InvalidBodyException.class, BY_STATUS.get(400));
        map(ConflictException.class, BY_STATUS.get(409));
        map(VersionImmutableException.class, new Kind(409, ProblemTypes.VERSION_IMMUTABLE, "Version is immutable"));
        map(PreconditionRequiredException.class, BY_STATUS.get(428));
        map(PreconditionFailedException.class, BY_STATUS.get(412));
        map(UnprocessableException.class, BY_STATUS.get(422));
        map(PayloadTooLargeException.class, BY_STATUS.get(413));
        map(NotImplementedException.class, BY_STATUS.get(501));
        map(ConstraintViolationException.class, BY_STATUS.get(400));
        map(JsonProcessingException.class, BY_STATUS.get(400));
        map(AuthenticationFailedException.class, BY_STATUS.get(401));
        map(UnauthorizedException.class, BY_STATUS.get(401));
        map(ForbiddenException.class, BY_STATUS.get(403));
    }

    private ProblemStatusMap() {
    }

    private static void status(int status, String type, String title) {
        BY_STATUS.put(status, new Kind(status, type, title));
    }

    private static void map(Class<? extends Throwable> type, Kind kind) {
        BY_CLASS.put(type, kind);
    }

    /** The kind of an exception: its class's entry or its nearest superclass's; 500 for anything unknown. */
    public static Kind of(Throwable e) {
        if (e instanceof WebApplicationException web) {
            return ofStatus(web.getResponse().getStatus());
        }
        for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
            Kind kind = BY_CLASS.get(c);
            if (kind != null) {
                return kind;
            }
        }
        return BY_STATUS.get(500);
    }

    /** The kind of a status, for errors known only by their status (the framework's, Vert.x's). */
    public static Kind ofStatus(int status) {
        Kind kind = BY_STATUS.get(status);
        if (kind != null) {
            return kind;
        }
        Response.StatusType known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : status >= 500 ? "Server Error" : "Client Error";
        return new Kind(status, status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.INVALID_REQUEST, title);
    }
}
