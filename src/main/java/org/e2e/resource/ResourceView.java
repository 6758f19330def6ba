package org.e2e.resource;

import java.util.List;
import java.util.UUID;

import org.e2e.framework.NodeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A resource with its structured body, its rubric when it is one, and the framework nodes it supports.")
public record ResourceView(
        @Schema(required = true, description = "Stable resource id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug.", examples = "3-steps-for-building-the-relationships-you-need-to-thrive") String slug,
        @Schema(required = true, description = "Title, verbatim.") String title,
        @Schema(required = true, description = "Summary: a sentence of the resource, verbatim.") String summary,
        @Schema(required = true, description = "Resource type.") ResourceType type,
        @Schema(required = true, description = "The toolkit's label for the type.", examples = "Article") String typeLabel,
        @Schema(required = true, description = "Who the resource is for.") List<ResourceSummary.AudienceView> audiences,
        @Schema(required = true, description = "Editorial tags (slugs).") List<String> tags,
        @Schema(description = "Author, where the source names one.") String author,
        @Schema(description = "About the author, where the source says.") String authorBio,
        @Schema(description = "Publisher, where the source names one.") String publisher,
        @Schema(description = "Collection the resource belongs to, where the source names one.", examples = "Turnaround for Children Toolbox") String collection,
        @Schema(description = "Date as the source gives it (the sources give no year).") String dateText,
        @Schema(required = true, description = "Reading time in minutes.") int readingTimeMinutes,
        @Schema(required = true, description = "The body: titled sections of paragraphs, headings, lists, steps, questions and quotes.") List<ResourceSection> sections,
        @Schema(description = "The rubric: present only for type rubric.") Rubric rubric,
        @Schema(required = true, description = "The framework nodes this resource supports (editorial mapping), in the latest published version.") List<SupportedNode> supports,
        @Schema(required = true, description = "Links to the resource and its embeds.") ResourceSummary.ResourceLinks links) {

    @Schema(description = "A framework node that a resource supports.")
    public record SupportedNode(
            @Schema(required = true, description = "Framework slug.", examples = "e2e-relationships") String framework,
            @Schema(required = true, description = "Version the node was resolved in.", examples = "1.0.0") String version,
            @Schema(required = true, description = "Node type.", examples = "category") NodeType type,
            @Schema(required = true, description = "Stable node id.") UUID id,
            @Schema(required = true, description = "Node slug.", examples = "trust") String slug,
            @Schema(required = true, description = "Node title.", examples = "Trust") String title,
            @Schema(required = true, description = "Root-relative link to the node.") String self) {
    }
}
