package org.e2e.problem;
import java.util.List;

/** 400: a request body that cannot be read at all (not JSON, a value of the wrong type); {@code errors} holds the JSON pointer. */
public class InvalidBodyException extends ProblemException {

    public InvalidBodyException(String pointer, String detail) {
        super("The request body is invalid: " + (pointer.isEmpty() ? "" : "'" + pointer + "' ") + detail + ".",
                List.of(new Problem.InvalidInput("body", pointer, detail)));
    }
}
