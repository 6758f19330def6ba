package org.e2e.problem;
import java.util.List;

/** 409: the write collides with the current state (an existing version or slug, a concurrent write). */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(detail, List.of());
    }
}
