package org.e2e.search;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.db.ReadAfterToken;
import org.e2e.problem.ProblemException;
import org.e2e.web.JsonRepresentation;
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

/** HTTP only: full-text search. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 1000;

    private final SearchService search;
    private final JsonRepresentation json;

    public SearchResource(SearchService search, JsonRepresentation json) {
        this.search = search;
        this.json = json;
    }

    @GET
    @ReadAfterToken
    @Operation(operationId = "search", summary = "Search the framework and the resources",
            description = "Ranked full-text hits across the layers, elements, categories and recommended actions of "
                    + "each framework's latest published version and across the resources, with highlighted snippets. "
                    + "`q` uses web search syntax: words are ANDed, \"quoted phrases\" match as phrases, `or` "
                    + "between words, `-word` excludes. Any text is accepted; a query of only stop words has no hits.")
    @APIResponse(responseCode = "200", description = "One page of hits, best first.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Link"), @Header(ref = "X-Total-Count") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class),
                    examples = @ExampleObject(name = "trust", ref = "SearchPage")))
    public Response search(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "What to search for: 1 to 1000 characters, no control characters.", required = true,
                    example = "mirroring conversation") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated types to search: layer, element, category, action, resource. "
                    + "Default: all.", example = "category,action,resource") @QueryParam("types") String types,
            @Parameter(description = "1-based page number. A page that skips more than 10,000 items is a 400: narrow the filters instead.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 50.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "50", defaultValue = "10")) @QueryParam("size") String size) {
        String query = QueryParameters.text("q", q, MAX_QUERY_LENGTH);
        if (query == null) {
            throw ProblemException.invalidParameter("q", "is required and must not be blank");
        }
        List<String> typeList = QueryParameters.slugList("types", types);
        typeList.stream().filter(t -> !SearchService.TYPES.contains(t)).findFirst().ifPresent(t -> {
            throw ProblemException.invalidParameter("types", "must list only " + String.join(", ", SearchService.TYPES)
                    + ", not '" + t + "'");
        });
        int pageNumber = QueryParameters.intInRange("page", page, 1, 1, 1000);
        int pageSize = QueryParameters.intInRange("size", size, 10, 1, 50);
        SearchPage result = search.search(query, typeList, pageNumber, pageSize);
        return PageLinks.apply(json.ok(request, result), uri, pageNumber, pageSize, result.totalItems()).build();
    }
}
