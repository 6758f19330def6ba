package org.e2e.discovery;

import java.util.List;
import java.util.Map;

/** One library page: the total, the resources on it, the facet counts asked for, and "did you mean" as in {@link TextHits}. */
public record LibraryHits(long total, List<LibraryHit> hits, Map<String, List<FacetCount>> facets, String suggestion) {
}
