package org.e2e.resource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.e2e.config.ServiceConfig;
import org.e2e.db.ReadRouting;
import org.e2e.discovery.DidYouMean;
import org.e2e.discovery.Discovery;
import org.e2e.discovery.FacetCount;
import org.e2e.discovery.LibraryHits;
import org.e2e.discovery.LibraryRequest;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.LatestVersion;
import org.e2e.framework.LatestVersions;
import org.e2e.framework.NodeType;
import org.e2e.framework.PublishedContentChanged;
import org.e2e.problem.ProblemException;
import org.e2e.web.PageLinks;
import org.e2e.web.QueryParameters;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Lists and reads published resources. The library list (filters, facets, full text, sorts, pages) is answered by
 * the search index ({@link Discovery}), with no SQL. A resource's own page and an element's resources are read from
 * PostgreSQL: the element list is one statement on {@code resource_card} (migration V6) plus one count, kept until
 * published content changes.
 */
@ApplicationScoped
public class ResourceCatalogService {

    public static final List<String> FACETS = List.of("audience", "type", "layer", "element", "tag");

    /** Exact counts of element lists, dropped whenever published content changes. */
    private final Cache<String, Long> counts = Caffeine.newBuilder().maximumSize(10_000).build();
    private final ReadRouting reads;
    private final FrameworkTreeService frameworks;
    private final LatestVersions latest;
    private final ResourceMapper mapper;
    private final Discovery discovery;
    private final int maxOffset;

    public ResourceCatalogService(ReadRouting reads, FrameworkTreeService frameworks, LatestVersions latest,
            ResourceMapper mapper, Discovery discovery, ServiceConfig config) {
        this.latest = latest;
        this.discovery = discovery;
        this.maxOffset = config.paging().maxOffset();
        this.reads = reads;
        this.frameworks = frameworks;
        this.mapper = mapper;
    }

    public ResourceView get(String slug) {
        return ResourceEntity.findPublishedBySlug(reads.session(), slug).map(mapper::view)
                .orElseThrow(() -> ProblemException.notFound("There is no resource '" + slug + "'."));
    }

    /** One library page: an unknown layer or element slug is a 400, as is relevance without a query. */
    public ResourcePage list(ResourceQuery query) {
        ResourceSort sort = query.sort() != null ? query.sort() : query.q() != null ? ResourceSort.RELEVANCE : ResourceSort.TITLE;
        if (sort == ResourceSort.RELEVANCE && query.q() == null) {
            throw ProblemException.invalidParameter("sort", "can be relevance only together with q");
        }
        QueryParameters.requireWithinOffset(query.page(), query.size(), maxOffset);
        LibraryHits found = discovery.library(new LibraryRequest(ids(query.audiences(), Audience::id),
                ids(query.types(), ResourceType::id), query.layers(), query.elements(), query.tags(), query.q(), sort.order(),
                (query.page() - 1) * query.size(), query.size(), query.facets()));
        List<ResourceSummary> items = found.hits().stream().map(mapper::summary).toList();
        DidYouMean suggestion = found.suggestion() == null ? null
                : new DidYouMean(found.suggestion(), link(found.suggestion(), query));
        return new ResourcePage(query.page(), query.size(), found.total(), PageLinks.totalPages(found.total(), query.size()),
                items, query.facets().isEmpty() ? null : labelled(found.facets()), suggestion);
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
        return page(uuidArray(version.subtreeIds(node)), page, size);
    }

    /**
     * The published library changes only when a resource or a framework version is published (which every
     * instance hears of), so the exact count of a list, the costly half of a page, is kept until then.
     */
    void onPublishedContentChanged(@Observes PublishedContentChanged event) {
        counts.invalidateAll();
    }

    private ResourcePage page(String nodes, int page, int size) {
        QueryParameters.requireWithinOffset(page, size, maxOffset);
        EntityManager em = reads.session(); // the replica's when it may serve this request
        String where = "r.node_ids && cast(:nodes as uuid[])";
        long total = counts.get(nodes, key -> ((Number) em.createNativeQuery("select count(*) from resource_card r where " + where)
                .setParameter("nodes", nodes).getSingleResult()).longValue());
        List<ResourceSummary> items = List.of();
        if (total > (long) (page - 1) * size) {
            Query select = em.createNativeQuery("select " + ResourceMapper.CARD_COLUMNS + " from resource_card r where r.id in ("
                    + "select r.id from resource_card r where " + where + " order by r.title, r.slug"
                    + " limit :limit offset :offset) order by r.title, r.slug");
            select.setParameter("nodes", nodes).setParameter("limit", size).setParameter("offset", (long) (page - 1) * size);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = select.getResultList();
            items = rows.stream().map(mapper::summary).toList();
        }
        return new ResourcePage(page, size, total, PageLinks.totalPages(total, size), items, null, null);
    }

    /** The engine's counts with the toolkit's labels; audience and type list every value, counted or not. */
    private static Map<String, List<FacetCount>> labelled(Map<String, List<FacetCount>> facets) {
        Map<String, List<FacetCount>> labelled = new LinkedHashMap<>();
        facets.forEach((facet, values) -> labelled.put(facet, switch (facet) {
            case "audience" -> complete(values, Arrays.stream(Audience.values()).collect(
                    Collectors.toMap(Audience::id, Audience::label, (a, b) -> a, LinkedHashMap::new)));
            case "type" -> complete(values, Arrays.stream(ResourceType.values()).collect(
                    Collectors.toMap(ResourceType::id, ResourceType::label, (a, b) -> a, LinkedHashMap::new)));
            default -> values;
        }));
        return labelled;
    }

    private static List<FacetCount> complete(List<FacetCount> counted, Map<String, String> labels) {
        List<FacetCount> all = new ArrayList<>();
        counted.forEach(c -> all.add(new FacetCount(c.value(), labels.getOrDefault(c.value(), c.value()), c.count(), c.selected())));
        labels.forEach((value, label) -> {
            if (counted.stream().noneMatch(c -> c.value().equals(value))) {
                all.add(new FacetCount(value, label, 0, false));
            }
        });
        return all;
    }

    /** The same library request with the corrected query. */
    private static String link(String corrected, ResourceQuery query) {
        StringBuilder link = new StringBuilder(ResourceMapper.RESOURCES).append("?q=")
                .append(URLEncoder.encode(corrected, StandardCharsets.UTF_8));
        append(link, "audience", ids(query.audiences(), Audience::id));
        append(link, "type", ids(query.types(), ResourceType::id));
        append(link, "layer", query.layers());
        append(link, "element", query.elements());
        append(link, "tag", query.tags());
        return link.toString();
    }

    private static void append(StringBuilder link, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            link.append('&').append(name).append('=').append(String.join(",", values.stream().sorted().toList()));
        }
    }

    private static <T> Set<String> ids(Set<T> values, Function<T, String> id) {
        return values.stream().map(id).collect(Collectors.toSet());
    }

    private static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
