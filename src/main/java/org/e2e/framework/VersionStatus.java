package org.e2e.framework;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.annotation.JsonValue;

/** The life cycle of a framework version. Stored and served in lowercase. */
public enum VersionStatus {
    DRAFT, PUBLISHED, DEPRECATED;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionStatus fromValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<VersionStatus, String> {
        @Override
        public String convertToDatabaseColumn(VersionStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public VersionStatus convertToEntityAttribute(String value) {
            return value == null ? null : fromValue(value);
        }
    }
}
