package org.e2e.resource;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who a resource is for, in the toolkit's own "Resource Audience" vocabulary. */
@Schema(description = "Audience: teachers (Teachers), school-youth-program-staff (School / Youth Program Staff), "
        + "school-youth-organization-leaders (School / Youth Organization Leaders) or district-leaders (District Leaders).",
        enumeration = { "teachers", "school-youth-program-staff", "school-youth-organization-leaders", "district-leaders" })
public enum Audience {
    TEACHERS("teachers", "Teachers"),
    SCHOOL_YOUTH_PROGRAM_STAFF("school-youth-program-staff", "School / Youth Program Staff"),
    SCHOOL_YOUTH_ORGANIZATION_LEADERS("school-youth-organization-leaders", "School / Youth Organization Leaders"),
    DISTRICT_LEADERS("district-leaders", "District Leaders");

    private final String id;
    private final String label;

    Audience(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The audience with this id, or null. */
    @JsonCreator
    public static Audience fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst().orElse(null);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Audience::id).collect(Collectors.joining(", "));
    }
}
