package org.e2e.web;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.e2e.problem.ProblemExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Methods a path lacks (RFC 9110, sections 15.5.6 and 9.3.7), answered the same on every path from one source,
 * {@link AllowedMethods}:
 * <ul>
 * <li>a 405 carries the Allow header (the framework's own 405 does not);</li>
 * <li>a request the framework finds no resource method for, on a path that other methods serve, is a 405 with Allow,
 * not a 404 (paths whose resource classes share a prefix, such as the element resources, the rubric and the
 * assessment, were answered 404);</li>
 * <li>OPTIONS (not a CORS preflight) answers 204 with the same Allow, or 404 where nothing is served.</li>
 * </ul>
 */
public class MethodRouting {

    private final AllowedMethods allowedMethods;
    private final ProblemExceptionMapper problems;

    public MethodRouting(AllowedMethods allowedMethods, ProblemExceptionMapper problems) {
        this.allowedMethods = allowedMethods;
        this.problems = problems;
    }

    @ServerRequestFilter(preMatching = true)
    public Response options(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod()) || request.getHeaderString("Access-Control-Request-Method") != null) {
            return null;
        }
        String allow = allowedMethods.allow(request.getUriInfo().getRequestUri().getRawPath());
        if (allow == null) {
            throw new NotFoundException();
        }
        return Response.noContent().header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unrouted(NotFoundException e, UriInfo uri) {
        String allow = allowedMethods.allow(uri.getRequestUri().getRawPath());
        return problems.webApplication(allow == null ? e
                : new NotAllowedException(Response.status(405).header(HttpHeaders.ALLOW, allow).build()), uri);
    }

    @ServerResponseFilter
    public void allow(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 405 && !response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            String allow = allowedMethods.allow(request.getUriInfo().getRequestUri().getRawPath());
            if (allow != null) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, allow);
            }
        }
    }
}
