package org.e2e.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Emits every schema reference as a clean {@code $ref}: the scanner puts the Java type's {@code type} (string for
 * UUID, Instant and enums, object for records) next to a {@code $ref} whenever a property carries its own
 * description. OpenAPI 3.1 allows the sibling, but client generators drop it with a warning, and it says nothing the
 * referenced schema does not. Descriptions stay: they document the property.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CleanRefsFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }
}
