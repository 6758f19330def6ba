package org.e2e.web;

import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.e2e.problem.ProblemRendering;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Preconditions on reads, the same on every GET and HEAD (RFC 9110, section 13.2.2): If-Match is evaluated first, by
 * strong comparison with the ETag the answer carries ({@link Preconditions#matches}); when it fails the answer is a
 * 412 problem (CASE: imsx_StatusInfo) instead of the 200 or 304, and none of the representation's headers. It also
 * gives a body to the framework's own empty 412. If-Unmodified-Since is ignored, as RFC 9110 section 13.1.4 requires
 * of a resource without a modification date (no read sends Last-Modified) and whenever If-Match is present. The
 * event-loop route leaves requests with If-Match to JAX-RS, so this is the one place reads evaluate it.
 */
public class ReadPreconditions {

    /** What describes the representation that is not sent. */
    private static final List<String> REPRESENTATION_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.CONTENT_ENCODING,
            HttpHeaders.CACHE_CONTROL, HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LOCATION, HttpHeaders.LINK,
            "Content-Disposition", "X-Total-Count", "Deprecation", "Sunset");

    private final ProblemRendering rendering;

    public ReadPreconditions(ProblemRendering rendering) {
        this.rendering = rendering;
    }

    @ServerResponseFilter
    public void ifMatch(ContainerRequestContext request, ContainerResponseContext response) {
        String ifMatch = request.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return;
        }
        int status = response.getStatus();
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        boolean failed = status == 412 ? !response.hasEntity()
                : (status / 100 == 2 || status == 304) && !Preconditions.matches(ifMatch, etag);
        if (!failed) {
            return;
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        ProblemRendering.Rendered problem = rendering.render(412, etag == null
                ? "If-Match names an entity tag, but " + path + " has none; send If-Match: * or no If-Match."
                : "If-Match names none of the current entity tags of " + path + "; read it again for its ETag.", path);
        REPRESENTATION_HEADERS.forEach(response.getHeaders()::remove);
        response.setStatus(412);
        response.setEntity(problem.body(), new Annotation[0], MediaType.valueOf(problem.mediaType()));
    }
}
