package org.e2e.auth;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a usable principal is: pure rules on the claims as sent. */
class UsablePrincipalTest {

    static Map<String, Object> claims(Object sub, Object groups) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", sub);
        if (groups != null) {
            claims.put("groups", groups);
        }
        return claims;
    }

    @Test
    void aNamedSubjectWithRoleNamesIsUsable() {
        assertNull(UsablePrincipal.problem(claims("editor-ana", List.of("editor"))));
        assertNull(UsablePrincipal.problem(claims("editor-ana", "editor publisher")));
        assertNull(UsablePrincipal.problem(claims("Ana 😀", null)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "a\0b", "a\u0007b", "line\nbreak", "\u007f", "a\ud800b", "\udc00", "x\ud83d" })
    void aSubjectThatIsNoUsableNameIsRefused(String sub) {
        assertNotNull(UsablePrincipal.problem(claims(sub, List.of("editor"))));
    }

    @Test
    void groupsOfAnotherShapeAreRefused() {
        for (Object groups : List.of(Map.of("publisher", true), 7L, true, List.of(7L), List.of("publisher", Map.of("x", 1L)),
                List.of("publisher\0"))) {
            assertNotNull(UsablePrincipal.problem(claims("publisher-lee", groups)), String.valueOf(groups));
        }
    }

    @Test
    void aTokenWithoutAnyNameOrWithANameOfAnotherTypeIsRefused() {
        assertNotNull(UsablePrincipal.problem(Map.of("groups", List.of("editor"))));
        assertNotNull(UsablePrincipal.problem(claims(42L, List.of("editor"))));
        assertNotNull(UsablePrincipal.problem(claims("x".repeat(UsablePrincipal.MAX_NAME_LENGTH + 1), null)));
    }
}
