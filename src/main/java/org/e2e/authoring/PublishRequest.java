package org.e2e.authoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Optional details of a publication.")
public record PublishRequest(
        @Schema(description = "Release notes; replace those given when the draft was created.",
                examples = "Clearer wording of the Be reliable action.") String releaseNotes) {
}
