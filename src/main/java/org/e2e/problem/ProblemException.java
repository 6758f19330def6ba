package org.e2e.problem;

import java.util.List;

/**
 * The root of the error vocabulary: services and resources throw its typed subclasses (not found, invalid parameter,
 * conflict, precondition failed, unprocessable, …) for every client error the API reports. Which status, problem
 * type and title each one means is decided in one table, {@link ProblemStatusMap}; the one mapper,
 * {@link ProblemExceptionMapper}, renders it. The message is written for the client and never holds internals.
 */
public abstract class ProblemException extends RuntimeException {

    private final List<Problem.InvalidInput> errors;

    protected ProblemException(String detail, List<Problem.InvalidInput> errors) {
        super(detail, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.InvalidInput> errors() {
        return errors;
    }

    public static NotFoundException notFound(String detail) {
        return new NotFoundException(detail);
    }

    /** A malformed or out-of-range query parameter. */
    public static InvalidParameterException invalidParameter(String name, String detail) {
        return new InvalidParameterException("query", name, detail);
    }

    public static ConflictException conflict(String detail) {
        return new ConflictException(detail);
    }

    public static VersionImmutableException immutable(String detail) {
        return new VersionImmutableException(detail);
    }

    public static PreconditionRequiredException preconditionRequired(String detail) {
        return new PreconditionRequiredException(detail);
    }

    public static PreconditionFailedException preconditionFailed(String detail) {
        return new PreconditionFailedException(detail);
    }

    /** 422 whose detail is the summary of {@code errors} ({@link Problem#summary}). */
    public static UnprocessableException unprocessable(List<Problem.InvalidInput> errors) {
        return new UnprocessableException(null, errors);
    }

    /** 422 whose detail is {@code context}, a colon and the summary of {@code errors}. */
    public static UnprocessableException unprocessable(String context, List<Problem.InvalidInput> errors) {
        return new UnprocessableException(context, errors);
    }

    public static InvalidBodyException invalidBody(String pointer, String detail) {
        return new InvalidBodyException(pointer, detail);
    }

    public static PayloadTooLargeException payloadTooLarge(long limit) {
        return new PayloadTooLargeException(limit);
    }
}
