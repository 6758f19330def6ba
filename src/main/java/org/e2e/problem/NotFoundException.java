package org.e2e.problem;
import java.util.List;

/** 404: there is nothing at the path, or the caller may not see it (drafts for anonymous readers). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String detail) {
        super(detail, List.of());
    }
}
