package org.e2e.problem;

/** 409: a write aimed at a published or deprecated version, which never changes. */
public class VersionImmutableException extends ConflictException {

    public VersionImmutableException(String detail) {
        super(detail);
    }
}
