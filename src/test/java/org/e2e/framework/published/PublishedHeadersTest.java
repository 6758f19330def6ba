package org.e2e.framework.published;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.e2e.framework.Release;
import org.e2e.framework.VersionStatus;
import org.junit.jupiter.api.Test;

/**
 * The deprecation headers, as both the event-loop route and the JAX-RS answers write them: RFC 9745 Deprecation as
 * {@code @epoch-seconds}, RFC 8594 Sunset as an HTTP date, and the successor-version Link. Plain JUnit.
 */
class PublishedHeadersTest {

    static final Instant DEPRECATED = Instant.parse("2026-03-01T12:34:56Z");
    static final Instant SUNSET = Instant.parse("2027-06-30T00:00:00Z");
    static final String SUCCESSOR = "/api/v1/frameworks/e2e-relationships/versions/1.1.0";

    @Test
    void aDeprecatedVersionAnnouncesItsDateSunsetAndSuccessorInThatOrder() {
        assertEquals(List.of(Map.entry("Deprecation", "@" + DEPRECATED.getEpochSecond()),
                Map.entry("Sunset", "Wed, 30 Jun 2027 00:00:00 GMT"),
                Map.entry("Link", "<" + SUCCESSOR + ">; rel=\"successor-version\"")),
                written(new Release(VersionStatus.DEPRECATED, DEPRECATED, SUNSET, SUCCESSOR)));
        assertEquals("@1772368496", written(new Release(VersionStatus.DEPRECATED, DEPRECATED, null, null)).get(0).getValue());
    }

    @Test
    void sunsetAndLinkAreLeftOutWhenThereIsNone() {
        assertEquals(List.of(Map.entry("Deprecation", "@" + DEPRECATED.getEpochSecond())),
                written(new Release(VersionStatus.DEPRECATED, DEPRECATED, null, null)));
        assertEquals(List.of(Map.entry("Deprecation", "@" + DEPRECATED.getEpochSecond()),
                Map.entry("Link", "<" + SUCCESSOR + ">; rel=\"successor-version\"")),
                written(new Release(VersionStatus.DEPRECATED, DEPRECATED, null, SUCCESSOR)));
    }

    @Test
    void theSunsetIsAnHttpDateInGmtWhateverTheInstant() {
        assertEquals("Sun, 01 Jan 2034 05:06:07 GMT", written(new Release(VersionStatus.DEPRECATED, DEPRECATED,
                Instant.parse("2034-01-01T05:06:07.890Z"), null)).get(1).getValue());
    }

    @Test
    void publishedAndDraftVersionsAnnounceNothing() {
        assertEquals(List.of(), written(Release.PUBLISHED));
        assertEquals(List.of(), written(new Release(VersionStatus.PUBLISHED, null, null, null)));
        assertEquals(List.of(), written(new Release(VersionStatus.DRAFT, null, null, null)));
    }

    private static List<Map.Entry<String, String>> written(Release release) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        PublishedHeaders.writeDeprecation(release, (name, value) -> headers.add(Map.entry(name, value)));
        return headers;
    }
}
