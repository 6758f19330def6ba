package org.e2e.resource;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A resource as listed: everything but its body.")
public record ResourceSummary(
        @Schema(required = true, description = "Stable resource id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug used in resource paths.", examples = "3-steps-for-building-the-relationships-you-need-to-thrive") String slug,
        @Schema(required = true, description = "Title, verbatim.", examples = "3 Steps for Building the Relationships You Need to Thrive") String title,
        @Schema(required = true, description = "Summary: a sentence of the resource, verbatim.") String summary,
        @Schema(required = true, description = "Resource type.") ResourceType type,
        @Schema(required = true, description = "The toolkit's label for the type.", examples = "Article") String typeLabel,
        @Schema(required = true, description = "Who the resource is for.") List<AudienceView> audiences,
        @Schema(required = true, description = "Editorial tags (slugs).", examples = "[\"mirroring-conversations\", \"trust\"]") List<String> tags,
        @Schema(description = "Author, where the source names one.", examples = "Chase Orton") String author,
        @Schema(description = "Publisher, where the source names one.", examples = "Turnaround for Children") String publisher,
        @Schema(description = "Date as the source gives it (the sources give no year).", examples = "Sunday / July 21") String dateText,
        @Schema(required = true, description = "Reading time in minutes: the source's own where it gives one, else words / 200.", examples = "6") int readingTimeMinutes,
        @Schema(required = true, description = "Links to the resource and its embeds.") ResourceLinks links,
        @Schema(description = "With a full-text query only: the best passages of the resource's text for it, HTML-escaped, "
                + "every matched word in <mark>.", examples = "Try a <mark>mirroring</mark> <mark>conversation</mark> with a colleague.")
        String snippet) {

    @Schema(description = "An audience with the toolkit's label for it.")
    public record AudienceView(
            @Schema(required = true, description = "Audience id, as used by the audience filter.") Audience id,
            @Schema(required = true, description = "Label, verbatim from the toolkit.", examples = "District Leaders") String label) {
    }

    @Schema(description = "Links from a resource: root-relative for the API, absolute for embeds.")
    public record ResourceLinks(
            @Schema(required = true, description = "The resource.", examples = "/api/v1/resources/how-to-build-a-teacher-alliance") String self,
            @Schema(required = true, description = "Embeddable HTML card (absolute).", examples = "http://localhost:8080/embed/resources/how-to-build-a-teacher-alliance") String embed,
            @Schema(required = true, description = "oEmbed endpoint for the card (absolute).") String oembed,
            @Schema(required = true, description = "Full HTML view (absolute).", examples = "http://localhost:8080/view/resources/how-to-build-a-teacher-alliance") String view) {
    }
}
