package org.e2e.authoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new draft version: a deep copy of `basedOn`, or of the latest published version.")
public record CreateVersionRequest(
        @Schema(description = "Semantic version of the draft; must not exist yet.", examples = "1.1.0", required = true) String version,
        @Schema(description = "The version to copy; the latest published version when absent.", examples = "1.0.0") String basedOn,
        @Schema(description = "Release notes; can also be given when publishing.") String releaseNotes) {
}
