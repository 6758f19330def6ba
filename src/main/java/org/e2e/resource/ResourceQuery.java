package org.e2e.resource;

import java.util.Set;

/**
 * A library page as the service takes it: the filters (each a set of values, any of which matches; the filters
 * combine with AND; empty: no filter), the full-text query (null: none), the order (null: relevance with a query,
 * else title), the facets to count (audience, type, layer, element, tag) and the 1-based page and its size. Equal
 * queries have equal answers while the published content is unchanged.
 */
public record ResourceQuery(Set<Audience> audiences, Set<ResourceType> types, Set<String> layers, Set<String> elements,
        Set<String> tags, String q, ResourceSort sort, Set<String> facets, int page, int size) {

    public ResourceQuery {
        audiences = Set.copyOf(audiences);
        types = Set.copyOf(types);
        layers = Set.copyOf(layers);
        elements = Set.copyOf(elements);
        tags = Set.copyOf(tags);
        facets = Set.copyOf(facets);
    }

    /** The whole library in title order: page {@code page} of {@code size}, no facets. */
    public static ResourceQuery all(int page, int size) {
        return new ResourceQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, Set.of(), page, size);
    }
}
