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
