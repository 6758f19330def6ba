package org.e2e.authoring;

import java.util.List;
import java.util.UUID;

import org.e2e.framework.NodeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

@Schema(description = "What changed between two versions, node by node (by stable id), with field-level before and after.")
public record ChangesView(
        @Schema(required = true, examples = "e2e-relationships") String framework,
        @Schema(required = true, description = "The newer version.", examples = "1.1.0") String version,
        @Schema(required = true, description = "The version compared against.", examples = "1.0.0") String since,
        @Schema(required = true, description = "Nodes in `version` but not in `since`.") List<NodeRef> added,
        @Schema(required = true, description = "Nodes in `since` but not in `version`.") List<NodeRef> removed,
        @Schema(required = true, description = "Nodes whose parent or position changed.") List<Move> moved,
        @Schema(required = true, description = "Nodes whose content (slug or text fields) changed.") List<Modification> modified) {

    @Schema(name = "ChangedNode", description = "A node added or removed.")
    public record NodeRef(
            @Schema(required = true) UUID id,
            @Schema(required = true) NodeType type,
            @Schema(required = true) String slug,
            @Schema(description = "Parent node id; absent for layers and sections.") UUID parentId,
            @Schema(required = true) int position) {
    }

    @Schema(name = "NodePlace", description = "Where a node sits: its parent and 1-based position.")
    public record Place(@Schema(description = "Parent node id; absent for layers and sections.") UUID parentId,
            @Schema(required = true) int position) {
    }

    @Schema(name = "MovedNode", description = "A node that moved.")
    public record Move(
            @Schema(required = true) UUID id,
            @Schema(required = true) NodeType type,
            @Schema(required = true) String slug,
            @Schema(required = true) Place from,
            @Schema(required = true) Place to) {
    }

    @Schema(name = "ModifiedNode", description = "A node whose fields changed.")
    public record Modification(
            @Schema(required = true) UUID id,
            @Schema(required = true) NodeType type,
            @Schema(required = true) String slug,
            @Schema(required = true) List<FieldChange> fields) {
    }

    @Schema(name = "FieldChange", description = "One field's value before and after; absent means the field was empty.")
    public record FieldChange(
            @Schema(required = true, examples = "text") String field,
            @Schema(description = "Value in `since`: a string, a number or a list of numbers.") JsonNode before,
            @Schema(description = "Value in `version`: a string, a number or a list of numbers.") JsonNode after) {
    }
}
