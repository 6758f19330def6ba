package org.e2e.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The compact index of a latest version: lookups, breadcrumbs and subtrees, without Quarkus. */
class LatestVersionTest {

    static final UUID LAYER = UUID.randomUUID();
    static final UUID ELEMENT = UUID.randomUUID();
    static final UUID CATEGORY = UUID.randomUUID();
    static final UUID FIRST = UUID.randomUUID();
    static final UUID SECOND = UUID.randomUUID();
    static final UUID OTHER_ELEMENT = UUID.randomUUID();
    static final UUID PRINCIPLES = UUID.randomUUID();

    /** Rows in framework order, as the index is built from them. */
    static LatestVersion version() {
        List<LatestVersion.Row> rows = List.of(
                new LatestVersion.Row(LAYER, null, NodeType.LAYER, "roots", "Roots"),
                new LatestVersion.Row(ELEMENT, LAYER, NodeType.ELEMENT, "beliefs", "Beliefs"),
                new LatestVersion.Row(OTHER_ELEMENT, LAYER, NodeType.ELEMENT, "connections", "Connections"),
                new LatestVersion.Row(CATEGORY, ELEMENT, NodeType.CATEGORY, "trust", "Trust"),
                new LatestVersion.Row(FIRST, CATEGORY, NodeType.ACTION, "action-1", "Ask a colleague."),
                new LatestVersion.Row(SECOND, CATEGORY, NodeType.ACTION, "action-2", "Share a lesson."),
                new LatestVersion.Row(PRINCIPLES, null, NodeType.PRINCIPLES, "principles", "Framework Principles"));
        return new LatestVersion(UUID.randomUUID(), "e2e", "1.0.0", rows);
    }

    @Test
    void aBreadcrumbRunsFromTheLayerDownToTheNodeWithItsLinks() {
        List<Crumb> path = version().path(SECOND);
        assertEquals(List.of("roots", "beliefs", "trust", "action-2"), path.stream().map(Crumb::slug).toList());
        assertEquals("/api/v1/frameworks/e2e/layers/roots?version=1.0.0", path.get(0).self());
        assertEquals("/api/v1/frameworks/e2e/elements/beliefs?version=1.0.0", path.get(1).self());
        assertEquals("/api/v1/frameworks/e2e/versions/1.0.0/nodes/" + SECOND, path.get(3).self());
        assertEquals("Share a lesson.", path.get(3).title());
    }

    @Test
    void aSubtreeIsDepthFirstInFrameworkOrder() {
        assertEquals(List.of(ELEMENT, CATEGORY, FIRST, SECOND), version().subtree(ELEMENT).stream().map(Crumb::id).toList());
        assertEquals(List.of(OTHER_ELEMENT), version().subtree(OTHER_ELEMENT).stream().map(Crumb::id).toList());
        assertEquals(List.of(ELEMENT, CATEGORY, FIRST, SECOND), version().subtreeIds(ELEMENT));
        assertEquals(List.of(), version().subtreeIds(UUID.randomUUID()));
    }

    @Test
    void sectionsLinkBySectionAndSlugsAreFoundByType() {
        assertEquals("/api/v1/frameworks/e2e/principles?version=1.0.0", version().crumb(PRINCIPLES).self());
        assertEquals(List.of(ELEMENT), version().find(NodeType.ELEMENT, "beliefs"));
        assertEquals(List.of(), version().find(NodeType.CATEGORY, "beliefs"));
    }

    @Test
    void anUnknownNodeIsAbsentEverywhere() {
        UUID unknown = UUID.randomUUID();
        LatestVersion v = version();
        assertFalse(v.contains(unknown));
        assertNull(v.crumb(unknown));
        assertTrue(v.path(unknown).isEmpty());
        assertTrue(v.subtree(unknown).isEmpty());
    }

    @Test
    void everyNodeOfALargeVersionIsFoundByItsId() {
        List<LatestVersion.Row> rows = new ArrayList<>();
        rows.add(new LatestVersion.Row(LAYER, null, NodeType.LAYER, "roots", "Roots"));
        for (int i = 0; i < 5_000; i++) {
            rows.add(new LatestVersion.Row(UUID.randomUUID(), LAYER, NodeType.ACTION, "a" + i, "Action " + i));
        }
        List<LatestVersion.Row> shuffled = new ArrayList<>(rows.subList(1, rows.size()));
        Collections.shuffle(shuffled, new Random(7));
        LatestVersion v = new LatestVersion(UUID.randomUUID(), "big", "2.0.0", rows);
        for (LatestVersion.Row row : shuffled) {
            assertEquals(List.of(LAYER, row.id()), v.path(row.id()).stream().map(Crumb::id).toList());
        }
        assertEquals(5_001, v.subtree(LAYER).size());
    }
}
