package org.e2e.problem;

import java.util.List;

/**
 * Thrown by services and resources for every client error the API reports. The single exception mapper turns it
 * into an application/problem+json response; its message is written for the client and never holds internals.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.InvalidInput> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.InvalidInput> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not Found", detail, List.of());
    }

    public static ProblemException invalidParameter(String name, String detail) {
        return new ProblemException(400, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
                "Query parameter '" + name + "' " + detail + ".",
                List.of(new Problem.InvalidInput("query", name, detail)));
    }

    public static ProblemException invalidHeader(String name, String detail) {
        return new ProblemException(400, ProblemTypes.INVALID_PARAMETER, "Invalid parameter",
                "Header '" + name + "' " + detail + ".",
                List.of(new Problem.InvalidInput("header", name, detail)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", detail, List.of());
    }

    /** A write aimed at a published or deprecated version, which never changes. */
    public static ProblemException immutable(String detail) {
        return new ProblemException(409, ProblemTypes.VERSION_IMMUTABLE, "Version is immutable", detail, List.of());
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition Required", detail,
                List.of(new Problem.InvalidInput("header", "If-Match", "is required")));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed", detail,
                List.of(new Problem.InvalidInput("header", "If-Match", "does not match the current ETag")));
    }

    /** 422: the input is well-formed but breaks rules; {@code errors} lists every one, each with a JSON pointer. */
    public static ProblemException unprocessable(String detail, List<Problem.InvalidInput> errors) {
        return new ProblemException(422, ProblemTypes.VALIDATION_FAILED, "Validation failed", detail, errors);
    }

    /** 400 for a request body that cannot be read at all (not JSON, wrong types). */
    public static ProblemException invalidBody(String pointer, String detail) {
        return new ProblemException(400, ProblemTypes.INVALID_REQUEST, "Invalid request",
                "The request body is invalid: " + detail + ".", List.of(new Problem.InvalidInput("body", pointer, detail)));
    }

    public static ProblemException payloadTooLarge(long limit) {
        return new ProblemException(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload Too Large",
                "The request body exceeds the limit of " + limit + " bytes.", List.of());
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.InvalidInput> errors() {
        return errors;
    }
}
