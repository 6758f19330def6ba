package org.e2e.framework.published;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.e2e.config.ServiceConfig;
import org.e2e.framework.Release;

/**
 * The headers that say how a published answer stands, written the same way by the event-loop route and by the JAX-RS
 * path: {@code Cache-Control} by whether the read pins its version, and, for a deprecated version, {@code
 * Deprecation} (RFC 9745, the date as {@code @epoch-seconds}), {@code Sunset} (RFC 8594, an HTTP date) when one is
 * set, and a {@code Link} with {@code rel="successor-version"} to the version that replaces it.
 */
@ApplicationScoped
public class PublishedHeaders {

    /** Drafts, and the lists as editors see them, are never stored by anyone. */
    public static final String DRAFT_CACHE_CONTROL = "private, no-store";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final String latestCacheControl;
    private final String pinnedCacheControl;

    public PublishedHeaders(ServiceConfig config) {
        this.latestCacheControl = "public, max-age=" + config.cache().latestMaxAge().toSeconds();
        this.pinnedCacheControl = "public, max-age=" + config.cache().pinnedMaxAge().toSeconds() + ", immutable";
    }

    /** A pinned version never changes; "latest" may move on a publish. */
    public String cacheControl(boolean pinned) {
        return pinned ? pinnedCacheControl : latestCacheControl;
    }

    /** Writes the deprecation headers of {@code release} (none unless it is deprecated) to {@code header}. */
    public static void writeDeprecation(Release release, BiConsumer<String, String> header) {
        if (!release.deprecated()) {
            return;
        }
        header.accept("Deprecation", "@" + release.deprecatedAt().getEpochSecond());
        if (release.sunsetAt() != null) {
            header.accept("Sunset", HTTP_DATE.format(release.sunsetAt().atOffset(ZoneOffset.UTC)));
        }
        if (release.successor() != null) {
            header.accept("Link", "<" + release.successor() + ">; rel=\"successor-version\"");
        }
    }

    /** {@link #writeDeprecation} onto a JAX-RS answer (a 200 or a 304) of something read from one version. */
    public static Response.ResponseBuilder withDeprecation(Response.ResponseBuilder answer, Release release) {
        writeDeprecation(release, answer::header);
        return answer;
    }
}
