package org.e2e.search;

import java.util.LinkedHashSet;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.db.ReadAfterToken;
import org.e2e.problem.ProblemException;
import org.e2e.discovery.DiscoveryCache;
import org.e2e.web.PageLinks;
import org.e2e.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP only: search and completions. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 1000;
    static final int MAX_TYPED_LENGTH = 200;

    private final SearchService search;
    private final DiscoveryCache answers;

    public SearchResource(SearchService search, DiscoveryCache answers) {
        this.search = search;
        this.answers = answers;
    }

    @GET
    @ReadAfterToken
    @Operation(operationId = "search", summary = "Search the framework and the resources",
            description = "Ranked hits across the layers, elements, categories and recommended actions of each "
                    + "framework's latest published version and across the resources, with highlighted snippets. "
                    + "`q` uses web search syntax: words are ANDed, \"quoted phrases\" match as phrases, `or` "
                    + "between words, `-word` excludes. Search forgives: words match their other forms (stemming), "
                    + "accents and case are ignored, a word of 5 or more characters also matches within one edit (9 "
                    + "or more: two), ranked below exact matches, and the last word also matches as the beginning of a "
                    + "word. When words are in no text, `suggestion` offers a corrected query that finds more. "
                    + "`facets=type,framework` adds counts by type and framework (each without its own filter). "
                    + "A query of only stop words has no hits. Identical requests are answered from precomputed bytes "
                    + "until published content changes.")
    @APIResponse(responseCode = "200", description = "One page of hits, best first.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Link"), @Header(ref = "X-Total-Count") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class),
                    examples = { @ExampleObject(name = "trust", ref = "SearchPage"),
                            @ExampleObject(name = "typo", ref = "SearchPageTypo") }))
    @APIResponse(responseCode = "304", description = "Not modified: the client's copy (If-None-Match) is current.")
    public Response search(@Context HttpHeaders headers, @Context UriInfo uri,
            @Parameter(description = "What to search for: 1 to 1000 characters, no control characters, at most 32 "
                    + "distinct words and phrases.", required = true, example = "mirroring conversation") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated types to search: layer, element, category, action, resource. "
                    + "Default: all.", example = "category,action,resource") @QueryParam("types") String types,
            @Parameter(description = "Comma-separated framework slugs: only nodes of these frameworks (no resources). "
                    + "Default: every framework and the resources.", example = "e2e-relationships") @QueryParam("framework") String framework,
            @Parameter(description = "Comma-separated facets to count: type, framework.", example = "type")
            @QueryParam("facets") String facets,
            @Parameter(description = "1-based page number. A page that skips more than 10,000 items is a 400: narrow the filters instead.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 50.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "50", defaultValue = "10")) @QueryParam("size") String size) {
        String query = QueryParameters.text("q", q, MAX_QUERY_LENGTH);
        if (query == null) {
            throw ProblemException.invalidParameter("q", "is required and must not be blank");
        }
        List<String> typeList = oneOf("types", QueryParameters.slugList("types", types), SearchService.TYPES);
        List<String> facetList = oneOf("facets", QueryParameters.slugList("facets", facets), SearchService.FACETS);
        int pageNumber = QueryParameters.intInRange("page", page, 1, 1, 1000);
        int pageSize = QueryParameters.intInRange("size", size, 10, 1, 50);
        SearchQuery request = new SearchQuery(query, typeList, QueryParameters.slugList("framework", framework),
                new LinkedHashSet<>(facetList), pageNumber, pageSize);
        DiscoveryCache.Answer answer = answers.answer(request, () -> search.search(request), SearchPage::totalItems);
        return PageLinks.apply(answers.respond(headers, answer), uri, pageNumber, pageSize, answer.total()).build();
    }

    @GET
    @Path("suggestions")
    @ReadAfterToken
    @Operation(operationId = "suggestSearch", summary = "Complete what is typed",
            description = "Up to 10 titles of layers, elements, categories, actions and resources that complete what is "
                    + "typed, for a search box: every word but the last matches a title word (within one edit from 5 "
                    + "characters), the last one the beginning of a title word (within one edit from 4 characters). "
                    + "Whole words rank above beginnings and near misses, layers, elements and categories above "
                    + "actions and resources, short titles above long ones.")
    @APIResponse(responseCode = "200", description = "The completions, best first (none when nothing matches).",
            headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchCompletions.class),
                    examples = @ExampleObject(name = "rel", ref = "SearchCompletions")))
    @APIResponse(responseCode = "304", description = "Not modified: the client's copy (If-None-Match) is current.")
    public Response suggestSearch(@Context HttpHeaders headers,
            @Parameter(description = "What is typed so far: 1 to 200 characters, no control characters.", required = true,
                    example = "rel") @QueryParam("q") String q,
            @Parameter(description = "Most completions, 1 to 10.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "10", defaultValue = "10")) @QueryParam("limit") String limit) {
        String typed = QueryParameters.text("q", q, MAX_TYPED_LENGTH);
        if (typed == null) {
            throw ProblemException.invalidParameter("q", "is required and must not be blank");
        }
        int most = QueryParameters.intInRange("limit", limit, SearchService.MAX_COMPLETIONS, 1, SearchService.MAX_COMPLETIONS);
        record Typed(String q, int limit) {
        }
        DiscoveryCache.Answer answer = answers.answer(new Typed(typed, most), () -> search.suggest(typed, most),
                c -> c.items().size());
        return answers.respond(headers, answer).build();
    }

    /** The values, each one of {@code allowed}; anything else is a 400 that lists them. */
    private static List<String> oneOf(String name, List<String> values, List<String> allowed) {
        values.stream().filter(v -> !allowed.contains(v)).findFirst().ifPresent(v -> {
            throw ProblemException.invalidParameter(name, "must list only " + String.join(", ", allowed) + ", not '" + v + "'");
        });
        return values;
    }
}
