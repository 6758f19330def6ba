package org.e2e.resource;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A titled section of a resource's body, made of blocks. Stored as JSON and served as is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A section of a resource's structured body.")
public record ResourceSection(
        @Schema(required = true, description = "Slug, unique within the resource.", examples = "mirroring-conversation-protocol") @NotNull @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") String slug,
        @Schema(required = true, description = "Section title.", examples = "Here’s how to have a mirroring conversation.") @NotBlank String title,
        @Schema(description = "What the section is, where it is one of the article's structured parts.",
                enumeration = { "step", "questions", "protocol" }, examples = "protocol") @Pattern(regexp = "^(step|questions|protocol)$") String kind,
        @Schema(required = true, description = "The section's content, in order.", maxItems = 200) @NotEmpty List<@NotNull @Valid ResourceBlock> blocks) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One block of content. paragraph, heading and citation have text; quote has text, "
            + "attribution and maybe context and citations; list, steps and questions have items; steps may have the "
            + "prompt the protocol asks participants to use.")
    public record ResourceBlock(
            @Schema(required = true, description = "Block type.", enumeration = { "paragraph", "heading", "quote", "list", "steps",
                    "questions", "citation" }, examples = "steps") @NotNull @Pattern(regexp = "^(paragraph|heading|quote|list|steps|questions|citation)$") String type,
            @Schema(description = "Text of a paragraph, heading, quote or citation, verbatim.") String text,
            @Schema(description = "Items of a list, steps or questions block, verbatim and in order.", maxItems = 100) List<String> items,
            @Schema(description = "The prompt a protocol gives its participants.", examples = "Something I hear is…") String prompt,
            @Schema(description = "Who said a quote.", examples = "Parker Palmer") String attribution,
            @Schema(description = "Context of a quote.") String context,
            @Schema(description = "Reference numbers a quote cites.", maxItems = 50, uniqueItems = true) List<Integer> citations) {
    }
}
