package org.e2e.discovery;

import java.util.List;
import java.util.UUID;

import org.e2e.framework.LatestVersion;
import org.e2e.framework.NodeType;

/**
 * The latest published version of one framework as the index holds it: every node (for breadcrumbs, the layer and
 * element filters and facets) and the texts of the searchable ones (layers, elements, categories, actions).
 */
record IndexedFramework(UUID versionId, String framework, String version, List<LatestVersion.Row> nodes,
        List<NodeText> texts) {

    /** A searchable node's texts; an action has no title, its text is its body. */
    record NodeText(UUID id, NodeType type, String slug, String title, String subtitle, String description, String body) {
    }
}
