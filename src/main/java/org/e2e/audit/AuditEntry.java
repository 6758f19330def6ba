package org.e2e.audit;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(description = "One recorded write: who made it, what it changed, when, and the state before and after.")
public record AuditEntry(
        @Schema(required = true, description = "Increasing id of the entry.", examples = "42") long id,
        @Schema(required = true, description = "When the write happened.", examples = "2026-11-23T09:14:05.120Z") Instant at,
        @Schema(required = true, description = "The JWT subject that made the write.", examples = "editor-ana") String actor,
        @Schema(required = true, description = "What was done.", examples = "node.update",
                enumeration = { "version.create", "version.import", "version.publish", "version.deprecate", "node.create",
                        "node.update", "node.delete", "webhook.create", "webhook.delete", "resource.create", "resource.draft.update",
                        "resource.draft.discard", "resource.publish" }) String action,
        @Schema(description = "Framework slug, for a framework write.", examples = "e2e-relationships") String framework,
        @Schema(description = "Resource slug, for a resource write.", examples = "how-to-build-a-teacher-alliance") String resource,
        @Schema(description = "Semantic version written to, when the write concerns a version.", examples = "1.1.0") String version,
        @Schema(description = "The node written, when the write concerns one node.") UUID nodeId,
        @Schema(description = "State before the write; absent for creations.") JsonNode before,
        @Schema(description = "State after the write; absent for deletions.") JsonNode after) {
}
