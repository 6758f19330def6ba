package org.e2e.problem;
import java.util.List;

/** 412: If-Match names an ETag that is no longer current. */
public class PreconditionFailedException extends ProblemException {

    public PreconditionFailedException(String detail) {
        super(detail, List.of(new Problem.InvalidInput("header", "If-Match", "does not match the current ETag")));
    }
}
