package org.e2e.db;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.e2e.problem.InvalidParameterException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Read-your-writes across a replica: every successful write answers with {@value #HEADER}, the primary's WAL
 * position after its commit (only when a replica is configured); a read marked {@link ReadAfterToken} that sends it
 * back reads the primary until the replica has replayed that position.
 */
public class ReadAfterFilters {

    public static final String HEADER = "X-E2E-Read-After";

    private final ReadRouting routing;

    public ReadAfterFilters(ReadRouting routing) {
        this.routing = routing;
    }

    @ReadAfterToken
    @ServerRequestFilter
    public void readAfter(ContainerRequestContext request) {
        String token = request.getHeaderString(HEADER);
        if (token != null) {
            try {
                routing.readAfter(Lsn.parse(token.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("header", HEADER, "must be the token of a write's " + HEADER
                        + " header, such as 0/1A2B3C4D");
            }
        }
    }

    @ServerResponseFilter
    public void writeToken(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (response.getStatus() < 300 && !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)
                && routing.configured()) {
            routing.readAfterToken().ifPresent(token -> response.getHeaders().putSingle(HEADER, token));
        }
    }
}
