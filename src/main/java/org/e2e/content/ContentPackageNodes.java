package org.e2e.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;
import org.e2e.framework.NodeIds;

/**
 * Flattens a content package into the node rows of one version. Positions are 1-based list order. A node without
 * an explicit id gets the UUID v5 of its slug path, so re-loading the same package yields the same ids.
 */
final class ContentPackageNodes {

    private final String fw;
    private final UUID versionId;
    private final List<NodeEntity> nodes = new ArrayList<>();

    private ContentPackageNodes(String fw, UUID versionId) {
        this.fw = fw;
        this.versionId = versionId;
    }

    static List<NodeEntity> of(ContentPackage pkg, UUID versionId) {
        ContentPackageNodes out = new ContentPackageNodes(pkg.framework().slug(), versionId);
        out.addAll(pkg);
        return out.nodes;
    }

    static List<UUID> explicitIds(ContentPackage pkg) {
        List<UUID> ids = new ArrayList<>();
        pkg.layers().forEach(l -> {
            ids.add(l.id());
            l.elements().forEach(e -> {
                ids.add(e.id());
                e.categories().forEach(c -> {
                    ids.add(c.id());
                    ids.add(c.quote() == null ? null : c.quote().id());
                    ids.add(c.narrative() == null ? null : c.narrative().id());
                    c.actions().forEach(a -> ids.add(a.id()));
                });
            });
        });
        if (pkg.principles() != null) {
            ids.add(pkg.principles().id());
            pkg.principles().items().forEach(p -> ids.add(p.id()));
        }
        if (pkg.outcomes() != null) {
            ids.add(pkg.outcomes().id());
            ids.add(pkg.outcomes().quote() == null ? null : pkg.outcomes().quote().id());
            pkg.outcomes().items().forEach(o -> ids.add(o.id()));
        }
        if (pkg.references() != null) {
            ids.add(pkg.references().id());
            pkg.references().items().forEach(r -> ids.add(r.id()));
        }
        return ids.stream().filter(Objects::nonNull).toList();
    }

    private void addAll(ContentPackage pkg) {
        int position = 1;
        for (ContentPackage.Layer l : pkg.layers()) {
            String layerPath = "layer:" + l.slug();
            NodeEntity layer = add(l.id(), layerPath, null, NodeType.LAYER, l.slug(), position++);
            layer.title = l.title();
            layer.subtitle = l.subtitle();
            layer.summary = l.summary();
            layer.metaphor = l.metaphor();
            layer.description = l.description();
            int elementPosition = 1;
            for (ContentPackage.Element e : l.elements()) {
                String elementPath = layerPath + "/element:" + e.slug();
                NodeEntity element = add(e.id(), elementPath, layer, NodeType.ELEMENT, e.slug(), elementPosition++);
                element.title = e.title();
                element.description = e.description();
                int categoryPosition = 1;
                for (ContentPackage.Category c : e.categories()) {
                    addCategory(c, elementPath + "/category:" + c.slug(), element, categoryPosition++);
                }
            }
        }
        // Sections follow the layers among the top-level nodes.
        if (pkg.principles() != null) {
            ContentPackage.Principles p = pkg.principles();
            NodeEntity section = add(p.id(), "principles", null, NodeType.PRINCIPLES, "principles", position++);
            section.title = p.title();
            section.description = p.introduction();
            int i = 1;
            for (ContentPackage.Principle item : p.items()) {
                NodeEntity principle = add(item.id(), "principles/principle:" + item.slug(), section, NodeType.PRINCIPLE,
                        item.slug(), i++);
                principle.title = item.title();
                principle.body = item.text();
            }
        }
        if (pkg.outcomes() != null) {
            ContentPackage.Outcomes o = pkg.outcomes();
            NodeEntity section = add(o.id(), "outcomes", null, NodeType.OUTCOMES, "outcomes", position++);
            section.title = o.title();
            section.description = o.introduction();
            addQuote(o.quote(), "outcomes/quote", section);
            int i = 1;
            for (ContentPackage.Outcome item : o.items()) {
                NodeEntity outcome = add(item.id(), "outcomes/outcome:" + item.slug(), section, NodeType.OUTCOME,
                        item.slug(), i++);
                outcome.title = item.title();
                outcome.body = item.text();
                outcome.citations = citations(item.citations());
            }
        }
        if (pkg.references() != null) {
            ContentPackage.References r = pkg.references();
            NodeEntity section = add(r.id(), "references", null, NodeType.REFERENCES, "references", position);
            section.title = r.title();
            int i = 1;
            for (ContentPackage.Reference item : r.items()) {
                String slug = "reference-" + item.number();
                NodeEntity reference = add(item.id(), "references/reference:" + item.number(), section,
                        NodeType.REFERENCE, slug, i++);
                reference.number = item.number();
                reference.body = item.text();
            }
        }
    }

    private void addCategory(ContentPackage.Category c, String path, NodeEntity element, int position) {
        NodeEntity category = add(c.id(), path, element, NodeType.CATEGORY, c.slug(), position);
        category.title = c.title();
        addQuote(c.quote(), path + "/quote", category);
        int actionPosition = 1;
        for (ContentPackage.Action a : c.actions()) {
            NodeEntity action = add(a.id(), path + "/action:" + a.slug(), category, NodeType.ACTION, a.slug(), actionPosition++);
            action.body = a.text();
        }
        if (c.narrative() != null) {
            NodeEntity narrative = add(c.narrative().id(), path + "/narrative", category, NodeType.NARRATIVE, "narrative", 1);
            narrative.body = c.narrative().text();
            narrative.citations = citations(c.narrative().citations());
        }
    }

    private void addQuote(ContentPackage.Quote q, String path, NodeEntity parent) {
        if (q == null) {
            return;
        }
        NodeEntity quote = add(q.id(), path, parent, NodeType.QUOTE, "quote", 1);
        quote.body = q.text();
        quote.attribution = q.attribution();
        quote.context = q.context();
        quote.citations = citations(q.citations());
    }

    private NodeEntity add(UUID explicitId, String slugPath, NodeEntity parent, NodeType type, String slug, int position) {
        NodeEntity node = new NodeEntity();
        node.versionId = versionId;
        node.nodeId = explicitId != null ? explicitId : NodeIds.node(fw, slugPath);
        node.parentId = parent == null ? null : parent.nodeId;
        node.type = type;
        node.slug = slug;
        node.position = position;
        nodes.add(node);
        return node;
    }

    private static Integer[] citations(List<Integer> citations) {
        return citations == null ? new Integer[0] : citations.toArray(Integer[]::new);
    }

}
