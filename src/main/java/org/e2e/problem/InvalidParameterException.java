package org.e2e.problem;
import java.util.List;

/** 400: a path or query parameter is malformed or out of range; {@code errors} names it. */
public class InvalidParameterException extends ProblemException {

    public InvalidParameterException(String in, String name, String detail) {
        super(capitalized(in) + " parameter '" + name + "' " + detail + ".", List.of(new Problem.InvalidInput(in, name, detail)));
    }

    /** Several invalid parameters at once, summed up by {@link Problem#summary}. */
    public InvalidParameterException(List<Problem.InvalidInput> errors) {
        super(Problem.summary(errors), errors);
    }

    private static String capitalized(String in) {
        return Character.toUpperCase(in.charAt(0)) + in.substring(1);
    }
}
