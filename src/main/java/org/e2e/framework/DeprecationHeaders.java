package org.e2e.framework;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * A deprecated version is still served, announced by {@code Deprecation} (RFC 9745, the date as
 * {@code @epoch-seconds}), {@code Sunset} (RFC 8594, an HTTP date) when one is set, and a {@code Link} with
 * {@code rel="successor-version"} to the version that replaces it.
 */
@Provider
public class DeprecationHeaders implements ContainerResponseFilter {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US);

    private final ServedVersion served;

    public DeprecationHeaders(ServedVersion served) {
        this.served = served;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 || !served.deprecated()) {
            return;
        }
        response.getHeaders().putSingle("Deprecation", "@" + served.deprecatedAt().getEpochSecond());
        if (served.sunsetAt() != null) {
            response.getHeaders().putSingle("Sunset",
                    HTTP_DATE.format(served.sunsetAt().atOffset(ZoneOffset.UTC)));
        }
        if (served.successor() != null) {
            response.getHeaders().add("Link", "<" + served.successor() + ">; rel=\"successor-version\"");
        }
    }
}
