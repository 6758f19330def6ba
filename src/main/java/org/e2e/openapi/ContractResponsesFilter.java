package org.e2e.openapi;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.e2e.db.ReadAfterFilters;
import org.e2e.web.JsonInputRules;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the responses every operation shares, from one place instead of on every method, so that every status
 * the service can send is on the operation that sends it:
 * <ul>
 * <li>everywhere: 404, 405 (another method on the path), 406, 431 (headers over the limit), 500, and 503 (database
 * unreachable, with Retry-After);</li>
 * <li>GETs: 304 and the If-None-Match header; 412 and the If-Match header (evaluated on every read);</li>
 * <li>operations with path or query parameters: 400 (malformed, or a control character);</li>
 * <li>operations that need a bearer token: 401 and 403; the others 401 too, for a token that is sent and refused;</li>
 * <li>operations with a request body: 400 (unreadable body), 413 (body over the limit) and 415 (wrong
 * Content-Type); each documents its own 422, which also covers texts with NUL or over the length bound;</li>
 * <li>Cache-Control, Content-Encoding and Vary on the reads served from precomputed published representations;</li>
 * <li>the read-your-writes token X-E2E-Read-After: a header of every successful write, a parameter of the reads
 * that a replica may serve.</li>
 * </ul>
 * CASE operations get the imsx_StatusInfo responses (Case*) instead of problem+json. The referenced responses and
 * parameters are defined in META-INF/openapi.yaml with their examples.
 */
public class ContractResponsesFilter implements OASFilter {

    /** Operations with this tag are the CASE binding's: their errors are the imsx_StatusInfo responses Case*. */
    static final String CASE_TAG = "CASE";

    /** The operations answered from precomputed published representations, with their Cache-Control. */
    private static final Set<String> PUBLISHED_CACHE = Set.of("listFrameworks", "getFramework", "listVersions",
            "getFrameworkVersion", "getNode", "getLayer", "getElement", "getPrinciples", "getOutcomes", "getReferences");

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        if (pathItem.getOperations() == null) {
            return pathItem;
        }
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : pathItem.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            APIResponses responses = operation.getResponses();
            boolean isCase = operation.getTags() != null && operation.getTags().contains(CASE_TAG);
            if (entry.getKey() == PathItem.HttpMethod.GET) {
                operation.addParameter(OASFactory.createParameter().ref("IfNoneMatch"));
                operation.addParameter(OASFactory.createParameter().ref("IfMatchRead"));
                responses.addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
                responses.addAPIResponse("412", OASFactory.createAPIResponse().ref((isCase ? "Case" : "")
                        + "ReadPreconditionFailed"));
            }
            boolean hasParameters = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.PATH);
            if (isCase) {
                // The CASE binding's errors are imsx_StatusInfo (the Case* responses), not problem+json.
                addErrors(responses, hasParameters, "Case");
                addIfAbsent(responses, "401", "CaseTokenRefused");
                continue;
            }
            if (hasParameters) {
                addIfAbsent(responses, "400", "BadRequest");
            }
            if (operation.getRequestBody() != null) {
                addIfAbsent(responses, "400", "InvalidBody");
                addIfAbsent(responses, "413", "BodyTooLarge");
                addIfAbsent(responses, "415", "UnsupportedMediaType");
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                addIfAbsent(responses, "401", "Unauthorized");
                addIfAbsent(responses, "403", "Forbidden");
            } else {
                // A token that is sent is checked even where none is needed (auth.UsablePrincipalParser).
                addIfAbsent(responses, "401", "TokenRefused");
            }
            addErrors(responses, false, "");
            if (entry.getKey() == PathItem.HttpMethod.GET && PUBLISHED_CACHE.contains(operation.getOperationId())
                    && responses.hasAPIResponse("200")) {
                responses.getAPIResponse("200").addHeader("Cache-Control",
                        OASFactory.createHeader().ref("CacheControl"))
                        .addHeader("Content-Encoding", OASFactory.createHeader().ref("ContentEncoding"))
                        .addHeader("Vary", OASFactory.createHeader().ref("Vary"));
            }
            if (READ_AFTER.contains(operation.getOperationId())) {
                operation.addParameter(OASFactory.createParameter().ref("ReadAfter"));
            }
            if (entry.getKey() != PathItem.HttpMethod.GET && responses.getAPIResponses() != null) {
                // Every successful write tells the client which WAL position its reads must wait for.
                responses.getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2") && response.getRef() == null) {
                        response.addHeader(ReadAfterFilters.HEADER, OASFactory.createHeader().ref("ReadAfter"));
                    }
                });
            }
        }
        return pathItem;
    }

    /**
     * Every string a request body can carry gets the one length bound the service enforces on all of them
     * ({@link JsonInputRules#MAX_TEXT_LENGTH}) as maxLength, unless its schema sets a tighter one.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getOperations() != null) {
                item.getOperations().values().stream()
                        .filter(o -> o.getRequestBody() != null && o.getRequestBody().getContent() != null)
                        .flatMap(o -> o.getRequestBody().getContent().getMediaTypes().values().stream())
                        .forEach(media -> boundStrings(media.getSchema(), components, seen));
            }
        });
    }

    private static void boundStrings(Schema schema, Map<String, Schema> components, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            boundStrings(components.get(schema.getRef().replaceAll(".*/", "")), components, seen);
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null && schema.getFormat() == null) {
            schema.setMaxLength(JsonInputRules.MAX_TEXT_LENGTH);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> boundStrings(p, components, seen));
        }
        boundStrings(schema.getItems(), components, seen);
        boundStrings(schema.getAdditionalPropertiesSchema(), components, seen);
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> boundStrings(s, components, seen));
            }
        }
    }

    /** The reads marked {@code @ReadAfterToken}: they honour a write's X-E2E-Read-After token. */
    private static final Set<String> READ_AFTER = Set.of("listResources", "getResource",
            "listElementResources", "search");

    /** The errors any operation can answer, in this order; the CASE binding's are named with the prefix "Case". */
    private static final List<Map.Entry<String, String>> EVERY_OPERATION = List.of(Map.entry("404", "NotFound"),
            Map.entry("405", "MethodNotAllowed"), Map.entry("406", "NotAcceptable"), Map.entry("431", "HeadersTooLarge"),
            Map.entry("500", "InternalError"), Map.entry("503", "ServiceUnavailable"));

    /** A 400 for a malformed parameter (when the operation has any), then the errors of every operation. */
    private static void addErrors(APIResponses responses, boolean badRequest, String prefix) {
        if (badRequest) {
            addIfAbsent(responses, "400", prefix + "BadRequest");
        }
        EVERY_OPERATION.forEach(error -> addIfAbsent(responses, error.getKey(), prefix + error.getValue()));
    }

    private static void addIfAbsent(APIResponses responses, String code, String ref) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }
}
