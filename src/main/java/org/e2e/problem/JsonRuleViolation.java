package org.e2e.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON value that is well formed and of the right type but breaks a rule of its contents: a text with NUL, a lone
 * surrogate or too many characters, an array with too many items or a duplicate where a set is meant. Thrown while
 * the body is read, so Jackson adds the path; the error mapper answers a 422 naming that JSON pointer.
 */
public final class JsonRuleViolation extends JsonMappingException {

    private final String rule;

    public JsonRuleViolation(JsonParser parser, String rule) {
        super(parser, rule);
        this.rule = rule;
    }

    /** What is wrong, in the API's words ("must have at most 50 items"). */
    public String rule() {
        return rule;
    }
}
