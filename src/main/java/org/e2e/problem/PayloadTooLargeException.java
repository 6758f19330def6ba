package org.e2e.problem;
import java.util.List;

/** 413: a request body, or a text in it, over its documented limit. */
public class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limit) {
        super("The request body exceeds the limit of " + limit + " bytes.", List.of());
    }
}
