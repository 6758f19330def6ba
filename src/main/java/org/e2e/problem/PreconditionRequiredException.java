package org.e2e.problem;
import java.util.List;

/** 428: a write without If-Match. */
public class PreconditionRequiredException extends ProblemException {

    public PreconditionRequiredException(String detail) {
        super(detail, List.of(new Problem.InvalidInput("header", "If-Match", "is required")));
    }
}
