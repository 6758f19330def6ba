package org.e2e.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.config.ServiceConfig;
import org.e2e.discovery.DidYouMean;
import org.e2e.discovery.Completion;
import org.e2e.discovery.Completions;
import org.e2e.discovery.Discovery;
import org.e2e.discovery.TextHit;
import org.e2e.discovery.TextHits;
import org.e2e.discovery.TextRequest;
import org.e2e.framework.Crumb;
import org.e2e.resource.ResourceMapper;
import org.e2e.web.PageLinks;
import org.e2e.web.QueryParameters;

/**
 * Search across the latest published framework versions and the published resources, and completions as one types,
 * on the search index ({@link Discovery}, {@link Completions}): ranked, forgiving hits with snippets, facet counts
 * and "did you mean". The one place where the engine's hits become API records.
 */
@ApplicationScoped
public class SearchService {

    public static final List<String> TYPES = List.of("layer", "element", "category", "action", "resource");
    public static final List<String> FACETS = List.of("type", "framework");
    public static final int MAX_COMPLETIONS = 10;
    static final String SEARCH = "/api/v1/search";

    private final Discovery discovery;
    private final Completions completions;
    private final int maxOffset;

    public SearchService(Discovery discovery, Completions completions, ServiceConfig config) {
        this.discovery = discovery;
        this.completions = completions;
        this.maxOffset = config.paging().maxOffset();
    }

    public SearchPage search(SearchQuery query) {
        QueryParameters.requireWithinOffset(query.page(), query.size(), maxOffset);
        TextHits found = discovery.search(new TextRequest(query.q(), new LinkedHashSet<>(query.types()),
                new LinkedHashSet<>(query.frameworks()), (query.page() - 1) * query.size(), query.size(), query.facets()));
        List<SearchHit> hits = found.hits().stream().map(SearchService::hit).toList();
        DidYouMean suggestion = found.suggestion() == null ? null
                : new DidYouMean(found.suggestion(), link(found.suggestion(), query));
        return new SearchPage(query.q(), query.types().isEmpty() ? TYPES : query.types(), query.page(), query.size(),
                found.total(), PageLinks.totalPages(found.total(), query.size()), hits, suggestion,
                query.facets().isEmpty() ? null : found.facets());
    }

    /** Up to {@code limit} completions of what is typed. */
    public SearchCompletions suggest(String typed, int limit) {
        return new SearchCompletions(typed, completions.complete(typed, limit).stream().map(SearchService::completion).toList());
    }

    private static SearchHit hit(TextHit hit) {
        double score = Math.round(hit.score() * 10000) / 10000.0;
        return new SearchHit(hit.kind(), hit.id(), hit.slug(), hit.title(), hit.snippet(), score, hit.framework(),
                hit.version(), hit.path(), self(hit.kind(), hit.slug(), hit.path()));
    }

    private static SearchCompletion completion(Completion c) {
        return new SearchCompletion(c.kind(), c.id(), c.slug(), c.title(), c.framework(), c.version(), self(c.kind(), c.slug(), c.path()));
    }

    private static String self(String kind, String slug, List<Crumb> path) {
        return kind.equals("resource") ? ResourceMapper.RESOURCES + "/" + slug : path.get(path.size() - 1).self();
    }

    private static String link(String corrected, SearchQuery query) {
        StringBuilder link = new StringBuilder(SEARCH).append("?q=").append(URLEncoder.encode(corrected, StandardCharsets.UTF_8));
        if (!query.types().isEmpty()) {
            link.append("&types=").append(String.join(",", query.types()));
        }
        if (!query.frameworks().isEmpty()) {
            link.append("&framework=").append(String.join(",", query.frameworks()));
        }
        if (query.size() != 10) {
            link.append("&size=").append(query.size());
        }
        return link.toString();
    }
}
