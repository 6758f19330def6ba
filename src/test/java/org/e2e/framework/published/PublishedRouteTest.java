package org.e2e.framework.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.e2e.framework.published.Representation.Element;
import org.e2e.framework.published.Representation.Layer;
import org.e2e.framework.published.Representation.Node;
import org.junit.jupiter.api.Test;

/**
 * What the event-loop route reads from a URL: for every published representation, the same typed {@link
 * PublishedRead} that {@link FrameworkResource} builds from its parameters (so both name one cache entry), and null
 * for every shape the route must leave to JAX-RS. Plain JUnit: the parser is a pure function.
 */
class PublishedRouteTest {

    static final String FRAMEWORKS = "/api/v1/frameworks";
    static final String FW = FRAMEWORKS + "/e2e-relationships";
    static final String SLUG = "e2e-relationships";
    static final UUID NODE = UUID.fromString("35c8edd3-a1ce-505e-bf0e-5994b6236a7e");

    @Test
    void everyRepresentationOfTheLatestVersion() {
        assertEquals(PublishedRead.of(SLUG, null, Representation.TREE), PublishedRoute.target(FW, null));
        assertEquals(PublishedRead.of(SLUG, null, new Layer("roots")), PublishedRoute.target(FW + "/layers/roots", null));
        assertEquals(PublishedRead.of(SLUG, null, new Element("beliefs")), PublishedRoute.target(FW + "/elements/beliefs", ""));
        assertEquals(PublishedRead.of(SLUG, null, Representation.PRINCIPLES), PublishedRoute.target(FW + "/principles", null));
        assertEquals(PublishedRead.of(SLUG, null, Representation.OUTCOMES), PublishedRoute.target(FW + "/outcomes", null));
        assertEquals(PublishedRead.of(SLUG, null, Representation.REFERENCES), PublishedRoute.target(FW + "/references", null));
        assertFalse(PublishedRoute.target(FW + "/layers/roots", null).pinned(), "latest answers may move on a publish");
    }

    @Test
    void theQueryVersionPinsEveryRepresentationThatTakesIt() {
        assertEquals(PublishedRead.of(SLUG, "1.0.0", Representation.TREE), PublishedRoute.target(FW, "version=1.0.0"));
        assertEquals(PublishedRead.of(SLUG, "1.0.0", new Layer("soil")), PublishedRoute.target(FW + "/layers/soil", "version=1.0.0"));
        assertEquals(PublishedRead.of(SLUG, "2.1.0", new Element("beliefs")),
                PublishedRoute.target(FW + "/elements/beliefs", "version=2.1.0"));
        assertEquals(PublishedRead.of(SLUG, "1.0.0", Representation.PRINCIPLES),
                PublishedRoute.target(FW + "/principles", "version=1.0.0"));
        assertEquals(PublishedRead.of(SLUG, "1.0.0", Representation.OUTCOMES), PublishedRoute.target(FW + "/outcomes", "version=1.0.0"));
        assertEquals(PublishedRead.of(SLUG, "1.0.0", Representation.REFERENCES),
                PublishedRoute.target(FW + "/references", "version=1.0.0"));
        assertTrue(PublishedRoute.target(FW + "/layers/soil", "version=1.0.0").pinned());
    }

    @Test
    void pathVersionsPinTheTreeAndNodes() {
        assertEquals(PublishedRead.of(SLUG, "1.0.0", Representation.TREE), PublishedRoute.target(FW + "/versions/1.0.0", null));
        assertEquals(PublishedRead.of(SLUG, "1.0.0", new Node(NODE)), PublishedRoute.target(FW + "/versions/1.0.0/nodes/" + NODE, null));
        assertTrue(PublishedRoute.target(FW + "/versions/1.0.0/nodes/" + NODE, null).pinned());
        // A path version is answered or not by the cache; one that cannot exist is simply never held.
        assertEquals(PublishedRead.of(SLUG, "abc", Representation.TREE), PublishedRoute.target(FW + "/versions/abc", null));
    }

    @Test
    void theListsSpanVersionsAndAreNeverPinned() {
        assertEquals(PublishedRead.frameworks(), PublishedRoute.target(FRAMEWORKS, null));
        assertEquals(PublishedRead.versions(SLUG), PublishedRoute.target(FW + "/versions", null));
        assertFalse(PublishedRoute.target(FW + "/versions", null).pinned());
        assertTrue(PublishedRoute.target(FRAMEWORKS, null).spansVersions());
        assertNull(PublishedRoute.target(FRAMEWORKS, "version=1.0.0"), "the frameworks list takes no version");
        assertNull(PublishedRoute.target(FW + "/versions", "version=1.0.0"), "the versions list takes no version");
    }

    @Test
    void aVersionInBothPathAndQueryIsLeftToJaxRs() {
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0", "version=1.0.0"));
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/nodes/" + NODE, "version=1.0.0"));
    }

    @Test
    void queriesOtherThanOneVersionAreLeftToJaxRs() {
        assertNull(PublishedRoute.target(FW, "version="), "an empty version");
        assertNull(PublishedRoute.target(FW, "version=1.0.0&version=2.0.0"), "a repeated parameter");
        assertNull(PublishedRoute.target(FW, "version=1.0.0&x=1"), "an extra parameter");
        assertNull(PublishedRoute.target(FW, "x=1&version=1.0.0"), "an extra parameter first");
        assertNull(PublishedRoute.target(FW + "/layers/roots", "page=2"), "another parameter");
        assertNull(PublishedRoute.target(FW, "version=1%2E0.0"), "a percent-encoded query");
        assertNull(PublishedRoute.target(FW, "Version=1.0.0"), "parameter names are case-sensitive");
    }

    @Test
    void percentEncodedPathsAreLeftToJaxRs() {
        assertNull(PublishedRoute.target(FW + "/layers/ro%6Fts", null));
        assertNull(PublishedRoute.target(FRAMEWORKS + "/e2e%2Drelationships", null));
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/nodes/" + NODE.toString().replace("-", "%2D"), null));
    }

    @Test
    void nodeIdsMustBeCanonicalUuids() {
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/nodes/" + NODE.toString().toUpperCase(), null), "upper case");
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/nodes/1-1-1-1-1", null), "a short form UUID.fromString accepts");
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/nodes/not-a-uuid", null));
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/nodes/" + NODE.toString().replace("-", ""), null), "no hyphens");
    }

    @Test
    void emptySegmentsAndTrailingSlashesAreLeftToJaxRs() {
        assertNull(PublishedRoute.target(FRAMEWORKS + "/", null));
        assertNull(PublishedRoute.target(FW + "/", null));
        assertNull(PublishedRoute.target(FW + "/layers/", null));
        assertNull(PublishedRoute.target(FW + "/layers/roots/", null));
        assertNull(PublishedRoute.target(FW + "/versions/", null));
        assertNull(PublishedRoute.target(FW + "/versions//nodes/" + NODE, null));
        assertNull(PublishedRoute.target(FRAMEWORKS + "//layers/roots", null));
        assertNull(PublishedRoute.target(FW + "//principles", null));
    }

    @Test
    void pathsNoPublishedReadHasAreLeftToJaxRs() {
        assertNull(PublishedRoute.target(FRAMEWORKS + "x", null), "not below the prefix");
        assertNull(PublishedRoute.target("/api/v1/resources", null), "another API");
        assertNull(PublishedRoute.target(FW + "/actions", null), "paged and filtered: never cached");
        assertNull(PublishedRoute.target(FW + "/elements/beliefs/resources", null), "the library");
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/export", null), "authoring");
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/changes", "since=0.9.0"), "authoring");
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/items/" + NODE, null), "nodes are below nodes/");
        assertNull(PublishedRoute.target(FW + "/sections/principles", null));
        assertNull(PublishedRoute.target(FW + "/versions/1.0.0/nodes/" + NODE + "/children", null));
    }

    @Test
    void aListNamesNoVersionAndOnlyTheFrameworksListSpansFrameworks() {
        assertThrows(IllegalArgumentException.class, () -> new PublishedRead(SLUG, "1.0.0", Representation.VERSIONS));
        assertThrows(IllegalArgumentException.class, () -> new PublishedRead(PublishedRead.ALL_FRAMEWORKS, "1.0.0",
                Representation.FRAMEWORKS));
        assertThrows(IllegalArgumentException.class, () -> new PublishedRead(SLUG, null, Representation.FRAMEWORKS));
    }
}
