package org.e2e.resource;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A resource package: the resources of the library, as committed under {@code src/main/resources/content/} and
 * described by {@code resource-package.schema.json} beside it.
 */
public record ResourcePackage(
        @JsonProperty("$schema") String schema,
        @NotNull @Min(1) @Max(1) Integer formatVersion,
        @NotEmpty List<@NotNull @Valid Definition> resources) {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public record Definition(
            UUID id,
            @NotNull @Pattern(regexp = SLUG, message = "must be a slug of lowercase letters, digits and single hyphens") String slug,
            @NotBlank String title,
            @NotBlank String summary,
            @NotNull(message = "must be one of tool-playbook, rubric, article") ResourceType type,
            @NotEmpty List<@NotNull(message = "must be one of teachers, school-youth-program-staff, "
                    + "school-youth-organization-leaders, district-leaders") Audience> audiences,
            List<@NotNull @Pattern(regexp = SLUG, message = "must be a slug") String> tags,
            String author,
            String authorBio,
            String publisher,
            String collection,
            String dateText,
            @Min(1) Integer readingTimeMinutes,
            @NotEmpty List<@NotNull @Valid ResourceSection> sections,
            @Valid Rubric rubric,
            List<@NotNull @Valid NodeRef> supports) {
    }

    /** A framework node a resource supports: by its slug path in a framework, or by its id. */
    public record NodeRef(
            @Pattern(regexp = SLUG) String framework,
            @Pattern(regexp = "^(layer|element|category|action):[a-z0-9-]+(/(element|category|action):[a-z0-9-]+)*$",
                    message = "must be a slug path such as layer:roots/element:beliefs") String node,
            UUID id) {
    }
}
