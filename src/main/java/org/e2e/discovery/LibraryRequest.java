package org.e2e.discovery;

import java.util.Set;

/**
 * A library page: the filters (each a set of values, any of which matches; the filters combine with AND; empty: no
 * filter), the text query (null: none), the order, the page (offset and limit) and the facets to count.
 */
public record LibraryRequest(Set<String> audiences, Set<String> types, Set<String> layers, Set<String> elements,
        Set<String> tags, String q, LibraryOrder order, int offset, int limit, Set<String> facets) {

    /** The facets a library page can count. */
    public static final Set<String> FACETS = Set.of("audience", "type", "layer", "element", "tag");

    /** The orders of a library page; each ends with the slug, so pages never overlap. */
    public enum LibraryOrder {
        TITLE, TITLE_DESC, READING_TIME, READING_TIME_DESC, RELEVANCE
    }
}
