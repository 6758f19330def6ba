package org.e2e.auth;

/** The roles that writes need; they come from the {@code groups} claim of the bearer JWT. */
public final class Roles {
    /** May create and edit drafts, import and export. */
    public static final String EDITOR = "editor";
    /** May do what an editor does, and also publish, deprecate, read the audit log and manage webhooks. */
    public static final String PUBLISHER = "publisher";

    private Roles() {
    }
}
