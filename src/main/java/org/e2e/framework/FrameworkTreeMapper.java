package org.e2e.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Collection;
import java.util.Collections;

/**
 * The one place where entities become API records. Builds the whole typed tree of a version from the flat list
 * of its nodes, so a tree costs one query whatever its size.
 */
public final class FrameworkTreeMapper {

    private final String fw;
    private final String version;
    private final Map<UUID, NodeEntity> byId = new HashMap<>();
    private final Map<UUID, List<NodeEntity>> childrenByParent = new HashMap<>();
    private final List<NodeEntity> roots = new ArrayList<>();

    private FrameworkTreeMapper(String fw, String version, List<NodeEntity> nodes) {
        this.fw = fw;
        this.version = version;
        for (NodeEntity node : nodes) {
            byId.put(node.nodeId, node);
            if (node.parentId == null) {
                roots.add(node);
            } else {
                childrenByParent.computeIfAbsent(node.parentId, k -> new ArrayList<>()).add(node);
            }
        }
        Comparator<NodeEntity> order = Comparator.comparingInt(n -> n.position);
        roots.sort(order);
        childrenByParent.values().forEach(list -> list.sort(order));
    }

    public static FrameworkTreeMapper of(FrameworkEntity framework, FrameworkVersionEntity version, List<NodeEntity> nodes) {
        return new FrameworkTreeMapper(framework.slug, version.version, nodes);
    }

    public static VersionInfo versionInfo(FrameworkEntity framework, FrameworkVersionEntity v) {
        return new VersionInfo(v.version, v.publishedAt, v.releaseNotes,
                ApiPaths.tree(framework.slug, v.version));
    }

    public static VersionSummary versionSummary(FrameworkEntity framework, FrameworkVersionEntity v) {
        return new VersionSummary(v.version, v.status, v.publishedAt, v.deprecatedAt, v.sunsetAt, ApiPaths.tree(framework.slug, v.version));
    }

    public static FrameworkSummary frameworkSummary(FrameworkEntity f, String latestVersion) {
        String base = ApiPaths.framework(f.slug);
        return new FrameworkSummary(f.id, f.slug, f.title, f.shortTitle, f.summary, f.language, latestVersion,
                new FrameworkSummary.FrameworkLinks(base, ApiPaths.versions(f.slug), base + "/actions",
                        base + "/principles", base + "/outcomes", base + "/references"));
    }

    public FrameworkTree tree(FrameworkEntity f, FrameworkVersionEntity v) {
        return new FrameworkTree(f.id, f.slug, f.title, f.shortTitle, f.summary, f.language, versionInfo(f, v),
                rootsOf(NodeType.LAYER).stream().map(this::layer).toList(),
                rootsOf(NodeType.PRINCIPLES).stream().findFirst().map(this::principles).orElse(null),
                rootsOf(NodeType.OUTCOMES).stream().findFirst().map(this::outcomes).orElse(null),
                rootsOf(NodeType.REFERENCES).stream().findFirst().map(this::references).orElse(null),
                ApiPaths.tree(fw, version));
    }

    /** Every node of the version, in no particular order. */
    public Collection<NodeEntity> nodes() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public NodeEntity node(UUID id) {
        return byId.get(id);
    }

    public NodeView nodeView(NodeEntity n) {
        return new NodeView(n.nodeId, n.type, n.slug, n.parentId, n.position, n.title, n.subtitle, n.summary,
                n.metaphor, n.description, n.body, n.attribution, n.context, n.number, citations(n), path(n), self(n));
    }

    /** The breadcrumb from the top of the tree down to the node itself. */
    public List<Crumb> path(NodeEntity node) {
        List<Crumb> path = new ArrayList<>();
        for (NodeEntity n = node; n != null; n = n.parentId == null ? null : byId.get(n.parentId)) {
            path.add(0, crumb(n));
        }
        return path;
    }

    private Crumb crumb(NodeEntity n) {
        return new Crumb(n.type, n.nodeId, n.slug, n.title != null ? n.title : n.body, self(n));
    }

    private String self(NodeEntity n) {
        return ApiPaths.self(fw, version, n.type, n.slug, n.nodeId);
    }

    public LayerView layer(NodeEntity n) {
        return new LayerView(n.nodeId, n.slug, n.title, n.subtitle, n.summary, n.metaphor, n.description, n.position,
                self(n), children(n, NodeType.ELEMENT).stream().map(this::element).toList());
    }

    public ElementView element(NodeEntity n) {
        return new ElementView(n.nodeId, n.slug, n.title, n.description, n.position, self(n),
                children(n, NodeType.CATEGORY).stream().map(this::category).toList());
    }

    private CategoryView category(NodeEntity n) {
        return new CategoryView(n.nodeId, n.slug, n.title, n.position, self(n),
                children(n, NodeType.QUOTE).stream().findFirst().map(this::quote).orElse(null),
                children(n, NodeType.ACTION).stream().map(this::action).toList(),
                children(n, NodeType.NARRATIVE).stream().findFirst().map(this::narrative).orElse(null));
    }

    private ActionView action(NodeEntity n) {
        return new ActionView(n.nodeId, n.slug, n.body, n.position, self(n));
    }

    public ActionPage.ActionItem actionItem(NodeEntity n) {
        List<Crumb> path = path(n);
        return new ActionPage.ActionItem(n.nodeId, n.slug, n.body, n.position, path.subList(0, path.size() - 1), self(n));
    }

    private QuoteView quote(NodeEntity n) {
        return new QuoteView(n.nodeId, n.slug, n.body, n.attribution, n.context, citations(n), self(n));
    }

    private NarrativeView narrative(NodeEntity n) {
        return new NarrativeView(n.nodeId, n.slug, n.body, citations(n), self(n));
    }

    public PrinciplesView principles(NodeEntity n) {
        return new PrinciplesView(n.nodeId, n.slug, n.title, n.description, self(n),
                children(n, NodeType.PRINCIPLE).stream()
                        .map(p -> new PrinciplesView.PrincipleView(p.nodeId, p.slug, p.title, p.body, p.position, self(p)))
                        .toList());
    }

    public OutcomesView outcomes(NodeEntity n) {
        return new OutcomesView(n.nodeId, n.slug, n.title, n.description,
                children(n, NodeType.QUOTE).stream().findFirst().map(this::quote).orElse(null), self(n),
                children(n, NodeType.OUTCOME).stream()
                        .map(o -> new OutcomesView.OutcomeView(o.nodeId, o.slug, o.title, o.body, citations(o), o.position, self(o)))
                        .toList());
    }

    public ReferencesView references(NodeEntity n) {
        return new ReferencesView(n.nodeId, n.slug, n.title, self(n),
                children(n, NodeType.REFERENCE).stream()
                        .map(r -> new ReferencesView.ReferenceView(r.nodeId, r.slug, r.number, r.body, r.position, self(r)))
                        .toList());
    }

    public List<NodeEntity> rootsOf(NodeType type) {
        return roots.stream().filter(n -> n.type == type).toList();
    }

    public List<NodeEntity> children(NodeEntity parent, NodeType type) {
        return childrenByParent.getOrDefault(parent.nodeId, List.of()).stream().filter(n -> n.type == type).toList();
    }

    private static List<Integer> citations(NodeEntity n) {
        return n.citations == null ? List.of() : Arrays.asList(n.citations);
    }
}
