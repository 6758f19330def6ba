package org.e2e.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the responses every operation shares, from one place instead of on every method: 304 and the
 * If-None-Match header on GETs, 400 where a query parameter can be wrong, 401 and 403 on operations that need a
 * bearer token, 404, 406, 500 and 503 (database unreachable, with Retry-After) everywhere (as imsx_StatusInfo on
 * CASE operations, as problem+json elsewhere), and Cache-Control, Content-Encoding and Vary on the reads served
 * from precomputed published representations. The
 * referenced responses and parameters are defined in META-INF/openapi.yaml with their examples.
 */
public class ContractResponsesFilter implements OASFilter {

    /** Operations with this tag are the CASE binding's: their errors are the imsx_StatusInfo responses Case*. */
    static final String CASE_TAG = "CASE";

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        if (pathItem.getOperations() == null) {
            return pathItem;
        }
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : pathItem.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            APIResponses responses = operation.getResponses();
            if (entry.getKey() == PathItem.HttpMethod.GET) {
                operation.addParameter(OASFactory.createParameter().ref("IfNoneMatch"));
                responses.addAPIResponse("304", OASFactory.createAPIResponse().ref("NotModified"));
            }
            boolean hasQuery = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.QUERY);
            if (operation.getTags() != null && operation.getTags().contains(CASE_TAG)) {
                // The CASE binding's errors are imsx_StatusInfo, not problem+json.
                if (hasQuery) {
                    addIfAbsent(responses, "400", "CaseBadRequest");
                }
                addIfAbsent(responses, "404", "CaseNotFound");
                addIfAbsent(responses, "406", "CaseNotAcceptable");
                addIfAbsent(responses, "500", "CaseInternalError");
                continue;
            }
            if (hasQuery && !responses.hasAPIResponse("400")) {
                responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("BadRequest"));
            }
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                addIfAbsent(responses, "401", "Unauthorized");
                addIfAbsent(responses, "403", "Forbidden");
            }
            addIfAbsent(responses, "404", "NotFound");
            addIfAbsent(responses, "406", "NotAcceptable");
            addIfAbsent(responses, "500", "InternalError");
            addIfAbsent(responses, "503", "ServiceUnavailable");
            if (entry.getKey() == PathItem.HttpMethod.GET && PUBLISHED_CACHE.contains(operation.getOperationId())
                    && responses.hasAPIResponse("200")) {
                responses.getAPIResponse("200").addHeader("Cache-Control",
                        OASFactory.createHeader().ref("CacheControl"))
                        .addHeader("Content-Encoding", OASFactory.createHeader().ref("ContentEncoding"))
                        .addHeader("Vary", OASFactory.createHeader().ref("Vary"));
            }
        }
        return pathItem;
    }

    /** The operations answered from precomputed published representations, with their Cache-Control. */
    private static final java.util.Set<String> PUBLISHED_CACHE = java.util.Set.of("listFrameworks", "getFramework",
            "listVersions", "getFrameworkVersion", "getNode", "getLayer", "getElement", "getPrinciples", "getOutcomes",
            "getReferences");

    private static void addIfAbsent(APIResponses responses, String code, String ref) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }
}
