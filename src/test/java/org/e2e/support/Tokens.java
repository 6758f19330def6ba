package org.e2e.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the test-only key pair under src/test/resources/jwt. */
public final class Tokens {
    private Tokens() {
    }

    public static String bearer(String subject, String... groups) {
        return "Bearer " + Jwt.subject(subject).groups(Set.of(groups)).sign();
    }

    public static String editor() {
        return bearer("editor-ana", "editor");
    }

    public static String publisher() {
        return bearer("publisher-lee", "publisher");
    }
}
