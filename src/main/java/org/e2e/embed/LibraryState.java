package org.e2e.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.e2e.problem.InvalidParameterException;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;
import org.e2e.resource.Audience;
import org.e2e.resource.ResourceCatalogService;
import org.e2e.resource.ResourceQuery;
import org.e2e.resource.ResourceSort;
import org.e2e.resource.ResourceType;
import org.e2e.web.QueryParameters;

/**
 * What a library page shows, read from its query string and written back to it: the state is the URL, so every page
 * can be shared. The parameters are those of {@code GET /api/v1/resources} (filters repeated or comma-separated, q,
 * sort, page, size) plus {@code theme} and {@code preset}: the filters a portal fixed for its page, whose facets the
 * page hides. Without {@code preset} every filter in the URL is a preset ({@code ?audience=teachers} is a teachers'
 * page); the page's form always sends {@code preset}, so what a reader ticks stays a choice. A form leaves fields
 * empty, so empty values mean absent; relevance without a query is the default order.
 *
 * @param filters facet (audience, type, layer, element, tag) to the values given, in the order of {@link #FACETS}
 */
public record LibraryState(String theme, Set<String> presets, String q, Map<String, Set<String>> filters, ResourceSort sort,
        int page, int size) {

    /** The facets in the order the page shows them. */
    public static final List<String> FACETS = List.of("type", "audience", "layer", "element", "tag");
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    /** As on the JSON list. */
    static final int MAX_QUERY_LENGTH = 1000;

    /** The state of {@code query} (each parameter with its values); every invalid parameter is named in one 400. */
    public static LibraryState parse(Map<String, List<String>> query) {
        List<Problem.InvalidInput> errors = new ArrayList<>();
        String theme = read(errors, () -> EmbedResource.theme(first(query, "theme")), EmbedResource.DEFAULT_THEME);
        String q = read(errors, () -> QueryParameters.text("q", first(query, "q"), MAX_QUERY_LENGTH), null);
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        for (String facet : FACETS) {
            filters.put(facet, read(errors, () -> values(facet, query.get(facet)), Set.of()));
        }
        ResourceSort sort = read(errors, () -> sort(first(query, "sort")), null);
        int page = read(errors, () -> QueryParameters.intInRange("page", first(query, "page"), 1, 1, 1_000_000), 1);
        int size = read(errors, () -> QueryParameters.intInRange("size", first(query, "size"), DEFAULT_SIZE, 1, MAX_SIZE),
                DEFAULT_SIZE);
        Set<String> presets = read(errors, () -> presets(query, filters), Set.of());
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return new LibraryState(theme, presets, q, filters, sort == ResourceSort.RELEVANCE && q == null ? null : sort, page, size);
    }

    /** The order shown: relevance with a query, else title, unless one is chosen. */
    public ResourceSort effectiveSort() {
        return sort != null ? sort : q != null ? ResourceSort.RELEVANCE : ResourceSort.TITLE;
    }

    /** The library request: the facets that are not preset are counted. */
    public ResourceQuery resourceQuery() {
        Set<String> facets = FACETS.stream().filter(f -> !presets.contains(f)).collect(Collectors.toCollection(LinkedHashSet::new));
        return new ResourceQuery(ids(filters.get("audience"), Audience::fromId), ids(filters.get("type"), ResourceType::fromId),
                filters.get("layer"), filters.get("element"), filters.get("tag"), q, sort, facets, page, size);
    }

    public boolean preset(String facet) {
        return presets.contains(facet);
    }

    /** This state on another page. */
    public LibraryState onPage(int other) {
        return new LibraryState(theme, presets, q, filters, sort, other, size);
    }

    /** This state with another query (for "did you mean"), from its first page. */
    public LibraryState withQuery(String other) {
        return new LibraryState(theme, presets, other, filters, sort, 1, size);
    }

    /**
     * The query string of this state ("?…", or empty for the whole library): theme, the presets (named only when they
     * are not all the filters, or when the reader chose filters), q, the filters, sort, page and size, each only when
     * it is not the default.
     */
    public String queryString() {
        List<String> pairs = new ArrayList<>();
        if (!theme.equals(EmbedResource.DEFAULT_THEME)) {
            pairs.add("theme=" + theme);
        }
        boolean chosen = FACETS.stream().anyMatch(f -> !presets.contains(f) && !filters.get(f).isEmpty());
        if (chosen) {
            pairs.add("preset=" + String.join(",", presets));
        }
        if (q != null) {
            pairs.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        FACETS.forEach(f -> filters.get(f).forEach(v -> pairs.add(f + "=" + v)));
        if (sort != null) {
            pairs.add("sort=" + sort.id());
        }
        if (page != 1) {
            pairs.add("page=" + page);
        }
        if (size != DEFAULT_SIZE) {
            pairs.add("size=" + size);
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static Set<String> presets(Map<String, List<String>> query, Map<String, Set<String>> filters) {
        if (!query.containsKey("preset")) {
            return FACETS.stream().filter(f -> !filters.get(f).isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        Set<String> named = new LinkedHashSet<>();
        for (String facet : split(query.get("preset"))) {
            if (!FACETS.contains(facet)) {
                throw ProblemException.invalidParameter("preset", "must name only " + String.join(", ", ResourceCatalogService.FACETS)
                        + ", not '" + facet + "'");
            }
            if (!filters.get(facet).isEmpty()) {
                named.add(facet);
            }
        }
        return named;
    }

    /** The values of a filter: a closed set for audience and type, slugs for the others. */
    private static Set<String> values(String facet, List<String> raw) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : split(raw)) {
            boolean known = switch (facet) {
                case "audience" -> Audience.fromId(value) != null;
                case "type" -> ResourceType.fromId(value) != null;
                default -> QueryParameters.slug(facet, value) != null;
            };
            if (!known) {
                throw ProblemException.invalidParameter(facet, "must be one of "
                        + (facet.equals("audience") ? Audience.allowed() : ResourceType.allowed()) + ", not '" + value + "'");
            }
            values.add(value);
        }
        return values;
    }

    private static ResourceSort sort(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        ResourceSort sort = ResourceSort.fromId(raw);
        if (sort == null) {
            throw ProblemException.invalidParameter("sort", "must be one of " + ResourceSort.allowed());
        }
        return sort;
    }

    private static List<String> split(List<String> raw) {
        return raw == null ? List.of() : raw.stream().flatMap(r -> Arrays.stream(r.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static <T> T read(List<Problem.InvalidInput> errors, Supplier<T> parse, T fallback) {
        try {
            return parse.get();
        } catch (InvalidParameterException e) {
            errors.addAll(e.errors());
            return fallback;
        }
    }

    private static <T> Set<T> ids(Set<String> values, Function<String, T> parse) {
        return values.stream().map(parse).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
