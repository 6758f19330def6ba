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
    public static final String SERVICE_UNAVAILABLE = "urn:e2e:problem:service-unavailable";
    public static final String UNAUTHORIZED = "urn:e2e:problem:unauthorized";
    public static final String FORBIDDEN = "urn:e2e:problem:forbidden";
    public static final String CONFLICT = "urn:e2e:problem:conflict";
    public static final String VERSION_IMMUTABLE = "urn:e2e:problem:version-immutable";
    public static final String PRECONDITION_REQUIRED = "urn:e2e:problem:precondition-required";
    public static final String PRECONDITION_FAILED = "urn:e2e:problem:precondition-failed";
    public static final String VALIDATION_FAILED = "urn:e2e:problem:validation-failed";
    public static final String PAYLOAD_TOO_LARGE = "urn:e2e:problem:payload-too-large";
    public static final String URI_TOO_LONG = "urn:e2e:problem:uri-too-long";
    public static final String HEADERS_TOO_LARGE = "urn:e2e:problem:headers-too-large";
    public static final String WRITES_DISABLED = "urn:e2e:problem:writes-disabled";

    private ProblemTypes() {
    }
}
