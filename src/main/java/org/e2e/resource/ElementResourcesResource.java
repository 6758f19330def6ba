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

import org.e2e.db.ReadAfterToken;
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

/** HTTP only: the resources that support one framework element. */
@Path("/api/v1/frameworks/{framework}/elements/{element}/resources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class ElementResourcesResource {

    private final ResourceCatalogService catalog;
    private final JsonRepresentation json;

    public ElementResourcesResource(ResourceCatalogService catalog, JsonRepresentation json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GET
    @ReadAfterToken
    @Operation(operationId = "listElementResources", summary = "List the resources of an element",
            description = "The resources that support an element of the framework's latest published version, or "
                    + "one of its categories or actions, ordered by title and paged like GET /api/v1/resources.")
    @APIResponse(responseCode = "200", description = "One page of resources.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Link"), @Header(ref = "X-Total-Count") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourcePage.class),
                    examples = @ExampleObject(name = "connections", ref = "ElementResourcePage")))
    public Response listElementResources(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "Framework slug.", example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Element slug.", example = "connections") @PathParam("element") String element,
            @Parameter(description = "1-based page number. A page that skips more than 10,000 items is a 400.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000000", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        int pageNumber = QueryParameters.intInRange("page", page, 1, 1, 1_000_000);
        int pageSize = QueryParameters.intInRange("size", size, 20, 1, 100);
        ResourcePage result = catalog.forElement(fw, element, pageNumber, pageSize);
        return PageLinks.apply(json.ok(request, result), uri, pageNumber, pageSize, result.totalItems()).build();
    }
}
