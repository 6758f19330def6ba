package org.e2e.framework.published;

import static org.e2e.framework.PathParams.nodeId;
import static org.e2e.framework.PathParams.pathVersion;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.ActionPage;
import org.e2e.framework.ApiPaths;
import org.e2e.framework.ElementResponse;
import org.e2e.framework.FrameworkSummary;
import org.e2e.framework.FrameworkTree;
import org.e2e.framework.FrameworkTreeService;
import org.e2e.framework.FrameworkTreeService.VersionSnapshot;
import org.e2e.framework.LayerResponse;
import org.e2e.framework.NodeView;
import org.e2e.framework.OutcomesView;
import org.e2e.framework.PrinciplesView;
import org.e2e.framework.ReferencesView;
import org.e2e.framework.VersionSummary;
import org.e2e.framework.Versioned;
import org.e2e.framework.published.Representation.Element;
import org.e2e.framework.published.Representation.Layer;
import org.e2e.framework.published.Representation.Node;
import org.e2e.web.CsvTable;
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

/**
 * HTTP only: parses parameters into a {@link PublishedRead} and answers through {@link PublishedResponses}, which
 * serves precomputed bytes of published versions (building them once from {@link FrameworkTreeService}) and never
 * stores drafts. Cache hits without CORS or credentials are usually answered earlier still, on the event loop, by
 * {@link PublishedRoute}, which parses URLs into the same reads.
 */
@Path(ApiPaths.FRAMEWORKS)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Frameworks")
public class FrameworkResource {

    static final String ACTIONS_CSV_EXAMPLE = "layer,element,category,action,id,link\r\n\"Roots\",\"Beliefs\",\"Trust\","
            + "\"Be reliable: Tell your colleagues what you are going to do, then do it.\",\"35c8edd3-a1ce-505e-bf0e-5994b6236a7e\","
            + "\"http://localhost:8080/view/frameworks/e2e-relationships/elements/beliefs#cat-trust\"\r\n";
    static final String FW_DESCRIPTION = "Framework slug, as listed by GET /api/v1/frameworks.";
    static final String VERSION_QUERY_DESCRIPTION = "Pin a semantic version, such as 1.0.0. Without it the "
            + "latest published version is served.";

    private final FrameworkTreeService service;
    private final JsonRepresentation json;
    private final PublishedResponses published;
    private final ServiceConfig config;

    public FrameworkResource(FrameworkTreeService service, JsonRepresentation json, PublishedResponses published,
            ServiceConfig config) {
        this.service = service;
        this.json = json;
        this.published = published;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listFrameworks", summary = "List frameworks",
            description = "Every framework this service serves, with its latest published version and links to its parts.")
    @APIResponse(responseCode = "200", description = "The frameworks.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FrameworkSummary.class),
            examples = @ExampleObject(name = "frameworks", ref = "FrameworkList")))
    public Response listFrameworks() {
        return published.respondList(PublishedRead.frameworks(), service::listFrameworks);
    }

    @GET
    @Path("{framework}")
    @Operation(operationId = "getFramework", summary = "Get the whole framework tree",
            description = "The whole framework as one document: the four layers with their elements, categories, "
                    + "recommended actions, educator quotes and research narratives, then the principles, positive "
                    + "outcomes and references. Serves the latest published version unless `version` pins one.")
    @APIResponse(responseCode = "200", description = "The framework tree.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkTree.class),
                    examples = @ExampleObject(name = "e2e-relationships", ref = "FrameworkTree")))
    public Response getFramework(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION_QUERY_DESCRIPTION, example = "1.0.0") @QueryParam("version") String version) {
        return published.respond(queried(fw, version, Representation.TREE),
                VersionSnapshot::tree);
    }

    @GET
    @Path("{framework}/versions")
    @Operation(operationId = "listVersions", summary = "List the versions of a framework",
            description = "The published and deprecated versions of a framework, newest first.")
    @APIResponse(responseCode = "200", description = "The versions.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VersionSummary.class),
                    examples = @ExampleObject(name = "versions", ref = "VersionList")))
    public Response listVersions(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw) {
        return published.respondList(PublishedRead.versions(fw), () -> service.listVersions(fw));
    }

    @GET
    @Path("{framework}/versions/{version}")
    @Operation(operationId = "getFrameworkVersion", summary = "Get the framework tree of one version",
            description = "The whole framework tree exactly as it is in the given version.")
    @APIResponse(responseCode = "200", description = "The framework tree of that version.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkTree.class),
                    examples = @ExampleObject(name = "e2e-relationships", ref = "FrameworkTree")))
    public Response getFrameworkVersion(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Semantic version, such as 1.0.0.", example = "1.0.0") @PathParam("version") String version) {
        return published.respond(PublishedRead.of(fw, pathVersion(fw, version), Representation.TREE), VersionSnapshot::tree);
    }

    @GET
    @Path("{framework}/versions/{version}/nodes/{id}")
    @Operation(operationId = "getNode", summary = "Get one node of a version",
            description = "Any node (layer, element, category, action, quote, narrative, principle, outcome, "
                    + "reference or section) by its stable id, flat, with its breadcrumb path.")
    @APIResponse(responseCode = "200", description = "The node.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NodeView.class),
                    examples = @ExampleObject(name = "action", ref = "Node")))
    public Response getNode(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Semantic version, such as 1.0.0.", example = "1.0.0") @PathParam("version") String version,
            @Parameter(description = "Stable node id (UUID).", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        UUID nodeId = nodeId(fw, version, id);
        return published.respond(PublishedRead.of(fw, pathVersion(fw, version), new Node(nodeId)), s -> service.node(s, nodeId));
    }

    @GET
    @Path("{framework}/layers/{layer}")
    @Operation(operationId = "getLayer", summary = "Get one layer",
            description = "One layer (roots, soil, bedrock or environment) with its whole subtree and breadcrumb path.")
    @APIResponse(responseCode = "200", description = "The layer.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LayerResponse.class),
                    examples = @ExampleObject(name = "soil", ref = "Layer")))
    public Response getLayer(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Layer slug.", example = "roots") @PathParam("layer") String layer,
            @Parameter(description = VERSION_QUERY_DESCRIPTION, example = "1.0.0") @QueryParam("version") String version) {
        return published.respond(queried(fw, version, new Layer(layer)),
                s -> service.layer(s, layer));
    }

    @GET
    @Path("{framework}/elements/{element}")
    @Operation(operationId = "getElement", summary = "Get one element",
            description = "One element, such as beliefs, with its categories, quotes, recommended actions and research "
                    + "narratives, and its breadcrumb path.")
    @APIResponse(responseCode = "200", description = "The element.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ElementResponse.class),
                    examples = @ExampleObject(name = "beliefs", ref = "Element")))
    public Response getElement(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Element slug, unique within the framework.", example = "beliefs") @PathParam("element") String element,
            @Parameter(description = VERSION_QUERY_DESCRIPTION, example = "1.0.0") @QueryParam("version") String version) {
        return published.respond(queried(fw, version, new Element(element)),
                s -> service.element(s, element));
    }

    @GET
    @Path("{framework}/actions")
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @Operation(operationId = "listActions", summary = "List recommended actions",
            description = "A flat, paginated list of recommended actions in framework order, each with its path. "
                    + "Filter by layer, element and category slug; a slug the version does not have is a 400. "
                    + "The Link header carries first, prev, next and last; X-Total-Count the number of matches. "
                    + "With `Accept: text/csv` the same page is a spreadsheet (RFC 4180, UTF-8 with a byte-order mark, "
                    + "a header row, one row per action: layer, element, category, action, id, link to the action's "
                    + "element page at its category), with the same paging headers; ask `size=100` for a whole "
                    + "element. Cells that a spreadsheet would read as a formula start with `'`.")
    @APIResponse(responseCode = "200", description = "One page of actions.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Link"), @Header(ref = "X-Total-Count") },
            content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionPage.class),
                    examples = @ExampleObject(name = "trust", ref = "ActionPage")),
                    @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "trust", value = ACTIONS_CSV_EXAMPLE)) })
    public Response listActions(@Context Request request, @Context UriInfo uri,
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Only actions of this layer (slug).", example = "roots") @QueryParam("layer") String layer,
            @Parameter(description = "Only actions of this element (slug).", example = "beliefs") @QueryParam("element") String element,
            @Parameter(description = "Only actions of this category (slug).", example = "trust") @QueryParam("category") String category,
            @Parameter(description = "1-based page number.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "1000000", defaultValue = "1")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "100", defaultValue = "20")) @QueryParam("size") String size,
            @Parameter(description = VERSION_QUERY_DESCRIPTION, example = "1.0.0") @QueryParam("version") String version) {
        int pageNumber = QueryParameters.intInRange("page", page, 1, 1, 1_000_000);
        int pageSize = QueryParameters.intInRange("size", size, 20, 1, 100);
        Versioned<ActionPage> result = service.actions(fw, QueryParameters.version("version", version),
                QueryParameters.slug("layer", layer), QueryParameters.slug("element", element),
                QueryParameters.slug("category", category), pageNumber, pageSize);
        Response.ResponseBuilder answer = CsvTable.wanted(request)
                ? ActionsCsv.of(result.value(), config.publicBaseUrl().replaceAll("/+$", "")).ok(json, request,
                        fw + "-actions.csv")
                : json.ok(request, result.value()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return PublishedHeaders.withDeprecation(PageLinks.apply(answer, uri, pageNumber, pageSize, result.value().totalItems()),
                result.release()).build();
    }

    @GET
    @Path("{framework}/principles")
    @Operation(operationId = "getPrinciples", summary = "Get the Framework Principles",
            description = "The introduction and the five principles that make the framework adaptable.")
    @APIResponse(responseCode = "200", description = "The principles.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrinciplesView.class),
                    examples = @ExampleObject(name = "principles", ref = "Principles")))
    public Response getPrinciples(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION_QUERY_DESCRIPTION, example = "1.0.0") @QueryParam("version") String version) {
        return published.respond(queried(fw, version, Representation.PRINCIPLES),
                service::principles);
    }

    @GET
    @Path("{framework}/outcomes")
    @Operation(operationId = "getOutcomes", summary = "Get the Positive Outcomes",
            description = "The introduction, the Barth quote and the positive outcomes of strong E2E relationships.")
    @APIResponse(responseCode = "200", description = "The outcomes.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomesView.class),
                    examples = @ExampleObject(name = "outcomes", ref = "Outcomes")))
    public Response getOutcomes(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION_QUERY_DESCRIPTION, example = "1.0.0") @QueryParam("version") String version) {
        return published.respond(queried(fw, version, Representation.OUTCOMES),
                service::outcomes);
    }

    @GET
    @Path("{framework}/references")
    @Operation(operationId = "getReferences", summary = "Get the reference list",
            description = "The numbered references that the citation markers of the overview point to.")
    @APIResponse(responseCode = "200", description = "The references.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferencesView.class),
                    examples = @ExampleObject(name = "references", ref = "References")))
    public Response getReferences(
            @Parameter(description = FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION_QUERY_DESCRIPTION, example = "1.0.0") @QueryParam("version") String version) {
        return published.respond(queried(fw, version, Representation.REFERENCES),
                service::references);
    }

    /** A read of the version the {@code version} query parameter pins, or of the latest published one without it. */
    static PublishedRead queried(String fw, String version, Representation representation) {
        return PublishedRead.of(fw, QueryParameters.version("version", version), representation);
    }
}
