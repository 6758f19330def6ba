package org.e2e.authoring;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a deletion removed: the node and its whole subtree.")
public record DeleteResult(
        @Schema(required = true, description = "The id of the node deleted.") UUID id,
        @Schema(required = true, description = "Number of nodes removed, the node included.", examples = "3") int removed,
        @Schema(required = true, description = "The ids of every node removed, the node first.") List<UUID> removedIds) {
}
