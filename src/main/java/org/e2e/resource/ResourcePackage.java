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
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.e2e.content.ContentPackage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A resource package: the resources of the library, as committed under {@code src/main/resources/content/} and
 * described by {@code resource-package.schema.json} beside it.
 */
public record ResourcePackage(
        @JsonProperty("$schema") String schema,
        @NotNull @Min(1) @Max(1) Integer formatVersion,
        @Schema(maxItems = 200) @NotEmpty List<@NotNull @Valid Definition> resources) {

    static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /*
     * A resource's title, slug, tags and node links are one entry of the listing indexes (V5, V6), which PostgreSQL
     * limits to about 2,700 bytes: at most 200 UTF-16 characters of title (600 bytes), 20 tags of 30, 40 links and 4
     * audiences stay under it (ResourceIndexBoundsTest stores a resource at every bound).
     */
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_TAG_LENGTH = 30;

    public record Definition(
            UUID id,
            @NotNull @Pattern(regexp = SLUG, message = "must be a slug of lowercase letters, digits and single hyphens")
            @Size(max = ContentPackage.MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            @NotBlank @Size(max = MAX_TITLE_LENGTH, message = "must be at most {max} characters long") String title,
            @NotBlank String summary,
            @NotNull(message = "must be one of tool-playbook, rubric, article") ResourceType type,
            @Schema(maxItems = 4, uniqueItems = true) @NotEmpty List<@NotNull(message = "must be one of teachers, school-youth-program-staff, "
                    + "school-youth-organization-leaders, district-leaders") Audience> audiences,
            @Schema(maxItems = 20, uniqueItems = true) List<@NotNull @Pattern(regexp = SLUG, message = "must be a slug") @Size(max = MAX_TAG_LENGTH, message = "must be at most {max} characters long") String> tags,
            String author,
            String authorBio,
            String publisher,
            String collection,
            String dateText,
            @Min(1) Integer readingTimeMinutes,
            @Schema(maxItems = 100) @NotEmpty List<@NotNull @Valid ResourceSection> sections,
            @Valid Rubric rubric,
            @Schema(maxItems = 40, uniqueItems = true) List<@NotNull @Valid NodeRef> supports) {
    }

    /** A framework node a resource supports: by its slug path in a framework, or by its id. */
    public record NodeRef(
            @Pattern(regexp = SLUG) String framework,
            @Pattern(regexp = "^(layer|element|category|action):[a-z0-9-]+(/(element|category|action):[a-z0-9-]+)*$",
                    message = "must be a slug path such as layer:roots/element:beliefs") String node,
            UUID id) {
    }
}
