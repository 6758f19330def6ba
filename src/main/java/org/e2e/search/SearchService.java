package org.e2e.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.db.ReadRouting;
import org.e2e.framework.LatestVersion;
import org.e2e.framework.LatestVersions;
import org.e2e.resource.ResourceMapper;
import org.e2e.web.PageLinks;
import org.e2e.config.ServiceConfig;
import org.e2e.web.QueryParameters;

/**
 * Full-text search over the latest published framework versions and the published resources: PostgreSQL
 * tsvector columns with GIN indexes, websearch_to_tsquery (which accepts any input without a syntax error),
 * ts_rank normalised by document length, and ts_headline snippets computed for the returned page only.
 */
@ApplicationScoped
public class SearchService {

    public static final List<String> TYPES = List.of("layer", "element", "category", "action", "resource");

    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private static final String SQL = """
            with q as (select websearch_to_tsquery('english', :q) as query),
            hits as (
                select n.type as kind, n.node_id as id, n.version_id, n.slug, coalesce(n.title, n.body) as title,
                       ts_rank(n.search, q.query, 1) as rank, n.row_id as node_row
                from node n cross join q
                where n.version_id = any(cast(:versions as uuid[]))
                  and n.type = any(cast(:nodeTypes as text[]))
                  and n.search @@ q.query
                union all
                select 'resource', r.id, null, r.slug, r.title, ts_rank(r.search, q.query, 1), null
                from resource_card r cross join q
                where :withResources and r.search @@ q.query
            ),
            ranked as (
                select *, count(*) over () as total from hits
                order by rank desc, kind, slug
                limit :limit offset :offset
            )
            select r.kind, r.id, r.version_id, r.slug, r.title, r.rank, r.total,
                   ts_headline('english', e2e_html_escape(regexp_replace(coalesce(
                       (select concat_ws(' ', n.title, n.subtitle, n.description, n.body) from node n where n.row_id = r.node_row),
                       (select concat_ws(' ', x.title, x.summary, x.search_text) from resource x
                        where r.kind = 'resource' and x.id = r.id)), '\\s+', ' ', 'g')), q.query, :headline) as snippet
            from ranked r cross join q
            order by r.rank desc, r.kind, r.slug
            """;

    private final ReadRouting reads;
    private final LatestVersions latest;

    private final int maxOffset;

    public SearchService(ReadRouting reads, LatestVersions latest, ServiceConfig config) {
        this.maxOffset = config.paging().maxOffset();
        this.reads = reads;
        this.latest = latest;
    }

    public SearchPage search(String query, List<String> types, int page, int size) {
        QueryParameters.requireWithinOffset(page, size, maxOffset);
        List<String> searched = types.isEmpty() ? TYPES : types;
        Map<UUID, LatestVersion> byVersion = new HashMap<>();
        latest.all().forEach(v -> byVersion.put(v.versionId(), v));
        List<String> nodeTypes = searched.stream().filter(t -> !t.equals("resource")).toList();

        String versions = array(byVersion.keySet().stream().map(UUID::toString).toList());
        boolean withResources = searched.contains("resource");
        List<Object[]> rows = run(query, versions, array(nodeTypes), withResources, size, (long) (page - 1) * size);
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[6]).longValue();
        } else if (page == 1) {
            total = 0;
        } else {
            // Past the last page: the page is empty, but the client still learns how many hits there are.
            List<Object[]> first = run(query, versions, array(nodeTypes), withResources, 1, 0);
            total = first.isEmpty() ? 0 : ((Number) first.get(0)[6]).longValue();
        }
        List<SearchHit> hits = rows.stream().map(row -> hit(row, byVersion)).toList();
        return new SearchPage(query, searched, page, size, total, PageLinks.totalPages(total, size), hits);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> run(String query, String versions, String nodeTypes, boolean withResources, int limit, long offset) {
        return reads.session().createNativeQuery(SQL) // the replica's when it may serve this request
                .setParameter("q", query)
                .setParameter("versions", versions)
                .setParameter("nodeTypes", nodeTypes)
                .setParameter("withResources", withResources)
                .setParameter("headline", HEADLINE_OPTIONS)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
    }

    private static SearchHit hit(Object[] row, Map<UUID, LatestVersion> byVersion) {
        String kind = (String) row[0];
        UUID id = (UUID) row[1];
        String slug = (String) row[3];
        String title = (String) row[4];
        double score = Math.round(((Number) row[5]).doubleValue() * 10000) / 10000.0;
        String snippet = (String) row[7];
        if (kind.equals("resource")) {
            return new SearchHit(kind, id, slug, title, snippet, score, null, null, List.of(), ResourceMapper.RESOURCES + "/" + slug);
        }
        LatestVersion v = byVersion.get((UUID) row[2]);
        var path = v.path(id);
        return new SearchHit(kind, id, slug, title, snippet, score, v.framework(), v.version(), path,
                path.get(path.size() - 1).self());
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "{", "}"));
    }
}
