package org.e2e.problem;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request body that Jackson could not read, in the API's own words ("must be an integer",
 * "must be one of: layer, element, …") with a JSON pointer, never with Java types. A text that breaks a rule on its
 * contents ({@link JsonRuleViolation}: NUL, lone surrogates, over-long strings, too many items, duplicates in a set)
 * is a 422; everything else (syntax, unknown or duplicate members, wrong types, trailing content) is a 400.
 */
public final class JsonBodyErrors {

    private JsonBodyErrors() {
    }

    static ProblemException of(JsonProcessingException e, ObjectMapper mapper) {
        String pointer = pointer(e);
        if (isTextRule(e)) {
            return ProblemException.unprocessable(List.of(new Problem.InvalidInput("body", pointer, detail(e, mapper))));
        }
        return ProblemException.invalidBody(pointer, detail(e, mapper));
    }

    /** What is wrong, without the pointer: "must be an array", "is not valid JSON", … */
    public static String detail(JsonProcessingException e, ObjectMapper mapper) {
        if (e instanceof JsonRuleViolation rule) {
            return rule.rule();
        }
        if (e instanceof StreamConstraintsException) {
            return "has a value longer or deeper than this API reads";
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InputCoercionException) {
            return "is a number out of range";
        }
        if (e instanceof JsonParseException) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Duplicate field")) {
                return "is a duplicate member: each member may appear once";
            }
            return message.contains("UTF") || message.contains("surrogate") ? "is not valid UTF-8 JSON" : "is not valid JSON";
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return "has content after the JSON document: a body is exactly one JSON document";
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("No content")) {
            return "is empty: this operation needs a JSON document";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m.getTargetType(), mapper);
        }
        return JsonPointers.of(e).isEmpty() ? "is not a JSON document of the expected shape" : "has a value of the wrong type";
    }

    private static boolean isTextRule(JsonProcessingException e) {
        return e instanceof JsonRuleViolation;
    }

    /** Where the body is wrong: the path of the value being read, or, for a syntax error, where the parser was. */
    static String pointer(JsonProcessingException e) {
        String pointer = JsonPointers.of(e);
        if (pointer.isEmpty() && e instanceof JsonParseException parse && parse.getProcessor() != null
                && parse.getProcessor().getParsingContext() != null) {
            return parse.getProcessor().getParsingContext().pathAsPointer().toString();
        }
        return pointer;
    }

    /** What a value of a Java type looks like in JSON. */
    static String expected(Class<?> type, ObjectMapper mapper) {
        if (type.isEnum()) {
            return "must be one of: " + Arrays.stream(type.getEnumConstants())
                    .map(c -> mapper.valueToTree(c).asText()).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == UUID.class) {
            return "must be a UUID such as 35c8edd3-a1ce-505e-bf0e-5994b6236a7e";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "must be a date or date-time string (ISO 8601)";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getPackageName().startsWith("java")) {
            return "must be a JSON object";
        }
        return "has a value of the wrong type";
    }
}
