package org.e2e.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.e2e.problem.JsonRuleViolation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * The bounds of every array and map in a request body, taken from the same {@code @Schema} the spec shows
 * ({@code maxItems}, {@code uniqueItems}, {@code maxProperties}): a list, set or map property that declares a bound
 * is read item by item and refused at the first item past it, before the rest of the body is even parsed, and a set
 * ({@code uniqueItems}) with a duplicate is refused (never collapsed). Both are a {@link JsonRuleViolation}, a 422
 * naming the array. A body array or map without a declared bound cannot be read: the modifier refuses to build it.
 */
final class BoundedContainers extends BeanDeserializerModifier {

    @Override
    public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean, BeanDeserializerBuilder builder) {
        if (!bean.getBeanClass().getPackageName().startsWith("org.e2e")) {
            return builder;
        }
        for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext();) {
            SettableBeanProperty property = it.next();
            JavaType type = property.getType();
            if (!type.isCollectionLikeType() && !type.isMapLikeType()) {
                continue;
            }
            Schema schema = property.getAnnotation(Schema.class);
            int max = schema == null ? 0 : type.isMapLikeType() ? schema.maxProperties() : schema.maxItems();
            if (max <= 0 || max == Integer.MAX_VALUE) {
                throw new IllegalStateException(bean.getBeanClass().getSimpleName() + "." + property.getName()
                        + " is read from request bodies but its @Schema declares no " + (type.isMapLikeType() ? "maxProperties" : "maxItems"));
            }
            builder.addOrReplaceProperty(property.withValueDeserializer(new Bounded(type, max, schema.uniqueItems(), null)), true);
        }
        return builder;
    }

    /**
     * Values whose JSON form is a string (enums, UUIDs, dates and times) are read only from JSON strings that keep
     * the text rules: Jackson would otherwise take a number for an enum's creator or an epoch for an instant.
     */
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription bean,
            JsonDeserializer<?> deserializer) {
        return new StringsOnly(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
        Class<?> type = bean.getBeanClass();
        boolean string = type == UUID.class || type.getPackageName().equals("java.time");
        return string ? new StringsOnly(deserializer) : deserializer;
    }

    static final class StringsOnly extends DelegatingDeserializer {

        StringsOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new StringsOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), p);
            }
            String violation = JsonInputRules.violation(p.getText());
            if (violation != null) {
                throw new JsonRuleViolation(p, violation);
            }
            return super.deserialize(p, context);
        }
    }

    /** A list, set or map with string keys, read one item at a time against its bound. */
    static final class Bounded extends StdDeserializer<Object> implements ContextualDeserializer {

        private final JavaType type;
        private final int max;
        private final boolean unique;
        private final JsonDeserializer<Object> items;

        Bounded(JavaType type, int max, boolean unique, JsonDeserializer<Object> items) {
            super(type);
            this.type = type;
            this.max = max;
            this.unique = unique;
            this.items = items;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
            return new Bounded(type, max, unique, context.findContextualValueDeserializer(type.getContentType(), property));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return type.isMapLikeType() ? map(p, context) : collection(p, context);
        }

        private Object collection(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.isExpectedStartArrayToken()) {
                return context.handleUnexpectedToken(type, p);
            }
            List<Object> values = new ArrayList<>();
            Set<Object> seen = unique ? new HashSet<>() : null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (values.size() == max) {
                    throw new JsonRuleViolation(p, "must have at most " + max + " items");
                }
                Object value;
                try {
                    value = t == JsonToken.VALUE_NULL ? items.getNullValue(context) : items.deserialize(p, context);
                } catch (IOException e) {
                    throw JsonMappingException.wrapWithPath(e, values, values.size());
                }
                if (seen != null && value != null && !seen.add(value)) {
                    throw JsonMappingException.wrapWithPath(new JsonRuleViolation(p,
                            "is a duplicate: the items of this array are a set, each may appear once"), values, values.size());
                }
                values.add(value);
            }
            return Set.class.isAssignableFrom(type.getRawClass()) ? new LinkedHashSet<>(values) : values;
        }

        private Object map(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.isExpectedStartObjectToken()) {
                return context.handleUnexpectedToken(type, p);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                if (values.size() == max) {
                    throw new JsonRuleViolation(p, "must have at most " + max + " members");
                }
                JsonToken t = p.nextToken();
                try {
                    values.put(name, t == JsonToken.VALUE_NULL ? items.getNullValue(context) : items.deserialize(p, context));
                } catch (IOException e) {
                    throw JsonMappingException.wrapWithPath(e, values, name);
                }
            }
            return values;
        }
    }
}
