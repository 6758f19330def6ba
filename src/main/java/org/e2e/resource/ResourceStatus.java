package org.e2e.resource;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * The life cycle of a library resource: a draft until first published, then published (later edits wait in its
 * pending draft). Stored in lowercase, as the resource table's CHECK constraint names them.
 */
public enum ResourceStatus {
    DRAFT, PUBLISHED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ResourceStatus fromValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<ResourceStatus, String> {
        @Override
        public String convertToDatabaseColumn(ResourceStatus status) {
            return status == null ? null : status.value();
        }

        @Override
        public ResourceStatus convertToEntityAttribute(String value) {
            return value == null ? null : fromValue(value);
        }
    }
}
