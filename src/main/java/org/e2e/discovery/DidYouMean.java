package org.e2e.discovery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "\"Did you mean\": the query with its unknown words corrected, which finds more; with the link that runs it.")
public record DidYouMean(
        @Schema(required = true, description = "The corrected query.", examples = "teacher alliance") String query,
        @Schema(required = true, description = "Root-relative link to the same request with the corrected query.",
                examples = "/api/v1/search?q=teacher+alliance") String self) {
}
