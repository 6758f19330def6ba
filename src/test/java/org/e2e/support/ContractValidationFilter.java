package org.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every JSON answer that a test receives through RestAssured to the contract: when the request is an
 * operation of the served OpenAPI document, the status must be documented on that operation, the media type on
 * that response, and the body must be valid against its schema, {@code required} included. Installed for every
 * {@code @QuarkusTest} by {@link ContractValidationCallback}, so the API tests check the contract as they go.
 */
public final class ContractValidationFilter implements Filter {

    private static volatile ContractSchemas schemas;
    private static volatile int validated;

    /** Adds the filter to RestAssured's static filters once. */
    public static void install() {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter());
        }
    }

    /** How many answers were validated in this JVM (for a test that wants to be sure the filter runs). */
    public static int validated() {
        return validated;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        String contentType = response.getContentType() == null ? "" : response.getContentType().split(";")[0].strip();
        if (uri.getPort() != RestAssured.port || uri.getPath().startsWith("/q/") || !contentType.endsWith("json")
                || response.asByteArray().length == 0) {
            return response;
        }
        ContractSchemas contract = schemas(uri);
        Map.Entry<String, JsonNode> operation = operation(contract.spec(), request.getMethod(), uri.getPath());
        if (operation == null) {
            return response;
        }
        String where = request.getMethod() + " " + uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        JsonNode responses = operation.getValue().path("responses");
        JsonNode documented = contract.resolve(responses.has(String.valueOf(response.statusCode()))
                ? responses.get(String.valueOf(response.statusCode())) : responses.get("default"));
        if (documented == null) {
            throw new AssertionError(where + " answered " + response.statusCode() + ", which operation "
                    + operation.getValue().path("operationId").asText() + " does not document");
        }
        JsonNode media = documented.path("content").get(contentType);
        if (media == null) {
            throw new AssertionError(where + " answered " + response.statusCode() + " as " + contentType
                    + ", a media type the document does not give for it");
        }
        JsonNode body = json(response.asString());
        // A CASE `fields` selection sends only the CFDocument properties asked for (docs/case.md).
        var errors = operation.getValue().path("operationId").asText().equals("getAllCFDocuments") && uri.getRawQuery() != null
                && uri.getRawQuery().contains("fields=")
                        ? contract.errorsRelaxing(media.get("schema"), body, "CFDocumentDType")
                        : contract.errors(media.get("schema"), body);
        if (!errors.isEmpty()) {
            throw new AssertionError(where + " answered " + response.statusCode() + " with a body that breaks its schema: "
                    + errors);
        }
        validated++;
        return response;
    }

    /** The operation of the method and path, preferring literal segments (/versions/import over /versions/{v}). */
    static Map.Entry<String, JsonNode> operation(JsonNode spec, String method, String path) {
        Map.Entry<String, JsonNode> best = null;
        long bestTemplates = Long.MAX_VALUE;
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.path("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode operation = entry.getValue().get(method.toLowerCase());
            if (operation == null || !matches(entry.getKey(), path)) {
                continue;
            }
            long templates = entry.getKey().chars().filter(c -> c == '{').count();
            if (templates < bestTemplates) {
                best = Map.entry(entry.getKey(), operation);
                bestTemplates = templates;
            }
        }
        return best;
    }

    private static boolean matches(String template, String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return path.matches(regex.toString());
    }

    private static ContractSchemas schemas(URI uri) {
        if (schemas == null) {
            URI spec = uri.resolve("/q/openapi?format=json");
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(spec).header("Accept", "application/json").build(),
                        HttpResponse.BodyHandlers.ofString());
                schemas = new ContractSchemas(json(answer.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return schemas;
    }

    private static JsonNode json(String text) {
        try {
            return ContractSchemas.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
