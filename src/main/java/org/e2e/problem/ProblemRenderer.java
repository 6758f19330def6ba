package org.e2e.problem;

/**
 * How errors are written under some paths, for bindings whose standard prescribes an error format of their own (the
 * CASE binding's imsx_StatusInfo). A feature registers one as a CDI bean; {@link ProblemRendering} picks it by path
 * and falls back to application/problem+json everywhere else.
 */
public interface ProblemRenderer {

    /** Whether this renderer writes the errors of requests to this raw path. */
    boolean renders(String path);

    String mediaType();

    /**
     * The body to send, serialized as JSON.
     *
     * @param cause the exception the problem was built from, or null when the problem comes from below JAX-RS
     */
    Object body(Problem problem, Throwable cause);
}
