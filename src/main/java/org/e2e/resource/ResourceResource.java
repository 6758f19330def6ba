package org.e2e.resource;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.auth.Roles;
import org.e2e.db.ReadAfterToken;
import org.e2e.discovery.DiscoveryCache;
import org.e2e.problem.ProblemException;
import org.e2e.web.JsonRepresentation;
import org.e2e.web.EditableDocuments;
import org.e2e.web.EditableDocuments.Editable;
import org.e2e.web.PageLinks;
import org.e2e.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP only: the resource library. */
@Path(ResourceMapper.RESOURCES)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Resources")
public class ResourceResource {

    static final int MAX_QUERY_LENGTH = 1000;

    private static final String IF_MATCH = "The ETag of the resource's editable document as last read (GET .../draft). "
            + "Required: a missing one is a 428, a stale one a 412.";

    private final ResourceCatalogService catalog;
    private final ResourceAuthoringService authoring;
    private final JsonRepresentation json;
    private final DiscoveryCache answers;
    private final ObjectMapper strictMapper;

    public ResourceResource(ResourceCatalogService catalog, ResourceAuthoringService authoring, JsonRepresentation json,
            DiscoveryCache answers, ObjectMapper objectMapper) {
        this.answers = answers;
        this.catalog = catalog;
        this.authoring = authoring;
        this.json = json;
        this.strictMapper = ResourceAuthoringService.strict(objectMapper);
    }

    @GET
    @ReadAfterToken
    @Operation(operationId = "listResources", summary = "List resources",
            description = "The toolkit's resources (playbook, rubric, articles), filtered and paged. Filters combine "
                    + "with AND; a filter given several values (repeated, or comma-separated) matches any of them. "
                    + "`layer` and `element` match resources that support that node or anything inside it. `q` is a "
                    + "full-text query, as forgiving as search (web search syntax: quoted phrases, `or`, `-word`); with "
                    + "it each resource has a highlighted `snippet`, and `suggestion` offers a corrected query when "
                    + "words are in no resource. `facets` adds counts by audience, type, layer, element or tag for the "
                    + "query and the other filters (each facet without its own filter). The Link header carries first, "
                    + "prev, next and last; X-Total-Count the number of matches. Identical requests are answered from "
                    + "precomputed bytes until published content changes.")
    @APIResponse(responseCode = "200", description = "One page of resources.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Link"), @Header(ref = "X-Total-Count") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourcePage.class),
                    examples = { @ExampleObject(name = "district-leaders", ref = "ResourcePage"),
                            @ExampleObject(name = "facets", ref = "ResourcePageFacets") }))
    @APIResponse(responseCode = "304", description = "Not modified: the client's copy (If-None-Match) is current.")
    public Response listResources(@Context HttpHeaders headers, @Context UriInfo uri,
            @Parameter(description = "Only resources for these audiences (any of them).", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Audience.class))
            @QueryParam("audience") List<String> audience,
            @Parameter(description = "Only resources of these types (any of them).", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ResourceType.class))
            @QueryParam("type") List<String> type,
            @Parameter(description = "Only resources that support one of these framework layers (slugs) or anything in them.",
                    explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                    examples = @ExampleObject(name = "roots", value = "[\"roots\"]")) @QueryParam("layer") List<String> layer,
            @Parameter(description = "Only resources that support one of these framework elements (slugs) or anything in them.",
                    explode = Explode.TRUE, schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                    examples = @ExampleObject(name = "connections", value = "[\"connections\"]")) @QueryParam("element") List<String> element,
            @Parameter(description = "Only resources with one of these tags.", explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                    examples = @ExampleObject(name = "trust", value = "[\"trust\"]"))
            @QueryParam("tag") List<String> tag,
            @Parameter(description = "Full-text query over title, summary and body, at most 1000 characters and 32 "
                    + "distinct words and phrases.", example = "mirroring conversation") @QueryParam("q") String q,
            @Parameter(description = "Order: title (default), -title, reading-time, -reading-time, or relevance (the "
                    + "default when q is given).", schema = @Schema(type = SchemaType.STRING,
                            enumeration = { "title", "-title", "reading-time", "-reading-time", "relevance" }))
            @QueryParam("sort") String sort,
            @Parameter(description = "Comma-separated facets to count: audience, type, layer, element, tag.",
                    example = "audience,type") @QueryParam("facets") String facets,
            @Parameter(description = "1-based page number. A page that skips more than 10,000 items is a 400: narrow the filters instead.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000000", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        int pageNumber = QueryParameters.intInRange("page", page, 1, 1, 1_000_000);
        int pageSize = QueryParameters.intInRange("size", size, 20, 1, 100);
        List<String> facetList = QueryParameters.slugList("facets", facets);
        facetList.stream().filter(f -> !ResourceCatalogService.FACETS.contains(f)).findFirst().ifPresent(f -> {
            throw ProblemException.invalidParameter("facets", "must list only " + String.join(", ", ResourceCatalogService.FACETS)
                    + ", not '" + f + "'");
        });
        ResourceQuery query = new ResourceQuery(
                values("audience", audience, Audience::fromId, Audience.allowed()),
                values("type", type, ResourceType::fromId, ResourceType.allowed()),
                slugs("layer", layer), slugs("element", element), slugs("tag", tag),
                QueryParameters.text("q", q, MAX_QUERY_LENGTH),
                enumValue("sort", sort, ResourceSort.fromId(sort), ResourceSort.allowed()), new LinkedHashSet<>(facetList),
                pageNumber, pageSize);
        DiscoveryCache.Answer answer = answers.answer(query, () -> catalog.list(query), ResourcePage::totalItems);
        return PageLinks.apply(answers.respond(headers, answer), uri, pageNumber, pageSize, answer.total()).build();
    }

    @GET
    @Path("{slug}")
    @ReadAfterToken
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

    // ------------------------------------------------------------------------------------------------ authoring

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @Tag(name = "Resource authoring")
    @Operation(operationId = "createResource", summary = "Create a resource as a draft",
            description = "A new resource from a document in the resource package format (see "
                    + "src/main/resources/content/resource-package.schema.json). It stays a draft, invisible to "
                    + "anonymous readers, until a publisher publishes it. Every problem is listed in one 422 with a "
                    + "JSON pointer. Needs the editor or publisher role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourcePackage.Definition.class),
            examples = @ExampleObject(name = "new-resource", ref = "ResourceDocument")))
    @APIResponse(responseCode = "201", description = "The draft document.", headers = { @Header(ref = "Location"), @Header(ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourcePackage.Definition.class),
                    examples = @ExampleObject(name = "new-resource", ref = "ResourceDocument")))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "409", ref = "ResourceExists")
    @APIResponse(responseCode = "422", ref = "InvalidResource")
    public Response createResource(String body) throws JsonProcessingException {
        Editable<ResourcePackage.Definition> created = authoring.create(document(body));
        return EditableDocuments.created(URI.create(ResourceMapper.RESOURCES + "/" + created.document().slug() + "/draft"), created)
                .build();
    }

    @GET
    @Path("{slug}/draft")
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @Tag(name = "Resource authoring")
    @Operation(operationId = "getResourceDraft", summary = "Get the editable document of a resource",
            description = "The resource's pending draft, or, when it has none, its published text as the starting "
                    + "point of one, with the strong ETag that PUT, PATCH and DELETE must quote in If-Match. Needs the "
                    + "editor or publisher role.")
    @APIResponse(responseCode = "200", description = "The editable document.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourcePackage.Definition.class),
                    examples = @ExampleObject(name = "teacher-alliance", ref = "ResourceDocument")))
    public Response getResourceDraft(@Context Request request,
            @Parameter(description = "Resource slug.", example = "how-to-build-a-teacher-alliance") @PathParam("slug") String slug) {
        return json.ok(request, authoring.current(slug).encoded()).cacheControl(privateNoStore()).build();
    }

    @PUT
    @Path("{slug}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @Tag(name = "Resource authoring")
    @Operation(operationId = "replaceResourceDraft", summary = "Replace the draft of a resource",
            description = "Saves the whole document as the resource's pending draft; readers keep seeing the published "
                    + "text until it is published. The slug cannot change. Needs If-Match and the editor or publisher role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResourcePackage.Definition.class),
            examples = @ExampleObject(name = "teacher-alliance", ref = "ResourceDocument")))
    @APIResponse(responseCode = "200", description = "The saved draft.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourcePackage.Definition.class),
                    examples = @ExampleObject(name = "teacher-alliance", ref = "ResourceDocument")))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "InvalidResource")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response replaceResourceDraft(
            @Parameter(description = "Resource slug.", example = "how-to-build-a-teacher-alliance") @PathParam("slug") String slug,
            @Parameter(description = IF_MATCH, example = EditableDocuments.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String body) throws JsonProcessingException {
        return saved(authoring.replaceDraft(slug, ifMatch, document(body)));
    }

    @PATCH
    @Path("{slug}/draft")
    @Consumes(EditableDocuments.MERGE_PATCH)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @Tag(name = "Resource authoring")
    @Operation(operationId = "patchResourceDraft", summary = "Change the draft of a resource",
            description = "Applies a JSON Merge Patch (RFC 7396) to the editable document and saves the result as the "
                    + "pending draft, e.g. `{\"supports\":[…]}` to add a framework link. Needs If-Match and the editor "
                    + "or publisher role.")
    @RequestBody(required = true, content = @Content(mediaType = EditableDocuments.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "retitle", value = "{\"summary\": \"Teachers need each other.\"}")))
    @APIResponse(responseCode = "200", description = "The saved draft.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourcePackage.Definition.class),
                    examples = @ExampleObject(name = "teacher-alliance", ref = "ResourceDocument")))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "InvalidResource")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response patchResourceDraft(
            @Parameter(description = "Resource slug.", example = "how-to-build-a-teacher-alliance") @PathParam("slug") String slug,
            @Parameter(description = IF_MATCH, example = EditableDocuments.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            String patch) throws JsonProcessingException {
        return saved(authoring.patchDraft(slug, ifMatch, EditableDocuments.mergePatch(strictMapper, patch, "the document")));
    }

    @DELETE
    @Path("{slug}/draft")
    @Produces(MediaType.WILDCARD) // a 204 has no body, so any Accept header is fine (application/problem+json too)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @Tag(name = "Resource authoring")
    @Operation(operationId = "discardResourceDraft", summary = "Discard the draft of a resource",
            description = "Drops the pending edits of a published resource; a resource that was never published is "
                    + "deleted with its draft. Needs If-Match and the editor or publisher role.")
    @APIResponse(responseCode = "204", description = "Discarded.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response discardResourceDraft(
            @Parameter(description = "Resource slug.", example = "how-to-build-a-teacher-alliance") @PathParam("slug") String slug,
            @Parameter(description = IF_MATCH, example = EditableDocuments.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        authoring.discardDraft(slug, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{slug}/publish")
    @RolesAllowed(Roles.PUBLISHER)
    @SecurityRequirement(name = "bearer")
    @Tag(name = "Resource authoring")
    @Operation(operationId = "publishResource", summary = "Publish the draft of a resource",
            description = "Validates the draft again (its framework links must exist) and makes it the published "
                    + "resource that every reader sees. Needs the publisher role.")
    @APIResponse(responseCode = "200", description = "The published resource.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResourceView.class),
                    examples = @ExampleObject(name = "teacher-alliance", ref = "Resource")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "InvalidResource")
    public ResourceView publishResource(
            @Parameter(description = "Resource slug.", example = "how-to-build-a-teacher-alliance") @PathParam("slug") String slug) {
        return authoring.publish(slug);
    }

    private Response saved(Editable<ResourcePackage.Definition> saved) {
        return EditableDocuments.ok(saved).cacheControl(privateNoStore()).build();
    }

    private ResourcePackage.Definition document(String body) throws JsonProcessingException {
        return document(strictMapper.readTree(body == null ? "" : body));
    }

    private ResourcePackage.Definition document(JsonNode tree) throws JsonProcessingException {
        if (tree == null || !tree.isObject()) {
            throw ProblemException.invalidBody("", "must be a JSON object (a resource document)");
        }
        return strictMapper.treeToValue(tree, ResourcePackage.Definition.class);
    }

    private static CacheControl privateNoStore() {
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoTransform(false);
        cacheControl.setPrivate(true);
        cacheControl.setNoStore(true);
        return cacheControl;
    }

    /** Repeated and comma-separated values of a closed set; anything unknown is a 400 that lists what is allowed. */
    private static <T> Set<T> values(String name, List<String> raw, Function<String, T> parse, String allowed) {
        Set<T> values = new LinkedHashSet<>();
        for (String value : split(raw)) {
            values.add(enumValue(name, value, parse.apply(value), allowed));
        }
        return values;
    }

    /** Repeated and comma-separated slugs. */
    private static Set<String> slugs(String name, List<String> raw) {
        Set<String> slugs = new LinkedHashSet<>();
        split(raw).forEach(value -> slugs.add(QueryParameters.slug(name, value)));
        return slugs;
    }

    private static List<String> split(List<String> raw) {
        return raw == null ? List.of() : raw.stream().flatMap(r -> Arrays.stream(r.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
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
