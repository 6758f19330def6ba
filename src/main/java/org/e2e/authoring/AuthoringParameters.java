package org.e2e.authoring;

/** The descriptions of the authoring API's path and header parameters, shared by its resource classes. */
final class AuthoringParameters {

    static final String FW = "Framework slug, as listed by GET /api/v1/frameworks.";
    static final String VERSION = "Semantic version, such as 1.1.0.";
    static final String ID = "Stable node id (UUID).";
    static final String IF_MATCH = "The ETag of the node as last read (GET). Required: a missing one is a 428, "
            + "a stale one a 412.";

    private AuthoringParameters() {
    }
}
