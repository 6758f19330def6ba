package org.e2e.resource;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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

/** HTTP only: the resource library. */
@Path(ResourceMapper.RESOURCES)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class ResourceResource {

    static final int MAX_QUERY_LENGTH = 1000;

    private final ResourceCatalogService catalog;
    private final JsonRepresentation json;

    public ResourceResource(ResourceCatalogService catalog, JsonRepresentation json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GET
    @Operation(operationId = "listResources", summary = "List resources",
            description = "The toolkit's resources (playbook, rubric, articles), filtered and paged. Filters combine "
                    + "with AND. `layer` and `element` match resources that support that node or anything inside it. "
                    + "`q` is a full-text query (web search syntax: quoted phrases, `or`, `-word`). The Link header "
                    + "carries first, prev, next and last; X-Total-Count the number of matches.")
    @APIResponse(responseCode = "200", description = "One page of resources.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Link"), @Header(ref = "X-Total-Count") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourcePage.class),
                    examples = @ExampleObject(name = "district-leaders", ref = "ResourcePage")))
    public Response listResources(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "Only resources for this audience.", schema = @Schema(implementation = Audience.class))
            @QueryParam("audience") String audience,
            @Parameter(description = "Only resources of this type.", schema = @Schema(implementation = ResourceType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only resources that support this framework layer (slug) or anything in it.", example = "roots")
            @QueryParam("layer") String layer,
            @Parameter(description = "Only resources that support this framework element (slug) or anything in it.", example = "connections")
            @QueryParam("element") String element,
            @Parameter(description = "Only resources with this tag.", example = "trust") @QueryParam("tag") String tag,
            @Parameter(description = "Full-text query over title, summary and body, at most 1000 characters.", example = "mirroring conversation")
            @QueryParam("q") String q,
            @Parameter(description = "Order: title (default), -title, reading-time, -reading-time, or relevance (the "
                    + "default when q is given).", schema = @Schema(type = SchemaType.STRING,
                            enumeration = { "title", "-title", "reading-time", "-reading-time", "relevance" }))
            @QueryParam("sort") String sort,
            @Parameter(description = "1-based page number. A page that skips more than 10,000 items is a 400: narrow the filters instead.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000000", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        int pageNumber = QueryParameters.intInRange("page", page, 1, 1, 1_000_000);
        int pageSize = QueryParameters.intInRange("size", size, 20, 1, 100);
        ResourceCatalogService.ResourceQuery query = new ResourceCatalogService.ResourceQuery(
                enumValue("audience", audience, Audience.fromId(audience), Audience.allowed()),
                enumValue("type", type, ResourceType.fromId(type), ResourceType.allowed()),
                QueryParameters.slug("layer", layer), QueryParameters.slug("element", element),
                QueryParameters.slug("tag", tag), QueryParameters.text("q", q, MAX_QUERY_LENGTH),
                enumValue("sort", sort, ResourceSort.fromId(sort), ResourceSort.allowed()), pageNumber, pageSize);
        ResourcePage result = catalog.list(query);
        return PageLinks.apply(json.ok(request, result), uri, pageNumber, pageSize, result.totalItems()).build();
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getResource", summary = "Get a resource",
            description = "One resource with its structured body (sections of paragraphs, headings, lists, steps, "
                    + "questions and quotes), its rubric when it is one, and the framework nodes it supports.")
    @APIResponse(responseCode = "200", description = "The resource.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourceView.class),
                    examples = @ExampleObject(name = "teacher-alliance", ref = "Resource")))
    public Response getResource(@Context Request request,
            @Parameter(description = "Resource slug.", example = "how-to-build-a-teacher-alliance") @PathParam("slug") String slug) {
        return json.ok(request, catalog.get(slug)).build();
    }

    /** A value of a closed set: absent is null, anything unknown is a 400 that lists what is allowed. */
    static <T> T enumValue(String name, String raw, T parsed, String allowed) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (parsed == null) {
            throw ProblemException.invalidParameter(name, "must be one of " + allowed);
        }
        return parsed;
    }
}
