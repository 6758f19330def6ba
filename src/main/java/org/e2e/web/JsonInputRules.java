package org.e2e.web;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Rules every JSON string a client writes must keep, wherever it is in a body (node fields, resource fields and
 * sections, webhooks, imported packages): no NUL character (PostgreSQL cannot store it) and at most
 * {@link #MAX_TEXT_LENGTH} characters. A string that breaks one fails deserialization with an
 * {@link InvalidFormatException} aimed at String, which the error mapper reports as a 422 with the string's JSON
 * pointer.
 */
@Singleton
public class JsonInputRules implements ObjectMapperCustomizer {

    /** The longest text any field takes (the longest text of the sources is under 2,000 characters). */
    public static final int MAX_TEXT_LENGTH = 20_000;

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.registerModule(new SimpleModule("e2e-json-input-rules").addDeserializer(String.class, new Checked()));
    }

    /** Jackson's own string deserializer, then the rules. */
    static final class Checked extends StdScalarDeserializer<String> {

        Checked() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, context);
            if (value == null) {
                return null;
            }
            if (value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, "must not contain the NUL character (U+0000)", "(text with NUL)", String.class);
            }
            if (value.length() > MAX_TEXT_LENGTH) {
                throw InvalidFormatException.from(p, "must be at most " + MAX_TEXT_LENGTH + " characters long",
                        "(" + value.length() + " characters)", String.class);
            }
            return value;
        }
    }
}
