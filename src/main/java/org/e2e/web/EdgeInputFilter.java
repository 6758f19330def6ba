package org.e2e.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.e2e.problem.InvalidParameterException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks at the edge, after routing and before any resource method (so before any query): a path or query parameter
 * holding NUL or another control character is a 400 that names the parameter, on every operation, pages and the CASE
 * API included (PostgreSQL cannot store NUL; no identifier or filter of this API contains a control character).
 */
public class EdgeInputFilter {

    @ServerRequestFilter
    public void rejectControlCharacters(ContainerRequestContext request) {
        check("path", request.getUriInfo().getPathParameters());
        check("query", request.getUriInfo().getQueryParameters());
    }

    private static void check(String in, MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                throw new InvalidParameterException(in, "(name)", "has a name with a control character");
            }
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value)) {
                    throw new InvalidParameterException(in, parameter.getKey(),
                            "must not contain NUL or other control characters");
                }
            }
        }
    }

    /** NUL, C0 and C1 controls and DEL; tab, line feed and carriage return too, which no parameter needs. */
    static boolean hasControlCharacter(String s) {
        return s != null && s.chars().anyMatch(Character::isISOControl);
    }
}
