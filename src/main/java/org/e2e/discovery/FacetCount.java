package org.e2e.discovery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One value of a facet and how many results have it, for the current query and the other "
        + "filters (a facet's own filter is left out of its counts, so a sidebar can offer the alternatives).")
public record FacetCount(
        @Schema(required = true, description = "The value, as the matching filter takes it.", examples = "teachers") String value,
        @Schema(required = true, description = "Its label, verbatim from the content.", examples = "Teachers") String label,
        @Schema(required = true, description = "Results with this value.", examples = "3") long count,
        @Schema(required = true, description = "Whether the request filters on this value.", examples = "false") boolean selected) {
}
