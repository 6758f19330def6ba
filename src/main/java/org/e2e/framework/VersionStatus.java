package org.e2e.framework;

import java.util.Locale;

import jakarta.persistence.Converter;

import org.e2e.db.LowercaseEnumConverter;

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
    public static class DbConverter extends LowercaseEnumConverter<VersionStatus> {
        public DbConverter() {
            super(VersionStatus.class);
        }
    }
}
