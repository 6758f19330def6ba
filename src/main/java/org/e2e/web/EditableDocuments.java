package org.e2e.web;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every editable JSON document (a node of a draft, a resource's draft) shares: PUT replaces it, PATCH merges an
 * RFC 7396 patch into it, and both quote its strong ETag in If-Match. The services merge and save in one
 * transaction; the resources use these helpers to read the patch and to answer with the saved document.
 */
public final class EditableDocuments {

    /** The media type of an RFC 7396 JSON merge patch. */
    public static final String MERGE_PATCH = "application/merge-patch+json";
    /** The example ETag the OpenAPI contract shows for If-Match. */
    public static final String IF_MATCH_EXAMPLE = "\"tjLfqOs8kD77BCu37pMZnDbAX4KKISzRyFLSKR8Gp1A\"";

    private EditableDocuments() {
    }

    /** A document as a GET serves it, with the bytes and the strong ETag a write must quote. */
    public record Editable<T>(T document, JsonRepresentation.Encoded encoded) {
    }

    /** The document after the patch, read back as the type a PUT takes (a mapping failure is a 400). */
    public static <T> T merge(ObjectMapper mapper, JsonNode current, JsonNode patch, Class<T> type)
            throws JsonProcessingException {
        return mapper.treeToValue(MergePatch.apply(current, patch), type);
    }

    /** 200 with the saved document and its ETag. */
    public static Response.ResponseBuilder ok(Editable<?> saved) {
        return Response.ok(saved.encoded().body(), MediaType.APPLICATION_JSON_TYPE).tag(saved.encoded().etag());
    }

    /** 201 with the created document, its ETag and its Location. */
    public static Response.ResponseBuilder created(URI location, Editable<?> created) {
        return Response.created(location).entity(created.encoded().body()).type(MediaType.APPLICATION_JSON_TYPE)
                .tag(created.encoded().etag());
    }
}
