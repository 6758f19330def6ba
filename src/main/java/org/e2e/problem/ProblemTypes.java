package org.e2e.problem;

/** The problem type URIs this API sends; each is documented in the OpenAPI description of {@link Problem}. */
public final class ProblemTypes {
    public static final String NOT_FOUND = "urn:e2e:problem:not-found";
    public static final String INVALID_PARAMETER = "urn:e2e:problem:invalid-parameter";
    public static final String INVALID_REQUEST = "urn:e2e:problem:invalid-request";
    public static final String METHOD_NOT_ALLOWED = "urn:e2e:problem:method-not-allowed";
    public static final String NOT_ACCEPTABLE = "urn:e2e:problem:not-acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:e2e:problem:unsupported-media-type";
    public static final String NOT_IMPLEMENTED = "urn:e2e:problem:not-implemented";
    public static final String INTERNAL = "urn:e2e:problem:internal-error";

    private ProblemTypes() {
    }
}
