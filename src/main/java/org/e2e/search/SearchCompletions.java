package org.e2e.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Completions of what is typed, best first.")
public record SearchCompletions(
        @Schema(required = true, description = "What was typed.", examples = "rel") String query,
        @Schema(required = true, description = "Up to 10 completions, best first.") List<SearchCompletion> items) {
}
