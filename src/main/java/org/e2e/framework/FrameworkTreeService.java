package org.e2e.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import org.e2e.auth.CurrentUser;
import org.e2e.db.ReadRouting;
import org.e2e.problem.ProblemException;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.Objects;
import java.util.stream.Stream;
import org.e2e.web.PageLinks;

/**
 * Reads frameworks and their versions. A version's tree is built from one query over its nodes; trees of
 * published and deprecated versions never change, so they are kept in memory once built. Drafts change with every
 * edit and are never cached. A cached tree is only served while its version row still has the status and dates it
 * was built with, so a deprecation made by any instance is seen at once.
 */
@ApplicationScoped
public class FrameworkTreeService {

    private final CurrentUser currentUser;
    private final ReadRouting reads;
    private final Event<VersionReleaseChanged> releaseChanged;

    public FrameworkTreeService(CurrentUser currentUser, ReadRouting reads, Event<VersionReleaseChanged> releaseChanged) {
        this.currentUser = currentUser;
        this.reads = reads;
        this.releaseChanged = releaseChanged;
    }

    /** A resolved version with its mapped tree. Immutable once built. */
    public record VersionSnapshot(FrameworkEntity framework, FrameworkVersionEntity version, FrameworkTreeMapper mapper,
            FrameworkTree tree) {
    }

    /**
     * Most versions a service holds mapped trees of; the least recently used one is dropped past it and rebuilt
     * (with the same fixed number of statements) when asked for again. Published representations are kept as
     * bytes by {@link PublishedRepresentationCache}, and search and the resource filters use the compact
     * {@link LatestVersions}, so a tree is only needed to build a representation or a page of actions.
     */
    static final int MAX_SNAPSHOTS = 16;

    private final Map<UUID, VersionSnapshot> snapshots = Caffeine.newBuilder()
            .maximumSize(MAX_SNAPSHOTS).<UUID, VersionSnapshot>build().asMap();

    public List<FrameworkSummary> listFrameworks() {
        // Two statements for any number of frameworks: the frameworks, then every latest published version.
        EntityManager em = reads.session();
        Map<UUID, String> latest = new HashMap<>();
        FrameworkVersionEntity.listLatestPublished(em).forEach(v -> latest.put(v.framework.id, v.version));
        return FrameworkEntity.listAll(em).stream()
                .sorted((a, b) -> a.slug.compareTo(b.slug))
                .map(f -> FrameworkTreeMapper.frameworkSummary(f, latest.get(f.id)))
                .toList();
    }

    public List<VersionSummary> listVersions(String fw) {
        EntityManager em = reads.session();
        FrameworkEntity framework = framework(em, fw);
        boolean drafts = currentUser.canReadDrafts();
        return FrameworkVersionEntity.listForFramework(em, framework.id).stream()
                .filter(v -> drafts || v.status != VersionStatus.DRAFT)
                .map(v -> FrameworkTreeMapper.versionSummary(framework, v))
                .toList();
    }

    /** The given version, or the latest published one when {@code version} is null. */
    public VersionSnapshot snapshot(String fw, String version) {
        return resolve(fw, version).value();
    }

    /** {@link #snapshot}, with how the version stands now (its successor is looked up when it is deprecated). */
    public Versioned<VersionSnapshot> resolve(String fw, String version) {
        EntityManager em = reads.session(); // the replica's when it may serve this request (never for drafts)
        FrameworkEntity framework = framework(em, fw);
        FrameworkVersionEntity v = version == null
                ? FrameworkVersionEntity.findLatestPublished(em, framework.id)
                        .orElseThrow(() -> ProblemException.notFound("Framework '" + fw + "' has no published version."))
                : FrameworkVersionEntity.findVersion(em, framework.id, version)
                        .filter(found -> found.status != VersionStatus.DRAFT || currentUser.canReadDrafts())
                        .orElseThrow(() -> ProblemException.notFound("Framework '" + fw + "' has no version '" + version + "'."));
        Release release = Release.of(em, framework, v);
        if (v.status == VersionStatus.DRAFT) {
            return new Versioned<>(build(em, framework, v), release);
        }
        return new Versioned<>(snapshots.compute(v.id,
                (id, cached) -> cached != null && sameRelease(cached.version(), v) ? cached : build(em, framework, v)), release);
    }

    /**
     * Drops the cached tree of a version whose status changed (publish, deprecate), and tells the caches built on
     * released versions (CASE) through a {@link VersionReleaseChanged} event.
     */
    public void evict(UUID versionId) {
        snapshots.remove(versionId);
        releaseChanged.fire(new VersionReleaseChanged(versionId));
    }

    private static boolean sameRelease(FrameworkVersionEntity cached, FrameworkVersionEntity current) {
        return cached.status == current.status && Objects.equals(cached.deprecatedAt, current.deprecatedAt)
                && Objects.equals(cached.sunsetAt, current.sunsetAt)
                && Objects.equals(cached.publishedAt, current.publishedAt);
    }

    private static VersionSnapshot build(EntityManager em, FrameworkEntity framework, FrameworkVersionEntity version) {
        FrameworkTreeMapper mapper = FrameworkTreeMapper.of(framework, version, NodeEntity.listForVersion(em, version.id));
        return new VersionSnapshot(framework, version, mapper, mapper.tree(framework, version));
    }

    public LayerResponse layer(VersionSnapshot s, String layerSlug) {
        String fw = s.framework().slug;
        NodeEntity layer = s.mapper().rootsOf(NodeType.LAYER).stream()
                .filter(n -> n.slug.equals(layerSlug))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version " + s.version().version + " of framework '" + fw
                        + "' has no layer '" + layerSlug + "'."));
        return new LayerResponse(fw, s.tree().version(), s.mapper().path(layer), s.mapper().layer(layer));
    }

    public ElementResponse element(String fw, String version, String elementSlug) {
        return element(snapshot(fw, version), elementSlug);
    }

    public ElementResponse element(VersionSnapshot s, String elementSlug) {
        String fw = s.framework().slug;
        NodeEntity element = findElement(s, elementSlug)
                .orElseThrow(() -> ProblemException.notFound("Version " + s.version().version + " of framework '" + fw
                        + "' has no element '" + elementSlug + "'."));
        return new ElementResponse(fw, s.tree().version(), s.mapper().path(element), s.mapper().element(element));
    }

    public NodeView node(VersionSnapshot s, UUID id) {
        NodeEntity node = s.mapper().node(id);
        if (node == null) {
            throw ProblemException.notFound("Version " + s.version().version + " of framework '" + s.framework().slug
                    + "' has no node " + id + ".");
        }
        return s.mapper().nodeView(node);
    }

    /**
     * The recommended actions in framework order, filtered by the slugs of their layer, element and category. A
     * filter slug that names nothing in the version is a client mistake, reported as such.
     */
    public Versioned<ActionPage> actions(String fw, String version, String layer, String element, String category,
            int page, int size) {
        return resolve(fw, version).map(s -> actions(s, fw, layer, element, category, page, size));
    }

    private static ActionPage actions(VersionSnapshot s, String fw, String layer, String element, String category,
            int page, int size) {
        FrameworkTreeMapper m = s.mapper();
        List<NodeEntity> layers = m.rootsOf(NodeType.LAYER);
        requireKnown("layer", layer, layers.stream().map(n -> n.slug));
        List<NodeEntity> elements = layers.stream().flatMap(l -> m.children(l, NodeType.ELEMENT).stream()).toList();
        requireKnown("element", element, elements.stream().map(n -> n.slug));
        List<NodeEntity> categories = elements.stream().flatMap(e -> m.children(e, NodeType.CATEGORY).stream()).toList();
        requireKnown("category", category, categories.stream().map(n -> n.slug));

        List<NodeEntity> matching = layers.stream().filter(slugIs(layer))
                .flatMap(l -> m.children(l, NodeType.ELEMENT).stream()).filter(slugIs(element))
                .flatMap(e -> m.children(e, NodeType.CATEGORY).stream()).filter(slugIs(category))
                .flatMap(c -> m.children(c, NodeType.ACTION).stream())
                .toList();
        int from = Math.min((page - 1) * size, matching.size());
        int to = Math.min(from + size, matching.size());
        return new ActionPage(fw, s.version().version, page, size, matching.size(),
                PageLinks.totalPages(matching.size(), size), matching.subList(from, to).stream().map(m::actionItem).toList());
    }

    public PrinciplesView principles(VersionSnapshot s) {
        return require(s.tree().principles(), "principles", s);
    }

    public OutcomesView outcomes(VersionSnapshot s) {
        return require(s.tree().outcomes(), "outcomes", s);
    }

    public ReferencesView references(VersionSnapshot s) {
        return require(s.tree().references(), "references", s);
    }

    private static <T> T require(T section, String name, VersionSnapshot s) {
        if (section == null) {
            throw ProblemException.notFound("Version " + s.version().version + " of framework '" + s.framework().slug
                    + "' has no " + name + ".");
        }
        return section;
    }

    private static Optional<NodeEntity> findElement(VersionSnapshot s, String slug) {
        FrameworkTreeMapper m = s.mapper();
        return m.rootsOf(NodeType.LAYER).stream()
                .flatMap(l -> m.children(l, NodeType.ELEMENT).stream())
                .filter(n -> n.slug.equals(slug))
                .findFirst();
    }

    private static Predicate<NodeEntity> slugIs(String slug) {
        return n -> slug == null || n.slug.equals(slug);
    }

    private static void requireKnown(String parameter, String slug, Stream<String> known) {
        if (slug != null && known.noneMatch(slug::equals)) {
            throw ProblemException.invalidParameter(parameter, "names no " + parameter + " of this version: '" + slug + "'");
        }
    }

    private static FrameworkEntity framework(EntityManager em, String fw) {
        return FrameworkEntity.findBySlug(em, fw)
                .orElseThrow(() -> ProblemException.notFound("There is no framework '" + fw + "'."));
    }
}
