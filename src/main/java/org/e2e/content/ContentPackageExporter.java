package org.e2e.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.e2e.framework.FrameworkEntity;
import org.e2e.framework.FrameworkVersionEntity;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;

/**
 * The inverse of {@link ContentPackageNodes}: the node rows of one version as a content package, in served order
 * and with every node's explicit {@code id}, so that importing the export yields the same ids and content.
 */
public final class ContentPackageExporter {

    public static final String SCHEMA = "urn:e2e:content-package:1";

    private final Map<UUID, List<NodeEntity>> children = new HashMap<>();
    private final List<NodeEntity> roots = new ArrayList<>();

    private ContentPackageExporter(List<NodeEntity> nodes) {
        for (NodeEntity n : nodes) {
            if (n.parentId == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId, k -> new ArrayList<>()).add(n);
            }
        }
        Comparator<NodeEntity> order = Comparator.comparingInt(n -> n.position);
        roots.sort(order);
        children.values().forEach(l -> l.sort(order));
    }

    public static ContentPackage export(FrameworkEntity f, FrameworkVersionEntity v, List<NodeEntity> nodes) {
        return new ContentPackageExporter(nodes).build(f, v);
    }

    private ContentPackage build(FrameworkEntity f, FrameworkVersionEntity v) {
        ContentPackage.Framework framework = new ContentPackage.Framework(f.slug, f.title, f.shortTitle, f.summary, f.language);
        ContentPackage.Version version = new ContentPackage.Version(v.version, v.status.value(), v.publishedAt,
                v.deprecatedAt, v.releaseNotes);
        List<ContentPackage.Layer> layers = of(null, NodeType.LAYER).stream().map(this::layer).toList();
        ContentPackage.Principles principles = of(null, NodeType.PRINCIPLES).stream().findFirst()
                .map(p -> new ContentPackage.Principles(p.nodeId, p.title, p.description,
                        of(p, NodeType.PRINCIPLE).stream()
                                .map(i -> new ContentPackage.Principle(i.nodeId, i.slug, i.title, i.body)).toList()))
                .orElse(null);
        ContentPackage.Outcomes outcomes = of(null, NodeType.OUTCOMES).stream().findFirst()
                .map(o -> new ContentPackage.Outcomes(o.nodeId, o.title, o.description, quote(o),
                        of(o, NodeType.OUTCOME).stream()
                                .map(i -> new ContentPackage.Outcome(i.nodeId, i.slug, i.title, i.body, citations(i))).toList()))
                .orElse(null);
        ContentPackage.References references = of(null, NodeType.REFERENCES).stream().findFirst()
                .map(r -> new ContentPackage.References(r.nodeId, r.title,
                        of(r, NodeType.REFERENCE).stream()
                                .map(i -> new ContentPackage.Reference(i.nodeId, i.number, i.body)).toList()))
                .orElse(null);
        return new ContentPackage(SCHEMA, 1, framework, version, layers, principles, outcomes, references);
    }

    private ContentPackage.Layer layer(NodeEntity l) {
        return new ContentPackage.Layer(l.nodeId, l.slug, l.title, l.subtitle, l.summary, l.metaphor, l.description,
                of(l, NodeType.ELEMENT).stream().map(this::element).toList());
    }

    private ContentPackage.Element element(NodeEntity e) {
        return new ContentPackage.Element(e.nodeId, e.slug, e.title, e.description,
                of(e, NodeType.CATEGORY).stream().map(this::category).toList());
    }

    private ContentPackage.Category category(NodeEntity c) {
        return new ContentPackage.Category(c.nodeId, c.slug, c.title, quote(c),
                of(c, NodeType.ACTION).stream().map(a -> new ContentPackage.Action(a.nodeId, a.slug, a.body)).toList(),
                of(c, NodeType.NARRATIVE).stream().findFirst()
                        .map(n -> new ContentPackage.Narrative(n.nodeId, n.body, citations(n))).orElse(null));
    }

    private ContentPackage.Quote quote(NodeEntity parent) {
        return of(parent, NodeType.QUOTE).stream().findFirst()
                .map(q -> new ContentPackage.Quote(q.nodeId, q.body, q.attribution, q.context, citations(q)))
                .orElse(null);
    }

    private List<NodeEntity> of(NodeEntity parent, NodeType type) {
        List<NodeEntity> list = parent == null ? roots : children.getOrDefault(parent.nodeId, List.of());
        return list.stream().filter(n -> n.type == type).toList();
    }

    private static List<Integer> citations(NodeEntity n) {
        return n.citations == null ? List.of() : Arrays.asList(n.citations);
    }
}
