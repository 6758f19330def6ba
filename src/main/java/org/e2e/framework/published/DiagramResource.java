package org.e2e.framework.published;

import static org.e2e.framework.PathParams.pathVersion;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.e2e.framework.ApiPaths;
import org.e2e.framework.FrameworkDiagram;
import org.e2e.framework.FrameworkTreeService.VersionSnapshot;
import org.e2e.framework.published.PublishedResponses.Rendered;
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
 * HTTP only: the framework as a picture ({@link FrameworkDiagram}'s SVG), a published representation like the
 * others of {@link FrameworkResource}: precomputed once per version through {@link PublishedResponses}, and on the
 * event loop by {@link PublishedRoute} once held.
 */
@Path(ApiPaths.FRAMEWORKS)
@Tag(name = "Frameworks")
public class DiagramResource {

    /** The media type of the framework picture. */
    public static final String SVG = "image/svg+xml";
    static final String DIAGRAM_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "viewBox=\"0 0 720 640\" role=\"img\" aria-labelledby=\"diagram-title diagram-desc\" lang=\"en\"><title "
            + "id=\"diagram-title\">The Educator-to-Educator Relationships Framework (version 1.0.0)</title><desc "
            + "id=\"diagram-desc\">Roots: Educator-to-educator relationships, drawn inside Soil (Actions, Beliefs, "
            + "Connections). …</desc>…<text class=\"t\" x=\"32\" y=\"…\">Roots</text>…<text class=\"e\" …>Beliefs</text>…</svg>";
    private final PublishedResponses published;

    public DiagramResource(PublishedResponses published) {
        this.published = published;
    }

    @GET
    @Path("{framework}/diagram")
    @Produces(SVG)
    @Operation(operationId = "getFrameworkDiagram", summary = "Get the framework as a picture",
            description = "The framework as an SVG image, drawn from the published tree with its text verbatim (and "
                    + "kept as text: selectable, searchable, translatable): the four layers with their titles, "
                    + "subtitles and elements, arranged as the toolkit's metaphor has it: Environment around "
                    + "everything, Roots inside the Soil, Bedrock beneath. `role=\"img\"` with `<title>` and "
                    + "`<desc>`. Precomputed like every published representation (ETag, 304, gzip and br). Serves the "
                    + "latest published version unless `version` pins one. For a page whose layers and elements are "
                    + "links, frame /embed/frameworks/{framework}/diagram.")
    @APIResponse(responseCode = "200", description = "The picture.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "e2e-relationships", value = DIAGRAM_EXAMPLE)))
    public Response getDiagram(
            @Parameter(description = FrameworkResource.FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = FrameworkResource.VERSION_QUERY_DESCRIPTION, example = "1.0.0") @QueryParam("version") String version) {
        return published.respond(FrameworkResource.queried(fw, version, Representation.DIAGRAM), DiagramResource::diagram);
    }

    @GET
    @Path("{framework}/versions/{version}/diagram")
    @Produces(SVG)
    @Operation(operationId = "getFrameworkVersionDiagram", summary = "Get one version of the framework as a picture",
            description = "The picture of GET /api/v1/frameworks/{framework}/diagram exactly as that version has it; "
                    + "a pinned URL, cached for a year (`immutable`).")
    @APIResponse(responseCode = "200", description = "The picture of that version.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "e2e-relationships", value = DIAGRAM_EXAMPLE)))
    public Response getVersionDiagram(
            @Parameter(description = FrameworkResource.FW_DESCRIPTION, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Semantic version, such as 1.0.0.", example = "1.0.0") @PathParam("version") String version) {
        return published.respond(PublishedRead.of(fw, pathVersion(fw, version), Representation.DIAGRAM), DiagramResource::diagram);
    }

    private static Rendered diagram(VersionSnapshot snapshot) {
        return new Rendered(FrameworkDiagram.standalone(snapshot.tree()).getBytes(StandardCharsets.UTF_8), SVG);
    }
}
