package org.e2e.problem;
import java.util.List;

/** 501: a documented option this service does not provide (oEmbed XML). */
public class NotImplementedException extends ProblemException {

    public NotImplementedException(String detail) {
        super(detail, List.of());
    }
}
