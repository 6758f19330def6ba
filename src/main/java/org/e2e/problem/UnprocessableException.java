package org.e2e.problem;
import java.util.List;

/** 422: well-formed input that breaks rules; {@code errors} lists every one, each with a JSON pointer. */
public class UnprocessableException extends ProblemException {

    /** @param context what was checked, such as "The package is invalid", or null; the summary of the errors follows it */
    public UnprocessableException(String context, List<Problem.InvalidInput> errors) {
        super(context == null ? Problem.summary(errors) : context + ": " + Problem.summary(errors), errors);
    }
}
