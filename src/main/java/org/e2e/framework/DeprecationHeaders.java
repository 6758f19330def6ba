package org.e2e.framework;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A deprecated version is still served, announced by {@code Deprecation} (RFC 9745, the date as
 * {@code @epoch-seconds}), {@code Sunset} (RFC 8594, an HTTP date) when one is set, and a {@code Link} with
 * {@code rel="successor-version"} to the version that replaces it.
 */
@Provider
public class DeprecationHeaders implements ContainerResponseFilter {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final ServedVersion served;

    public DeprecationHeaders(ServedVersion served) {
        this.served = served;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 || !served.deprecated()) {
            return;
        }
        for (Map.Entry<String, String> header : headers(served.deprecatedAt(), served.sunsetAt(), served.successor())) {
            response.getHeaders().add(header.getKey(), header.getValue());
        }
    }

    /** The headers announcing a deprecated version; also written by the event-loop route for cached answers. */
    static List<Map.Entry<String, String>> headers(Instant deprecatedAt, Instant sunsetAt, String successor) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(3);
        headers.add(Map.entry("Deprecation", "@" + deprecatedAt.getEpochSecond()));
        if (sunsetAt != null) {
            headers.add(Map.entry("Sunset", HTTP_DATE.format(sunsetAt.atOffset(ZoneOffset.UTC))));
        }
        if (successor != null) {
            headers.add(Map.entry("Link", "<" + successor + ">; rel=\"successor-version\""));
        }
        return headers;
    }
}
