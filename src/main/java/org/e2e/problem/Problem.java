package org.e2e.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document. {@code errors} is the extension member that lists every invalid input
 * when there is more than one thing wrong (bad query parameters, validation of a request body or package).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. Sent as application/problem+json for every error.")
public record Problem(
        @Schema(required = true, description = "A URI reference that identifies the problem type.", examples = "urn:e2e:problem:not-found")
        String type,
        @Schema(required = true, description = "A short, human-readable summary of the problem type.", examples = "Not Found")
        String title,
        @Schema(required = true, description = "The HTTP status code.", examples = "404")
        int status,
        @Schema(required = true, description = "A human-readable explanation specific to this occurrence.",
                examples = "There is no framework 'e2e-relationship'.")
        String detail,
        @Schema(required = true, description = "The request path that caused the problem.", examples = "/api/v1/frameworks/e2e-relationship")
        String instance,
        @Schema(description = "Each invalid input, when the problem is about input: at most " + Problem.MAX_ERRORS
                + " of them (see errorsOmitted).", maxItems = Problem.MAX_ERRORS)
        List<InvalidInput> errors,
        @Schema(description = "How many more invalid inputs there were than `errors` lists; absent when it lists them all.",
                examples = "12", minimum = "1")
        Integer errorsOmitted) {

    /** The most invalid inputs one problem lists: no error response grows with the input. */
    public static final int MAX_ERRORS = 50;

    /** A problem listing the first {@link #MAX_ERRORS} of {@code errors} and how many it left out. */
    public Problem(String type, String title, int status, String detail, String instance, List<InvalidInput> errors) {
        this(type, title, status, detail, instance, errors.size() > MAX_ERRORS ? List.copyOf(errors.subList(0, MAX_ERRORS)) : errors,
                errors.size() > MAX_ERRORS ? errors.size() - MAX_ERRORS : null);
    }

    /**
     * The one sentence that sums up invalid inputs: the input and what is wrong with it when there is one, else how
     * many there are ("3 problems; see 'errors'.").
     */
    public static String summary(List<InvalidInput> errors) {
        if (errors.size() == 1) {
            return "'" + errors.get(0).name() + "' " + errors.get(0).detail() + ".";
        }
        return errors.size() + " problems; see 'errors'.";
    }

    @Schema(name = "InvalidInput", description = "One invalid input: a query parameter, header or body field.")
    public record InvalidInput(
            @Schema(required = true, description = "Where the input was: query, path, header or body.", examples = "query")
            String in,
            @Schema(required = true, description = "The parameter name, or a JSON pointer into the body.", examples = "size")
            String name,
            @Schema(required = true, description = "What is wrong with it.", examples = "must be an integer between 1 and 100")
            String detail) {
    }
}
