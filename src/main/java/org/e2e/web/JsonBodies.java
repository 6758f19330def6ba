package org.e2e.web;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.problem.ProblemException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How a request body becomes a value: from its bytes (so a body that is not UTF-8 is refused by the parser, never
 * decoded with replacement characters), by the one strictly configured ObjectMapper ({@link JsonInputRules}). An
 * empty body where one is required, and a body that is JSON {@code null} or not an object, are a 400.
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper objectMapper;

    public JsonBodies(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public ObjectMapper mapper() {
        return objectMapper;
    }

    /** A required body of {@code type}. */
    public <T> T read(byte[] body, Class<T> type) throws IOException {
        if (blank(body)) {
            throw ProblemException.invalidBody("", "is empty: this operation needs a JSON object");
        }
        T value = objectMapper.readValue(body, type);
        if (value == null) {
            throw ProblemException.invalidBody("", "must be a JSON object, not null");
        }
        return value;
    }

    /** An optional body: none (empty or only white space) is null. */
    public <T> T optional(byte[] body, Class<T> type) throws IOException {
        return blank(body) ? null : read(body, type);
    }

    /**
     * A merge patch (RFC 7396) of a document of {@code type}: a JSON object whose members are read as that type
     * would read them (unknown members, wrong types, texts, array bounds), before anything is looked up; a null
     * member clears a field.
     */
    public JsonNode mergePatch(byte[] body, Class<?> type, String of) throws IOException {
        if (blank(body)) {
            throw ProblemException.invalidBody("", "is empty: this operation needs a JSON object (an RFC 7396 merge patch of " + of + ")");
        }
        JsonNode patch = objectMapper.readTree(body);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidBody("", "must be a JSON object (an RFC 7396 merge patch of " + of + ")");
        }
        objectMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(patch);
        return patch;
    }

    private static boolean blank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
