package org.e2e.support;

/** Paths, ids and media types the tests share: the seeded framework and its best-known nodes. */
public final class Fixtures {

    /** The seeded framework's API root. */
    public static final String FW = "/api/v1/frameworks/e2e-relationships";
    /** Roots / Beliefs / Trust / "Be reliable: Tell your colleagues what you are going to do, then do it." */
    public static final String BE_RELIABLE = "35c8edd3-a1ce-505e-bf0e-5994b6236a7e";
    /** Roots / Beliefs / Trust. */
    public static final String TRUST = "9902058e-db3c-5df2-90aa-de5e18191463";
    public static final String PROBLEM = "application/problem+json";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private Fixtures() {
    }
}
