package org.e2e.auth;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: anonymous for public reads, the JWT subject and its roles for writes. */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Editors and publishers see drafts through the read endpoints; anonymous readers never do. */
    public boolean canReadDrafts() {
        return !identity.isAnonymous() && (identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.PUBLISHER));
    }

    /** The JWT subject ({@code sub}), falling back to the principal name; what the audit log records as "who". */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }
}
