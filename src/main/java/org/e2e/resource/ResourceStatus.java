package org.e2e.resource;

import jakarta.persistence.Converter;

import org.e2e.db.LowercaseEnumConverter;

/**
 * The life cycle of a library resource: a draft until first published, then published (later edits wait in its
 * pending draft). Stored in lowercase ("draft", "published"), as the resource table's CHECK constraint names them.
 */
public enum ResourceStatus {
    DRAFT, PUBLISHED;

    @Converter(autoApply = true)
    public static class DbConverter extends LowercaseEnumConverter<ResourceStatus> {
        public DbConverter() {
            super(ResourceStatus.class);
        }
    }
}
