package org.e2e.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Encodes API records to JSON bytes once and answers GETs with them (or with other pre-encoded bytes, such as
 * rendered HTML): a strong ETag from the SHA-256 of the bytes,
 * and 304 Not Modified when the client's If-None-Match still matches.
 */
@ApplicationScoped
public class JsonRepresentation {

    private final ObjectMapper objectMapper;

    public JsonRepresentation(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** Pre-encoded JSON with its entity tag. */
    public record Encoded(byte[] body, EntityTag etag) {
    }

    public Encoded encode(Object value) {
        try {
            return of(objectMapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not encode " + value.getClass().getSimpleName(), e);
        }
    }

    /** 200 with the body, or 304 when If-None-Match matches. */
    public Response.ResponseBuilder ok(Request request, Object value) {
        return ok(request, encode(value));
    }

    public Response.ResponseBuilder ok(Request request, Encoded encoded) {
        return ok(request, encoded, MediaType.APPLICATION_JSON_TYPE);
    }

    /** 200 with already encoded bytes of any media type, or 304 when If-None-Match matches. */
    public Response.ResponseBuilder ok(Request request, Encoded encoded, MediaType type) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(encoded.etag());
        if (notModified != null) {
            return notModified.cacheControl(revalidate());
        }
        return Response.ok(encoded.body(), type).tag(encoded.etag()).cacheControl(revalidate());
    }

    /** Bytes with their strong entity tag. */
    public static Encoded of(byte[] body) {
        return new Encoded(body, new EntityTag(sha256(body)));
    }

    private static CacheControl revalidate() {
        CacheControl cacheControl = new CacheControl();
        cacheControl.setNoTransform(false);
        cacheControl.setNoCache(true);
        return cacheControl;
    }

    private static String sha256(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
