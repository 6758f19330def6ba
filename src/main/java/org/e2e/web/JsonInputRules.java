package org.e2e.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

import org.e2e.problem.JsonRuleViolation;

/**
 * The one ObjectMapper, configured strictly, reads every request body (and is the one every class injects). A body
 * is exactly one JSON document: an unknown member, a duplicate member, content after the document, a number or
 * boolean where a string is declared (or a string where a number is), a fraction for an integer, or a null for a
 * primitive fails with a 400 naming the JSON pointer. Every string, wherever it is in a body, must be valid Unicode
 * (no lone UTF-16 surrogate: the database would store it altered), contain no NUL (PostgreSQL cannot store it) and
 * hold at most {@link #MAX_TEXT_LENGTH} characters; every array and map is bounded as its schema says
 * ({@link BoundedContainers}). Those rules fail with a {@link JsonRuleViolation}, a 422 with the value's pointer.
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    /** The longest text any field takes (the longest text of the sources is under 2,000 characters). */
    public static final int MAX_TEXT_LENGTH = 20_000;

    @Override
    @SuppressWarnings("deprecation") // ALLOW_COERCION_OF_SCALARS is still how Jackson 2 turns scalar coercion off
    public void customize(ObjectMapper objectMapper) {
        objectMapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        objectMapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        objectMapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        objectMapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        objectMapper.registerModule(new SimpleModule("e2e-json-input-rules").addDeserializer(String.class, new Checked())
                .setDeserializerModifier(new BoundedContainers()));
    }

    /** What is wrong with a text a client wrote, or null when it keeps every rule. */
    public static String violation(String value) {
        if (value.length() > MAX_TEXT_LENGTH) {
            return "must be at most " + MAX_TEXT_LENGTH + " characters long";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode: it holds a lone UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")";
            }
        }
        return null;
    }

    /** Strings only from JSON strings (no number or boolean coerced to one), then the rules. */
    static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String value = p.getText();
            String violation = violation(value);
            if (violation != null) {
                throw new JsonRuleViolation(p, violation);
            }
            return value;
        }
    }
}
