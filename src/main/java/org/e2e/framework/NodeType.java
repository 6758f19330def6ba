package org.e2e.framework;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a node of the content tree is. Stored and served in lowercase. */
public enum NodeType {
    LAYER, ELEMENT, CATEGORY, ACTION, QUOTE, NARRATIVE,
    PRINCIPLES, PRINCIPLE, OUTCOMES, OUTCOME, REFERENCES, REFERENCE;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeType fromValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<NodeType, String> {
        @Override
        public String convertToDatabaseColumn(NodeType type) {
            return type == null ? null : type.value();
        }

        @Override
        public NodeType convertToEntityAttribute(String value) {
            return value == null ? null : fromValue(value);
        }
    }
}
