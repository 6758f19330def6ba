package org.e2e.authoring;

import static org.e2e.authoring.AuthoringParameters.FW;
import static org.e2e.authoring.AuthoringParameters.VERSION;
import static org.e2e.framework.PathParams.pathVersion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.e2e.auth.Roles;
import org.e2e.config.ServiceConfig;
import org.e2e.content.ContentPackage;
import org.e2e.content.ContentPackageException;
import org.e2e.content.ContentPackageReader;
import org.e2e.framework.ApiPaths;
import org.e2e.framework.NodeView;
import org.e2e.framework.Versioned;
import org.e2e.framework.published.PublishedHeaders;
import org.e2e.problem.Problem;
import org.e2e.problem.ProblemException;
import org.e2e.web.JsonBodies;
import org.e2e.web.JsonRepresentation;
import org.e2e.web.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * HTTP only: the write API of framework versions (create a draft, import, publish, deprecate) plus the export and
 * changes reads. Node edits of a draft are in {@link NodeAuthoringResource}.
 */
@Path(ApiPaths.FRAMEWORKS)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authoring")
public class VersionAuthoringResource {

    private final VersionService versions;
    private final VersionContentService content;
    private final JsonRepresentation json;
    private final ContentPackageReader reader;
    private final JsonBodies bodies;
    private final ServiceConfig config;

    public VersionAuthoringResource(VersionService versions, VersionContentService content, JsonRepresentation json,
            ContentPackageReader reader, JsonBodies bodies, ServiceConfig config) {
        this.versions = versions;
        this.content = content;
        this.json = json;
        this.reader = reader;
        this.bodies = bodies;
        this.config = config;
    }

    @POST
    @Path("{framework}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @Operation(operationId = "createVersion", summary = "Create a draft version",
            description = "A deep copy of `basedOn` (the latest published version when absent) as a new draft. Every "
                    + "node keeps its id. Needs the editor or publisher role.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateVersionRequest.class), examples = @ExampleObject(name = "draft", ref = "CreateVersion")))
    @APIResponse(responseCode = "201", description = "The draft.", headers = @Header(ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class),
                    examples = @ExampleObject(name = "draft", ref = "DraftVersion")))
    @APIResponse(responseCode = "409", ref = "VersionExists")
    @APIResponse(responseCode = "422", ref = "InvalidVersionRequest")
    public Response createVersion(@Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            byte[] body) throws IOException {
        VersionDetail detail = versions.createDraft(fw, bodies.read(body, CreateVersionRequest.class));
        return Response.created(URI.create(detail.links().self())).entity(detail).build();
    }

    @POST
    @Path("{framework}/versions/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.EDITOR, Roles.PUBLISHER })
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "importVersion", summary = "Import a content package as a draft",
            description = "Creates a draft from a content package (the format of src/main/resources/content/"
                    + "content-package.schema.json, as GET .../export returns it). The package is validated completely; "
                    + "every problem is listed in one 422 with a JSON pointer. Atomic: nothing is written on failure. "
                    + "A body over the configured limit is a 413. The framework is created when it is new.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContentPackage.class), examples = @ExampleObject(name = "package", ref = "ContentPackage")))
    @APIResponse(responseCode = "201", description = "The imported draft.", headers = @Header(ref = "Location"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class),
                    examples = @ExampleObject(name = "imported", ref = "ImportedVersion")))
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "422", ref = "InvalidPackage")
    public Response importVersion(@Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = "Size of the body in bytes; over the configured limit is a 413.", example = "24576") @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) throws IOException {
        long limit = config.authoring().maxImportBytes();
        if (contentLength != null && contentLength > limit) {
            throw ProblemException.payloadTooLarge(limit);
        }
        byte[] bytes = readAtMost(body, limit);
        ContentPackage pkg;
        try {
            pkg = reader.read(new ByteArrayInputStream(bytes), "request body");
        } catch (ContentPackageException e) {
            if (e.getCause() instanceof JsonProcessingException unreadable) {
                throw unreadable; // syntax, unknown members and wrong types are a 400 like every body's
            }
            List<Problem.InvalidInput> errors = e.issues().stream()
                    .map(i -> new Problem.InvalidInput("body", i.pointer(), i.detail())).toList();
            throw ProblemException.unprocessable("The package is invalid", errors);
        }
        List<Problem.InvalidInput> conflicts = versions.importConflicts(fw, pkg);
        if (!conflicts.isEmpty()) {
            throw ProblemException.unprocessable("The package cannot be imported here", conflicts);
        }
        VersionDetail detail = versions.importDraft(fw, pkg);
        return Response.created(URI.create(detail.links().self())).entity(detail).build();
    }

    @GET
    @Path("{framework}/versions/{version}/export")
    @Operation(operationId = "exportVersion", summary = "Export a version as a content package",
            description = "The whole version in the content package format, with every node's explicit id, so that "
                    + "importing it yields the same content. Drafts only for editors and publishers.")
    @APIResponse(responseCode = "200", description = "The content package.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContentPackage.class),
                    examples = @ExampleObject(name = "package", ref = "ContentPackage")))
    public Response exportVersion(@Context Request request,
            @Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION, example = "1.0.0") @PathParam("version") String version) {
        Versioned<ContentPackage> exported = content.export(fw, pathVersion(fw, version));
        return PublishedHeaders.withDeprecation(json.ok(request, exported.value()), exported.release()).build();
    }

    @GET
    @Path("{framework}/versions/{version}/changes")
    @Operation(operationId = "listChanges", summary = "List what changed since another version",
            description = "Nodes added, removed, moved (new parent or position) and modified (with each field's value "
                    + "before and after), by stable id.")
    @APIResponse(responseCode = "200", description = "The changes.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangesView.class),
                    examples = @ExampleObject(name = "wording", ref = "Changes")))
    public Response changes(@Context Request request,
            @Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION, example = "1.1.0") @PathParam("version") String version,
            @Parameter(description = "The version to compare with.", required = true, example = "1.0.0") @QueryParam("since") String since) {
        Versioned<ChangesView> changes = content.changes(fw, pathVersion(fw, version), QueryParameters.version("since", since));
        return PublishedHeaders.withDeprecation(json.ok(request, changes.value()), changes.release()).build();
    }

    @POST
    @Path("{framework}/versions/{version}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PUBLISHER)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @Operation(operationId = "publishVersion", summary = "Publish a draft",
            description = "Validates the draft (required fields, no orphan nodes, unique slugs, citations that name a "
                    + "reference) and publishes it: it becomes immutable and, when it is the highest version, the latest. "
                    + "Subscribers receive a signed webhook. Every validation problem is listed in one 422. Needs the "
                    + "publisher role.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishRequest.class),
            examples = @ExampleObject(name = "notes", ref = "Publish")))
    @APIResponse(responseCode = "200", description = "The published version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class),
                    examples = @ExampleObject(name = "published", ref = "PublishedVersion")))
    @APIResponse(responseCode = "409", ref = "Immutable")
    @APIResponse(responseCode = "422", ref = "InvalidDraft")
    public VersionDetail publish(@Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION, example = "1.1.0") @PathParam("version") String version, byte[] body) throws IOException {
        return versions.publish(fw, pathVersion(fw, version), bodies.optional(body, PublishRequest.class));
    }

    @POST
    @Path("{framework}/versions/{version}/deprecate")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PUBLISHER)
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "400", ref = "InvalidBody")
    @Operation(operationId = "deprecateVersion", summary = "Deprecate a published version",
            description = "The version is still served, with Deprecation, Sunset (when a date is given) and a Link to "
                    + "its successor. Subscribers receive a signed webhook. Needs the publisher role.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeprecateRequest.class),
            examples = @ExampleObject(name = "sunset", ref = "Deprecate")))
    @APIResponse(responseCode = "200", description = "The deprecated version.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionDetail.class),
                    examples = @ExampleObject(name = "deprecated", ref = "DeprecatedVersion")))
    @APIResponse(responseCode = "409", ref = "NotPublished")
    @APIResponse(responseCode = "422", ref = "InvalidSunset")
    public VersionDetail deprecate(@Parameter(description = FW, example = "e2e-relationships") @PathParam("framework") String fw,
            @Parameter(description = VERSION, example = "1.0.0") @PathParam("version") String version, byte[] body) throws IOException {
        return versions.deprecate(fw, pathVersion(fw, version), bodies.optional(body, DeprecateRequest.class));
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0;) {
            total += n;
            if (total > limit) {
                throw ProblemException.payloadTooLarge(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
