package org.e2e.search;

import java.util.List;
import java.util.Set;

/**
 * A search as the service takes it: the query (web search syntax), the types searched (empty: all), the frameworks
 * whose nodes are searched (empty: every framework and the resources), the facets to count (type, framework), and
 * the 1-based page and its size. Equal queries have equal answers while the published content is unchanged.
 */
public record SearchQuery(String q, List<String> types, List<String> frameworks, Set<String> facets, int page, int size) {

    public SearchQuery {
        types = List.copyOf(types);
        frameworks = List.copyOf(frameworks);
        facets = Set.copyOf(facets);
    }
}
