package org.e2e.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.discovery.FacetCount;
import org.e2e.problem.Problem;
import org.e2e.resource.Audience;
import org.e2e.resource.ResourceCatalogService;
import org.e2e.resource.ResourcePage;
import org.e2e.resource.ResourceSort;
import org.e2e.resource.ResourceSummary;
import org.e2e.resource.ResourceType;

/**
 * Builds the library page's view from a state: one call of the library (the search engine, with the facet counts of
 * every facet that is not preset) and the links of the page, each the state with one thing changed.
 */
@ApplicationScoped
public class LibraryPages {

    static final Map<String, String> LEGENDS = Map.of("type", "Type", "audience", "Audience", "layer", "Framework layer",
            "element", "Framework element", "tag", "Tag");
    private static final Map<ResourceSort, String> SORTS = Map.of(ResourceSort.RELEVANCE, "Best match",
            ResourceSort.TITLE, "Title, A to Z", ResourceSort.TITLE_DESC, "Title, Z to A",
            ResourceSort.READING_TIME, "Shortest read first", ResourceSort.READING_TIME_DESC, "Longest read first");

    private final ResourceCatalogService catalog;

    public LibraryPages(ResourceCatalogService catalog) {
        this.catalog = catalog;
    }

    LibraryView view(LibraryState state, String path, boolean newTab) {
        ResourcePage found = catalog.list(state.resourceQuery());
        List<LibraryView.FacetGroup> facets = new ArrayList<>();
        for (String facet : LibraryState.FACETS) {
            List<FacetCount> counts = found.facets() == null ? null : found.facets().get(facet);
            if (counts != null && !counts.isEmpty()) {
                facets.add(new LibraryView.FacetGroup(facet, LEGENDS.get(facet), counts.stream()
                        .map(c -> new LibraryView.Option("f-" + facet + "-" + c.value(), c.value(), c.label(), c.count(),
                                state.filters().get(facet).contains(c.value())))
                        .toList()));
            }
        }
        // The default order sends no value, so it stays the default when the query comes or goes.
        ResourceSort byDefault = state.q() != null ? ResourceSort.RELEVANCE : ResourceSort.TITLE;
        List<LibraryView.SortOption> sorts = new ArrayList<>();
        for (ResourceSort sort : List.of(ResourceSort.RELEVANCE, ResourceSort.TITLE, ResourceSort.TITLE_DESC,
                ResourceSort.READING_TIME, ResourceSort.READING_TIME_DESC)) {
            if (sort != ResourceSort.RELEVANCE || state.q() != null) {
                sorts.add(new LibraryView.SortOption(sort == byDefault ? "" : sort.id(), SORTS.get(sort),
                        sort == state.effectiveSort()));
            }
        }
        String theme = state.theme().equals(EmbedResource.DEFAULT_THEME) ? "" : "?theme=" + state.theme();
        List<LibraryView.Hit> hits = found.items().stream().map(r -> hit(r, theme)).toList();
        LibraryView.Suggestion suggestion = found.suggestion() == null ? null : new LibraryView.Suggestion(
                found.suggestion().query(), path + state.withQuery(found.suggestion().query()).queryString());
        int pages = found.totalPages();
        LibraryView.Pager pager = new LibraryView.Pager(state.page(), pages,
                state.page() > 1 ? path + state.onPage(Math.min(state.page() - 1, Math.max(pages, 1))).queryString() : null,
                state.page() < pages ? path + state.onPage(state.page() + 1).queryString() : null);
        return new LibraryView(path, state.q(), presetNote(state), hidden(state), facets, sorts,
                status(state, found), hits, suggestion, pager, newTab, List.of(), path + reset(state));
    }

    /** The page of invalid parameters: the message, the search box as typed and a way back to the whole library. */
    static LibraryView error(String path, String typed, List<Problem.InvalidInput> errors) {
        List<String> messages = errors.stream().map(e -> "‘" + e.name() + "’ " + e.detail() + ".").toList();
        return new LibraryView(path, typed, null, List.of(), List.of(), List.of(), "No resources shown: the address of this "
                + "page is not valid.", List.of(), null, new LibraryView.Pager(1, 0, null, null), false, messages, path);
    }

    private static LibraryView.Hit hit(ResourceSummary r, String theme) {
        String byline = Stream.of(r.author(), r.publisher(), r.dateText()).filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
        return new LibraryView.Hit(r.title(), r.links().view() + theme, r.typeLabel(),
                (byline.isEmpty() ? "" : byline + " · ") + r.readingTimeMinutes() + " min read",
                r.audiences().stream().map(ResourceSummary.AudienceView::label).toList(), r.summary(), r.snippet());
    }

    /** What the live region says after every update: how many resources, for what, on which page. */
    static String status(LibraryState state, ResourcePage found) {
        String what = found.totalItems() == 0 ? "No resources" : found.totalItems() == 1 ? "1 resource"
                : found.totalItems() + " resources";
        String forQuery = state.q() == null ? "" : " for “" + state.q() + "”";
        boolean filtered = state.filters().entrySet().stream().anyMatch(e -> !state.preset(e.getKey()) && !e.getValue().isEmpty());
        String page = found.totalPages() > 1 || state.page() > 1 ? ", page " + state.page() + " of " + Math.max(found.totalPages(), 1) : "";
        return what + forQuery + (filtered ? " with the chosen filters" : "") + page + ".";
    }

    /** What a preset page is about, e.g. "This library shows only resources for Teachers." */
    private static String presetNote(LibraryState state) {
        if (state.presets().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String facet : state.presets()) {
            String values = String.join(" or ", state.filters().get(facet).stream().map(v -> label(facet, v)).toList());
            parts.add(switch (facet) {
                case "audience" -> "for " + values;
                case "type" -> "of the type " + values;
                case "tag" -> "tagged " + values;
                default -> "that support the framework " + facet + " " + values;
            });
        }
        return "This library shows only resources " + String.join(", ", parts) + ".";
    }

    private static String label(String facet, String value) {
        return switch (facet) {
            case "audience" -> Audience.fromId(value).label();
            case "type" -> ResourceType.fromId(value).label();
            default -> value;
        };
    }

    /** The form's unseen fields: the theme, and the presets with their values, which every search keeps. */
    private static List<LibraryView.Hidden> hidden(LibraryState state) {
        List<LibraryView.Hidden> hidden = new ArrayList<>();
        if (!state.theme().equals(EmbedResource.DEFAULT_THEME)) {
            hidden.add(new LibraryView.Hidden("theme", state.theme()));
        }
        hidden.add(new LibraryView.Hidden("preset", String.join(",", state.presets())));
        state.presets().forEach(f -> state.filters().get(f).forEach(v -> hidden.add(new LibraryView.Hidden(f, v))));
        if (state.size() != LibraryState.DEFAULT_SIZE) {
            hidden.add(new LibraryView.Hidden("size", String.valueOf(state.size())));
        }
        return hidden;
    }

    /** The page with its presets and theme only. */
    private static String reset(LibraryState state) {
        LibraryState bare = new LibraryState(state.theme(), state.presets(), null, state.filters().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> state.preset(e.getKey()) ? e.getValue() : Set.<String>of(),
                        (a, b) -> a, LinkedHashMap::new)), null, 1, state.size());
        return bare.queryString();
    }
}
