package org.e2e.caseapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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

import org.e2e.caseapi.CaseModel.CFAssociation;
import org.e2e.caseapi.CaseModel.CFAssociationSet;
import org.e2e.caseapi.CaseModel.CFDocument;
import org.e2e.caseapi.CaseModel.CFDocumentSet;
import org.e2e.caseapi.CaseModel.CFItem;
import org.e2e.caseapi.CaseModel.CFItemType;
import org.e2e.caseapi.CaseModel.CFPackage;
import org.e2e.caseapi.CaseModel.CFRubric;
import org.e2e.web.JsonRepresentation;
import org.e2e.web.JsonRepresentation.Encoded;
import org.e2e.web.PageLinks;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The CASE 1.1 REST binding (read-only provider), under /ims/case/v1p1. HTTP only: the work is in {@link CaseService}.
 * Errors are imsx_StatusInfo (through the one exception mapper); every answer is open to any origin (CorsFilter).
 */
@Path(CaseMapper.BASE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CASE")
public class CaseResource {

    static final String ID_EXAMPLE = "2f3c0f7e-4a1b-5c8d-9e2f-1a2b3c4d5e6f";
    /** Identifiers of version 1.0.0 (derived as documented in CaseIds), for the examples. */
    static final String DOCUMENT_EXAMPLE = "f450dbb6-bc28-527e-bc07-edf185bd5811";
    static final String ITEM_EXAMPLE = "f0084635-4a66-565c-8bc1-322b602efe82";
    static final String ASSOCIATION_EXAMPLE = "c045c010-d95e-5287-a2c5-84103ff0bbd7";
    static final String ITEM_TYPE_EXAMPLE = "4ffde6cc-c714-52d8-86b7-bedf309896c1";
    static final String RUBRIC_EXAMPLE = "c241292e-aee0-5e09-b7e0-883eee0a096e";
    static final String SOURCED_ID = "The object's CASE identifier (a lowercase UUID).";
    static final String OFFICIAL_DOCUMENT = "case/imscasev1p1_openapi3_v1p0.json";

    private final CaseService service;
    private final JsonRepresentation json;
    private volatile Encoded discovery;

    public CaseResource(CaseService service, JsonRepresentation json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Path("CFDocuments")
    @Operation(operationId = "getAllCFDocuments", summary = "List the CFDocuments (one per released framework version)",
            description = "Every published or deprecated framework version as a CFDocument; drafts never appear. "
                    + "`filter` takes predicates `field op 'value'` joined by ` AND ` / ` OR ` (op: = != > >= < <= ~, "
                    + "~ meaning contains), e.g. `version='1.0.0'` or `title~'relationships' AND adoptionStatus='Adopted'`. "
                    + "`fields` names the CFDocument properties to return (repeated, or a comma list). Paged by `limit` (default 100) and "
                    + "`offset`, with `X-Total-Count` and RFC 8288 `Link` (first, prev, next, last). The schema's CFDocumentSet "
                    + "holds at least one document, so a page with none (nothing matches, or the offset is past the end) "
                    + "is a 404 unknownobject.")
    @APIResponse(responseCode = "200", description = "The CFDocuments.",
            headers = { @Header(ref = "ETag"), @Header(ref = "Link"), @Header(ref = "X-Total-Count") },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CFDocumentSet.class),
                    examples = @ExampleObject(name = "DocumentSet", ref = "CaseDocumentSet")))
    public Response getAllCFDocuments(@Context Request request, @Context UriInfo uri,
            @Parameter(description = "Records per page (at least 1; default 100).", example = "10") @QueryParam("limit") String limit,
            @Parameter(description = "Index of the first record (default 0).", example = "0") @QueryParam("offset") String offset,
            @Parameter(description = "The CFDocument property to sort by (default: title, then version).", example = "version") @QueryParam("sort") String sort,
            @Parameter(description = "asc (default) or desc.", schema = @Schema(enumeration = { "asc", "desc" }), example = "desc") @QueryParam("orderBy") String orderBy,
            @Parameter(description = "Filter, e.g. version='1.0.0'.", example = "version='1.0.0'") @QueryParam("filter") String filter,
            @Parameter(description = "CFDocument properties to return: repeat the parameter (fields=title&fields=version), "
                    + "or give a comma-separated list (fields=title,version).", example = "identifier,title,version") @QueryParam("fields") List<String> fields) {
        int l = CaseQuery.integer("limit", limit, 100, 1);
        int o = CaseQuery.integer("offset", offset, 0, 0);
        // An empty "filter=" arrives as null, an empty "fields=" as no value: tell them from an absent parameter.
        var query = uri.getQueryParameters();
        CaseService.DocumentPage page = service.documents(present(query, "filter", filter),
                query.containsKey("fields") ? String.join(",", fields) : null,
                sort, orderBy, l, o);
        return PageLinks.applyOffset(json.ok(request, page.body()), uri, o, l, page.total()).build();
    }

    private static String present(MultivaluedMap<String, String> query, String name, String value) {
        return value == null && query.containsKey(name) ? "" : value;
    }

    @GET
    @Path("CFDocuments/{sourcedId}")
    @Operation(operationId = "getCFDocument", summary = "Get a CFDocument",
            description = "One released framework version as a CFDocument: adoptionStatus Adopted (published) or Deprecated, with its package's URI.")
    @APIResponse(responseCode = "200", description = "The CFDocument.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CFDocument.class),
                    examples = @ExampleObject(name = "Document", ref = "CaseDocument")))
    public Response getCFDocument(@Context Request request, @Parameter(description = SOURCED_ID, example = DOCUMENT_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        return json.ok(request, service.document(sourcedId)).build();
    }

    @GET
    @Path("CFPackages/{sourcedId}")
    @Operation(operationId = "getCFPackage", summary = "Get the CFPackage of a CFDocument",
            description = "The whole version: the document, every item, every association (isChildOf, isRelatedTo, and "
                    + "exactMatchOf/replacedBy to the previous version), the item types and the related rubrics. Built once "
                    + "per version and served with a strong ETag.")
    @APIResponse(responseCode = "200", description = "The CFPackage.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CFPackage.class),
                    examples = @ExampleObject(name = "Package", ref = "CasePackage")))
    public Response getCFPackage(@Context Request request, @Parameter(description = SOURCED_ID, example = DOCUMENT_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        return json.ok(request, service.pkg(sourcedId)).build();
    }

    @GET
    @Path("CFItems/{sourcedId}")
    @Operation(operationId = "getCFItem", summary = "Get a CFItem",
            description = "A layer, element, category, recommended action, principle or outcome of one version, with its humanCodingScheme (such as R.B.T.9) and document.")
    @APIResponse(responseCode = "200", description = "The CFItem.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CFItem.class),
                    examples = @ExampleObject(name = "Item", ref = "CaseItem")))
    public Response getCFItem(@Context Request request, @Parameter(description = SOURCED_ID, example = ITEM_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        return json.ok(request, service.item(sourcedId)).build();
    }

    @GET
    @Path("CFItemAssociations/{sourcedId}")
    @Operation(operationId = "getCFItemAssociations", summary = "Get a CFItem with its associations",
            description = "The item and every association, in any released version's package, that it is the origin or destination of: isChildOf, isRelatedTo, and exactMatchOf/replacedBy across versions.")
    @APIResponse(responseCode = "200", description = "The CFItem and every association it is the origin or destination of.",
            headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CFAssociationSet.class),
                    examples = @ExampleObject(name = "ItemAssociations", ref = "CaseItemAssociations")))
    public Response getCFItemAssociations(@Context Request request, @Parameter(description = SOURCED_ID, example = ITEM_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        return json.ok(request, service.itemAssociations(sourcedId)).build();
    }

    @GET
    @Path("CFAssociations/{sourcedId}")
    @Operation(operationId = "getCFAssociation", summary = "Get a CFAssociation",
            description = "One association of a version's package (isChildOf, isRelatedTo, exactMatchOf or replacedBy).")
    @APIResponse(responseCode = "200", description = "The CFAssociation.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CFAssociation.class),
                    examples = @ExampleObject(name = "Association", ref = "CaseAssociation")))
    public Response getCFAssociation(@Context Request request, @Parameter(description = SOURCED_ID, example = ASSOCIATION_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        return json.ok(request, service.association(sourcedId)).build();
    }

    @GET
    @Path("CFItemTypes/{sourcedId}")
    @Operation(operationId = "getCFItemType", summary = "Get a CFItemType",
            description = "One of the item types a version's package defines: Layer, Element, Category, Action, Section, Principle or Outcome.")
    @APIResponse(responseCode = "200", description = "The CFItemType.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CFItemType.class),
                    examples = @ExampleObject(name = "ItemType", ref = "CaseItemType")))
    public Response getCFItemType(@Context Request request, @Parameter(description = SOURCED_ID, example = ITEM_TYPE_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        return json.ok(request, service.itemType(sourcedId)).build();
    }

    @GET
    @Path("CFRubrics/{sourcedId}")
    @Operation(operationId = "getCFRubric", summary = "Get a CFRubric",
            description = "A rubric resource of the library (such as Staff Relationships and Collaboration: 4 criteria, "
                    + "3 levels each) that supports items of a released version.")
    @APIResponse(responseCode = "200", description = "The CFRubric.", headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CFRubric.class),
                    examples = @ExampleObject(name = "Rubric", ref = "CaseRubric")))
    public Response getCFRubric(@Context Request request, @Parameter(description = SOURCED_ID, example = RUBRIC_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        return json.ok(request, service.rubric(sourcedId)).build();
    }

    @GET
    @Path("CFConcepts/{sourcedId}")
    @Operation(operationId = "getCFConcept", summary = "Get a CFConcept (this provider has none)",
            description = "Part of the CASE binding. The E2E framework defines no CFConcepts, so every identifier answers "
                    + "404 with imsx_StatusInfo: unknownobject, or invalid_uuid for a malformed id.")
    @APIResponse(responseCode = "404", ref = "CaseNotFound")
    public Response getCFConcept(@Parameter(description = SOURCED_ID, example = ID_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        service.none("CFConcept", sourcedId);
        return null;
    }

    @GET
    @Path("CFSubjects/{sourcedId}")
    @Operation(operationId = "getCFSubject", summary = "Get a CFSubject (this provider has none)",
            description = "Part of the CASE binding. The E2E framework defines no CFSubjects, so every identifier answers "
                    + "404 with imsx_StatusInfo: unknownobject, or invalid_uuid for a malformed id.")
    @APIResponse(responseCode = "404", ref = "CaseNotFound")
    public Response getCFSubject(@Parameter(description = SOURCED_ID, example = ID_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        service.none("CFSubject", sourcedId);
        return null;
    }

    @GET
    @Path("CFLicenses/{sourcedId}")
    @Operation(operationId = "getCFLicense", summary = "Get a CFLicense (this provider has none)",
            description = "Part of the CASE binding. The E2E framework defines no CFLicenses, so every identifier answers "
                    + "404 with imsx_StatusInfo: unknownobject, or invalid_uuid for a malformed id.")
    @APIResponse(responseCode = "404", ref = "CaseNotFound")
    public Response getCFLicense(@Parameter(description = SOURCED_ID, example = ID_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        service.none("CFLicense", sourcedId);
        return null;
    }

    @GET
    @Path("CFAssociationGroupings/{sourcedId}")
    @Operation(operationId = "getCFAssociationGrouping", summary = "Get a CFAssociationGrouping (this provider has none)",
            description = "Part of the CASE binding. The E2E framework defines no CFAssociationGroupings, so every identifier answers "
                    + "404 with imsx_StatusInfo: unknownobject, or invalid_uuid for a malformed id.")
    @APIResponse(responseCode = "404", ref = "CaseNotFound")
    public Response getCFAssociationGrouping(@Parameter(description = SOURCED_ID, example = ID_EXAMPLE) @PathParam("sourcedId") String sourcedId) {
        service.none("CFAssociationGrouping", sourcedId);
        return null;
    }

    @GET
    @Path("discovery/imscasev1p1_openapi3_v1p0.json")
    @Operation(operationId = "getCaseDiscovery", summary = "The official CASE 1.1 OpenAPI document",
            description = "The 1EdTech CASE v1.1 OpenAPI 3.0 document (REST binding 1.0) that this provider implements, unchanged.")
    @APIResponse(responseCode = "200", description = "The 1EdTech CASE v1.1 OpenAPI 3.0 document, unchanged.",
            headers = @Header(ref = "ETag"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "Discovery", ref = "CaseDiscovery")))
    public Response discovery(@Context Request request) {
        Encoded d = discovery;
        if (d == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(OFFICIAL_DOCUMENT)) {
                d = JsonRepresentation.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            discovery = d;
        }
        return json.ok(request, d).build();
    }
}
