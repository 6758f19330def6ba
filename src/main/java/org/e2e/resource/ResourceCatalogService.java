package org.e2e.resource;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.e2e.db.ReadRouting;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.LatestVersion;
import org.e2e.framework.LatestVersions;
import org.e2e.framework.NodeType;
import org.e2e.problem.ProblemException;
import org.e2e.web.PageLinks;
import org.e2e.web.QueryParameters;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.TreeMap;
import org.e2e.config.ServiceConfig;
import org.e2e.framework.PublishedContentChanged;

/**
 * Lists and reads published resources. A list page is one statement whatever the filters and the size of the library
 * (plus one count, kept until published content changes). Lists read {@code resource_card} (migration V6), the narrow
 * projection of the published resources that a trigger keeps: the page's ids are chosen by an index-only scan in the
 * requested order, then only those cards are read, straight into API records (no entity, no JSON body).
 */
@ApplicationScoped
public class ResourceCatalogService {

    /** The filters, order and page of a resource list; null filters are absent. */
    public record ResourceQuery(Audience audience, ResourceType type, String layer, String element, String tag, String q,
            ResourceSort sort, int page, int size) {
    }

    /** Exact counts of resource lists by filter, dropped whenever published content changes. */
    private final Cache<String, Long> counts = Caffeine
            .newBuilder().maximumSize(10_000).build();
    private final ReadRouting reads;
    private final FrameworkTreeService frameworks;
    private final LatestVersions latest;
    private final ResourceMapper mapper;
    private final int maxOffset;

    public ResourceCatalogService(ReadRouting reads, FrameworkTreeService frameworks, LatestVersions latest,
            ResourceMapper mapper, ServiceConfig config) {
        this.latest = latest;
        this.maxOffset = config.paging().maxOffset();
        this.reads = reads;
        this.frameworks = frameworks;
        this.mapper = mapper;
    }

    public ResourceView get(String slug) {
        return ResourceEntity.findPublishedBySlug(reads.session(), slug).map(mapper::view)
                .orElseThrow(() -> ProblemException.notFound("There is no resource '" + slug + "'."));
    }

    public ResourcePage list(ResourceQuery query) {
        ResourceSort sort = query.sort() != null ? query.sort() : query.q() != null ? ResourceSort.RELEVANCE : ResourceSort.TITLE;
        if (sort == ResourceSort.RELEVANCE && query.q() == null) {
            throw ProblemException.invalidParameter("sort", "can be relevance only together with q");
        }
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> parameters = new HashMap<>();
        if (query.audience() != null) {
            where.append(" and r.audiences @> array[cast(:audience as text)]");
            parameters.put("audience", query.audience().id());
        }
        if (query.type() != null) {
            where.append(" and r.type = :type");
            parameters.put("type", query.type().id());
        }
        if (query.tag() != null) {
            where.append(" and r.tags @> array[cast(:tag as text)]");
            parameters.put("tag", query.tag());
        }
        if (query.layer() != null) {
            where.append(" and r.node_ids && cast(:layerNodes as uuid[])");
            parameters.put("layerNodes", uuidArray(nodeFilter("layer", NodeType.LAYER, query.layer())));
        }
        if (query.element() != null) {
            where.append(" and r.node_ids && cast(:elementNodes as uuid[])");
            parameters.put("elementNodes", uuidArray(nodeFilter("element", NodeType.ELEMENT, query.element())));
        }
        if (query.q() != null) {
            where.append(" and r.search @@ websearch_to_tsquery('english', :q)");
            parameters.put("q", query.q());
        }
        return page(where.toString(), parameters, sort, query.page(), query.size());
    }

    /** Resources that support an element of a framework's latest version, or anything inside it. */
    public ResourcePage forElement(String fw, String element, int page, int size) {
        // The latest versions are kept in memory; a framework not among them is looked up for the right 404.
        LatestVersion version = latest.of(fw).orElseGet(() -> {
            frameworks.snapshot(fw, null); // no such framework, or no published version of it: its 404
            throw ProblemException.notFound("Framework '" + fw + "' has no published version.");
        });
        UUID node = version.find(NodeType.ELEMENT, element).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version " + version.version() + " of framework '"
                        + fw + "' has no element '" + element + "'."));
        Map<String, Object> parameters = Map.of("nodes", uuidArray(version.subtreeIds(node)));
        return page("r.node_ids && cast(:nodes as uuid[])", parameters, ResourceSort.TITLE, page, size);
    }

    /**
     * The published library changes only when a resource or a framework version is published (which every
     * instance hears of), so the exact count of a list, the costly half of a page, is kept until then.
     */
    void onPublishedContentChanged(@Observes PublishedContentChanged event) {
        counts.invalidateAll();
    }

    private ResourcePage page(String where, Map<String, Object> parameters, ResourceSort sort, int page, int size) {
        QueryParameters.requireWithinOffset(page, size, maxOffset);
        EntityManager em = reads.session(); // the replica's when it may serve this request
        long total = counts.get(where + " " + new TreeMap<>(parameters), key -> {
            Query count = em.createNativeQuery("select count(*) from resource_card r where " + where);
            parameters.forEach(count::setParameter);
            return ((Number) count.getSingleResult()).longValue();
        });
        List<ResourceSummary> items = List.of();
        if (total > (long) (page - 1) * size) {
            Query select = em.createNativeQuery("select " + ResourceMapper.CARD_COLUMNS + " from resource_card r where r.id in ("
                    + "select r.id from resource_card r where " + where + " order by " + sort.orderBy()
                    + " limit :limit offset :offset) order by " + sort.orderBy());
            parameters.forEach(select::setParameter);
            select.setParameter("limit", size).setParameter("offset", (long) (page - 1) * size);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = select.getResultList();
            items = rows.stream().map(mapper::summary).toList();
        }
        return new ResourcePage(page, size, total, PageLinks.totalPages(total, size), items);
    }

    private Set<UUID> nodeFilter(String parameter, NodeType type, String slug) {
        var ids = latest.subtreeIds(type, slug);
        if (ids.isEmpty()) {
            throw ProblemException.invalidParameter(parameter, "names no " + parameter + " of any framework: '" + slug + "'");
        }
        return ids;
    }

    private static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
