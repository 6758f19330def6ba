package org.e2e.resource;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of a resource, with the toolkit's own label for it. */
@Schema(description = "Resource type: tool-playbook (Tool / Playbook), rubric (Rubric) or article (Article).",
        enumeration = { "tool-playbook", "rubric", "article" })
public enum ResourceType {
    TOOL_PLAYBOOK("tool-playbook", "Tool / Playbook"),
    RUBRIC("rubric", "Rubric"),
    ARTICLE("article", "Article");

    private final String id;
    private final String label;

    ResourceType(String id, String label) {
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

    /** The type with this id, or null. */
    @JsonCreator
    public static ResourceType fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst().orElse(null);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ResourceType::id).collect(Collectors.joining(", "));
    }
}
