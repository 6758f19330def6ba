package org.e2e.discovery;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with the total, the facet counts asked for (dimension to values, empty when none were) and,
 * when some words are not in the index, a corrected query that has more hits ("did you mean"), else null.
 */
public record TextHits(long total, List<TextHit> hits, Map<String, List<FacetCount>> facets, String suggestion) {
}
