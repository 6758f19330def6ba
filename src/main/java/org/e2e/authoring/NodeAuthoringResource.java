package org.e2e.authoring;

import static org.e2e.authoring.AuthoringParameters.FW;
import static org.e2e.authoring.AuthoringParameters.ID;
import static org.e2e.authoring.AuthoringParameters.IF_MATCH;
import static org.e2e.authoring.AuthoringParameters.VERSION;
import static org.e2e.framework.PathParams.nodeId;
import static org.e2e.framework.PathParams.pathVersion;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.e2e.auth.Roles;
import org.e2e.framework.ApiPaths;
import org.e2e.framework.NodeView;
import org.e2e.web.EditableDocuments.Editable;
import org.e2e.web.EditableDocuments;
import org.e2e.web.JsonBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

/** HTTP only: the node edits of a draft version (create, replace, merge-patch, delete with its subtree). */
@Path(ApiPaths.FRAMEWORKS)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authoring")
public class NodeAuthoringResource {

    private final NodeService nodes;
    private final JsonBodies bodies;

    public NodeAuthoringResource(NodeService nodes, JsonBodies bodies) {
        this.nodes = nodes;
        this.bodies = bodies;
    }

    @POST
    @Path("{framework}/versions/{version}/nodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @Operation(operationId = "createNode", summary = "Add a node to a draft",
            description = "Adds a node under `parentId` at `position` (the end when absent); later siblings of the same "
                    + "type shift down. Needs the editor or publisher role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NodeInput.class), examples = @ExampleObject(name = "action", ref = "NewAction")))
    @APIResponse(responseCode = "201", description = "The new node.", headers = { @Header(ref = "Location"), @Header(ref = "ETag") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NodeView.class),
                    examples = @ExampleObject(name = "action", ref = "CreatedNode")))
    @APIResponse(responseCode = "409", ref = "Immutable")
    @APIResponse(responseCode = "422", ref = "InvalidNode")
    public Response createNode(@Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION, example = "1.1.0") @PathParam("version") String version, byte[] body) throws IOException {
        Editable<NodeView> node = nodes.createNode(fw, pathVersion(fw, version), bodies.read(body, NodeInput.class));
        return EditableDocuments.created(URI.create(ApiPaths.node(fw, version, node.document().id())), node).build();
    }

    @PUT
    @Path("{framework}/versions/{version}/nodes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @Operation(operationId = "replaceNode", summary = "Replace a node of a draft",
            description = "Replaces the node's slug, text fields, parent and position with the body (the node as GET "
                    + "returns it, changed). Needs If-Match and the editor or publisher role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NodeInput.class), examples = @ExampleObject(name = "reworded", ref = "ReplaceAction")))
    @APIResponse(responseCode = "200", description = "The node as it now is, with its new ETag.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NodeView.class),
                    examples = @ExampleObject(name = "action", ref = "EditedNode")))
    @APIResponse(responseCode = "409", ref = "Immutable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "InvalidNode")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response replaceNode(@Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION, example = "1.1.0") @PathParam("version") String version,
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = IF_MATCH, example = EditableDocuments.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] body) throws IOException {
        return EditableDocuments.ok(nodes.replaceNode(fw, pathVersion(fw, version), nodeId(fw, version, id), ifMatch,
                bodies.read(body, NodeInput.class))).build();
    }

    @PATCH
    @Path("{framework}/versions/{version}/nodes/{id}")
    @Consumes(EditableDocuments.MERGE_PATCH)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "patchNode", summary = "Change fields of a node of a draft",
            description = "A JSON merge patch (RFC 7396) of the node as GET returns it: members set fields, null clears "
                    + "them. Needs If-Match and the editor or publisher role.")
    @RequestBody(required = true, content = @Content(mediaType = EditableDocuments.MERGE_PATCH,
            schema = @Schema(type = SchemaType.OBJECT, description = "RFC 7396 merge patch of the node."),
            examples = @ExampleObject(name = "wording", ref = "PatchAction")))
    @APIResponse(responseCode = "200", description = "The node as it now is, with its new ETag.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NodeView.class),
                    examples = @ExampleObject(name = "action", ref = "EditedNode")))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "409", ref = "Immutable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "InvalidNode")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response patchNode(@Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION, example = "1.1.0") @PathParam("version") String version,
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = IF_MATCH, example = EditableDocuments.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            byte[] patch) throws IOException {
        String v = pathVersion(fw, version);
        UUID nodeId = nodeId(fw, version, id);
        JsonNode mergePatch = bodies.mergePatch(patch, NodeInput.class, "the node");
        return EditableDocuments.ok(nodes.patchNode(fw, v, nodeId, ifMatch, mergePatch)).build();
    }

    @DELETE
    @Path("{framework}/versions/{version}/nodes/{id}")
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "deleteNode", summary = "Delete a node of a draft with its subtree",
            description = "Removes the node and everything under it; later siblings shift up. Needs If-Match and the "
                    + "editor or publisher role.")
    @APIResponse(responseCode = "200", description = "What was removed.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeleteResult.class),
                    examples = @ExampleObject(name = "action", ref = "Deleted")))
    @APIResponse(responseCode = "409", ref = "Immutable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public DeleteResult deleteNode(@Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION, example = "1.1.0") @PathParam("version") String version,
            @Parameter(description = ID, schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") String id,
            @Parameter(description = IF_MATCH, example = EditableDocuments.IF_MATCH_EXAMPLE) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return nodes.deleteNode(fw, pathVersion(fw, version), nodeId(fw, version, id), ifMatch);
    }
}
