package org.e2e.embed;

import java.util.List;

/**
 * The library page as its template shows it. {@code errors} (with nothing found) say what is wrong with each
 * invalid parameter of the page; {@code q} is the query as typed, for the search box.
 */
public record LibraryView(String formAction, String q, String presetNote, List<Hidden> hidden, List<FacetGroup> facets,
        List<SortOption> sorts, String status, List<Hit> hits, Suggestion suggestion, Pager pager, boolean newTab,
        List<String> errors, String resetUrl) {

    /** A field the form sends unseen: the theme and the presets. */
    public record Hidden(String name, String value) {
    }

    /** One facet as a group of checkboxes. */
    public record FacetGroup(String name, String legend, List<Option> options) {
    }

    /** {@code id} is the checkbox's element id, stable across updates so focus can stay on it. */
    public record Option(String id, String value, String label, long count, boolean selected) {
    }

    public record SortOption(String value, String label, boolean selected) {
    }

    /** {@code snippet} is HTML from the engine: escaped, the matched words in {@code <mark>}; null without a query. */
    public record Hit(String title, String url, String typeLabel, String byline, List<String> audiences, String summary,
            String snippet) {
    }

    public record Suggestion(String query, String url) {
    }

    /** {@code previous} and {@code next} are null on the first and last page. */
    public record Pager(int page, int totalPages, String previous, String next) {
    }
}
