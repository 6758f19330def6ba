package org.e2e.db;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum constant as its name in lowercase (DRAFT as "draft"), the spelling of the schema's CHECK constraints.
 * A status enum declares {@code @Converter(autoApply = true) public static class DbConverter extends
 * LowercaseEnumConverter<ItsEnum>} with a constructor that names its class.
 */
public abstract class LowercaseEnumConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected LowercaseEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
