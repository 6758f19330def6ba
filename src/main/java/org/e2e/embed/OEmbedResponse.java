package org.e2e.embed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

@Schema(description = "An oEmbed 1.0 rich response: an iframe of the embed card.")
public record OEmbedResponse(
        @Schema(required = true, description = "Always rich.", examples = "rich") String type,
        @Schema(required = true, description = "oEmbed version.", examples = "1.0") String version,
        @Schema(required = true, description = "Title of the embedded resource or element, as raw text (not HTML): escape it before "
                + "inserting it into a page. The `html` snippet carries it escaped.", examples = "How to build a teacher alliance") String title,
        @JsonProperty("author_name") @Schema(description = "Author, where known, as raw text (not HTML): escape it before "
                + "inserting it into a page.", examples = "Kate Conroy") String authorName,
        @JsonProperty("provider_name") @Schema(required = true, description = "Provider.", examples = "E2E Relationships Toolkit") String providerName,
        @JsonProperty("provider_url") @Schema(required = true, description = "Provider URL.", examples = "https://e2e.example.org") String providerUrl,
        @JsonProperty("cache_age") @Schema(required = true, description = "Seconds a consumer may cache this answer.", examples = "3600") int cacheAge,
        @Schema(required = true, description = "HTML to insert: an iframe of the card, sized to width and height. Every text in it (the "
                + "title attribute, the URL) is HTML-escaped.") String html,
        @Schema(required = true, description = "Width in pixels; never more than maxwidth.", examples = "480") int width,
        @Schema(required = true, description = "Initial height in pixels; never more than maxheight. The card then posts its real height.", examples = "420") int height) {
}
