package org.e2e.auth;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A bearer token that is sent is checked before anything else, on every operation, including the public reads that
 * need none: one that is refused (see {@link UsablePrincipalParser}) is a 401 problem, whatever the parameters or
 * the body say, instead of a 401 on some reads and not on others. Requests without an Authorization header are
 * anonymous and pay nothing.
 */
public class SentTokenCheck {

    private final CurrentIdentityAssociation identities;

    public SentTokenCheck(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Uni<Void> authenticateSentToken(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
