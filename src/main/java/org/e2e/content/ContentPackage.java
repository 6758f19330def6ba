package org.e2e.content;

import java.time.Instant;
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

import org.e2e.framework.NodeIds;
import org.e2e.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A content package: one version of one framework, as committed under {@code src/main/resources/content/} and
 * described by {@code content-package.schema.json} beside it. Order in every list is the served order. Node
 * {@code id}s are optional: when absent they are derived from the slug path ({@link NodeIds}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentPackage(
        @JsonProperty("$schema") String schema,
        @NotNull @Min(1) @Max(1) Integer formatVersion,
        @NotNull @Valid Framework framework,
        @NotNull @Valid Version version,
        @Schema(maxItems = 20) @NotEmpty List<@NotNull @Valid Layer> layers,
        @Valid Principles principles,
        @Valid Outcomes outcomes,
        @Valid References references) {

    /** The most references one text may cite. */
    public static final int MAX_CITATIONS = 50;
    /**
     * The longest slug: slugs are keys of unique B-tree indexes, whose entries PostgreSQL limits to about 2,700
     * bytes; a longer one would fail the insert instead of being refused.
     */
    public static final int MAX_SLUG_LENGTH = 100;
    public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String SEMVER = QueryParameters.SEMVER_REGEX;
    private static final String SLUG_MESSAGE = "must be a slug of lowercase letters, digits and single hyphens";

    public record Framework(
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            @NotBlank String title,
            String shortTitle,
            @NotBlank String summary,
            @NotNull @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a BCP 47 language tag") String language) {
    }

    public record Version(
            @NotNull @Pattern(regexp = SEMVER, message = QueryParameters.SEMVER_MESSAGE) String version,
            @NotNull @Pattern(regexp = "^(draft|published|deprecated)$", message = "must be draft, published or deprecated") String status,
            Instant publishedAt,
            Instant deprecatedAt,
            String releaseNotes) {
    }

    public record Layer(
            UUID id,
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            @NotBlank String title,
            @NotBlank String subtitle,
            @NotBlank String summary,
            @NotBlank String metaphor,
            @NotBlank String description,
            @Schema(maxItems = 50) @NotNull List<@NotNull @Valid Element> elements) {
    }

    public record Element(
            UUID id,
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            @NotBlank String title,
            @NotBlank String description,
            @Schema(maxItems = 50) @NotNull List<@NotNull @Valid Category> categories) {
    }

    public record Category(
            UUID id,
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            @NotBlank String title,
            @Valid Quote quote,
            @Schema(maxItems = 2000) @NotNull List<@NotNull @Valid Action> actions,
            @Valid Narrative narrative) {
    }

    public record Action(
            UUID id,
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            @NotBlank String text) {
    }

    public record Quote(
            UUID id,
            @NotBlank String text,
            @NotBlank String attribution,
            String context,
            @Schema(maxItems = MAX_CITATIONS, uniqueItems = true) List<@NotNull @Min(1) Integer> citations) {
    }

    public record Narrative(
            UUID id,
            @NotBlank String text,
            @Schema(maxItems = MAX_CITATIONS, uniqueItems = true) List<@NotNull @Min(1) Integer> citations) {
    }

    public record Principles(
            UUID id,
            @NotBlank String title,
            String introduction,
            @Schema(maxItems = 50) @NotNull List<@NotNull @Valid Principle> items) {
    }

    public record Principle(
            UUID id,
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            @NotBlank String title,
            @NotBlank String text) {
    }

    public record Outcomes(
            UUID id,
            @NotBlank String title,
            String introduction,
            @Valid Quote quote,
            @Schema(maxItems = 50) @NotNull List<@NotNull @Valid Outcome> items) {
    }

    public record Outcome(
            UUID id,
            @NotNull @Pattern(regexp = SLUG, message = SLUG_MESSAGE) @Size(max = MAX_SLUG_LENGTH, message = "must be at most {max} characters long") String slug,
            String title,
            @NotBlank String text,
            @Schema(maxItems = MAX_CITATIONS, uniqueItems = true) List<@NotNull @Min(1) Integer> citations) {
    }

    public record References(
            UUID id,
            @NotBlank String title,
            @Schema(maxItems = 500) @NotNull List<@NotNull @Valid Reference> items) {
    }

    public record Reference(
            UUID id,
            @NotNull @Min(1) Integer number,
            @NotBlank String text) {
    }
}
