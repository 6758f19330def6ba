package org.e2e.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.e2e.config.ServiceConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CORS for browsers on the configured portal origins: /api/* answers GET, HEAD and OPTIONS (preflight) from those
 * origins and exposes ETag, Link and X-Total-Count. Other origins get no CORS headers, so browsers keep their
 * same-origin rule. The CASE API (/ims/case/v1p1/*) is public standards data: it is open to any origin
 * ({@code Access-Control-Allow-Origin: *}, no credentials), preflights included.
 */
public class CorsFilter {

    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    static final String EXPOSED_HEADERS = "ETag, Link, X-Total-Count";
    static final String ALLOWED_HEADERS = "Accept, If-None-Match, If-Modified-Since";

    private final Set<String> portalOrigins;

    public CorsFilter(ServiceConfig config) {
        this.portalOrigins = config.embed().portalOrigins().orElse(List.of()).stream()
                .map(String::strip).map(o -> o.replaceAll("/+$", "")).collect(Collectors.toUnmodifiableSet());
    }

    /** Answers a preflight from an allowed origin before routing, so it never reaches a resource method. */
    @ServerRequestFilter(preMatching = true)
    public Response preflight(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        boolean open = isCase(request);
        if (!"OPTIONS".equals(request.getMethod()) || !(open || applies(request)) || !(open ? origin != null : allowed(origin))
                || request.getHeaderString("Access-Control-Request-Method") == null) {
            return null;
        }
        return Response.noContent()
                .header("Access-Control-Allow-Origin", open ? "*" : origin)
                .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                .header("Access-Control-Max-Age", "86400")
                .header("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
                .build();
    }

    @ServerResponseFilter
    public void simple(ContainerRequestContext request, ContainerResponseContext response) {
        if (isCase(request)) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("Access-Control-Allow-Origin", "*");
            headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            return;
        }
        if (!applies(request)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", "Origin");
        String origin = request.getHeaderString("Origin");
        if (allowed(origin) && !headers.containsKey("Access-Control-Allow-Origin")) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    private static boolean applies(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath().startsWith("/api/");
    }

    /** The CASE API, open to every origin. */
    private static boolean isCase(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath().startsWith("/ims/case/v1p1/");
    }

    private boolean allowed(String origin) {
        return origin != null && portalOrigins.contains(origin);
    }
}
