package org.e2e.authoring;

import java.util.List;
import java.util.UUID;

import org.e2e.content.ContentPackage;
import org.e2e.framework.NodeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A node as an editor writes it: the same shape as the node a GET returns, so a client can GET, change and PUT
 * back. {@code path} and {@code self} are read-only and ignored; {@code id}, when sent, must be the node's id.
 */
@JsonIgnoreProperties(value = { "path", "self" }, allowGetters = false)
@Schema(description = "A node to write. Which text fields a type takes: layer title, subtitle, summary, metaphor, "
        + "description; element title, description; category title; action text; quote text, attribution, context, "
        + "citations; narrative text, citations; principle title, text; outcome title, text, citations; reference "
        + "number, text; principles, outcomes and references sections title, description.")
public record NodeInput(
        @Schema(description = "The node's id; read-only, checked when sent.") UUID id,
        @Schema(description = "Node type; required to create, unchangeable afterwards.", examples = "action") NodeType type,
        @Schema(description = "Slug, unique among siblings of the same type (layers and elements: in the version).",
                examples = "be-reliable", pattern = ContentPackage.SLUG, maxLength = ContentPackage.MAX_SLUG_LENGTH) String slug,
        @Schema(description = "Parent node id; absent for layers and sections. Changing it moves the node and its subtree.")
        UUID parentId,
        @Schema(description = "1-based position among siblings of the same type; siblings shift. Absent: at the end "
                + "(create) or unchanged (replace).", examples = "9") Integer position,
        String title,
        String subtitle,
        String summary,
        String metaphor,
        String description,
        @Schema(description = "Verbatim text of an action, quote, narrative, principle, outcome or reference.") String text,
        String attribution,
        String context,
        Integer number,
        @Schema(description = "Reference numbers the text cites, each once.", maxItems = 50, uniqueItems = true) List<Integer> citations) {
}
