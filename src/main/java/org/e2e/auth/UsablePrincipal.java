package org.e2e.auth;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a verified token must carry to name a caller, decided once: every name claim that is present ({@code sub},
 * {@code upn}, {@code preferred_username}) and at least one of them is a usable name, and {@code groups} is absent,
 * a usable name (smallrye-jwt splits it on spaces) or an array of usable names. A usable name is a string of 1 to
 * {@link #MAX_NAME_LENGTH} characters that is valid Unicode (no lone surrogate), holds no control character (NUL,
 * line breaks, escapes) and is not only white space. Anything else is a token of unexpected shape: a 401.
 */
public final class UsablePrincipal {

    public static final int MAX_NAME_LENGTH = 256;
    static final List<String> NAME_CLAIMS = List.of("sub", "upn", "preferred_username");

    private UsablePrincipal() {
    }

    /** Why these (verified) claims name no usable caller, or null when they do. */
    public static String problem(Map<String, Object> claims) {
        boolean named = false;
        for (String claim : NAME_CLAIMS) {
            if (claims.containsKey(claim)) {
                if (!usableName(claims.get(claim))) {
                    return "its '" + claim + "' claim is not a usable name";
                }
                named = true;
            }
        }
        if (!named) {
            return "it names no subject ('sub')";
        }
        Object groups = claims.get("groups");
        if (groups == null || usableName(groups)) {
            return null;
        }
        if (groups instanceof Collection<?> names && names.stream().allMatch(UsablePrincipal::usableName)) {
            return null;
        }
        return "its 'groups' claim is neither a role name nor an array of role names";
    }

    static boolean usableName(Object value) {
        if (!(value instanceof String name) || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
