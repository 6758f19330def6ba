package org.e2e.framework;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recommended action, verbatim.")
public record ActionView(
        @Schema(required = true, description = "Stable node id (UUID v5).") UUID id,
        @Schema(required = true, description = "Slug, unique within its category.", examples = "be-reliable") String slug,
        @Schema(required = true, description = "The action, verbatim.", examples = "Be reliable: Tell your colleagues what you are going to do, then do it.") String text,
        @Schema(required = true, description = "1-based position within the category.", examples = "9") int position,
        @Schema(required = true, description = "Root-relative link to the action node.") String self) {
}
