package org.e2e.framework.published;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;

import org.e2e.framework.Release;
import org.e2e.framework.published.PublishedRepresentationCache.Entry;
import org.e2e.framework.published.Representation.Layer;
import org.e2e.web.CompressedVariants;
import org.junit.jupiter.api.Test;

/** The cache on its own: typed keys, the latest-version index and the generation guard. Plain JUnit. */
class PublishedRepresentationCacheTest {

    static final String FW = "e2e-relationships";
    static final String OTHER = "other-framework";

    final PublishedRepresentationCache cache = new PublishedRepresentationCache(1 << 20);

    @Test
    void aLatestReadIsFoundThroughTheIndexOnceALatestAnswerWasStored() {
        Entry roots = entry("roots");
        cache.store(cache.generation(), PublishedRead.of(FW, "1.0.0", new Layer("roots")), roots, false);
        assertSame(roots, cache.lookup(PublishedRead.of(FW, "1.0.0", new Layer("roots"))));
        assertNull(cache.lookup(PublishedRead.of(FW, null, new Layer("roots"))), "a pinned answer says nothing of latest");

        Entry tree = entry("tree");
        cache.store(cache.generation(), PublishedRead.of(FW, "1.0.0", Representation.TREE), tree, true);
        assertSame(tree, cache.lookup(PublishedRead.of(FW, null, Representation.TREE)));
        assertSame(roots, cache.lookup(PublishedRead.of(FW, null, new Layer("roots"))), "every representation of the latest");
        assertNull(cache.lookup(PublishedRead.of(FW, null, new Layer("soil"))));
        assertNull(cache.lookup(PublishedRead.of(FW, "1.0.0", Representation.PRINCIPLES)), "keys are typed, not just versions");
    }

    @Test
    void whatWasBuiltBeforeAnInvalidationIsNotKept() {
        long before = cache.generation();
        cache.invalidate(OTHER);
        cache.store(before, PublishedRead.of(FW, "1.0.0", Representation.TREE), entry("stale"), true);
        assertNull(cache.lookup(PublishedRead.of(FW, "1.0.0", Representation.TREE)));
        assertNull(cache.lookup(PublishedRead.of(FW, null, Representation.TREE)));
    }

    @Test
    void invalidatingAFrameworkDropsItsEntriesItsLatestPointerAndTheFrameworksList() {
        Entry frameworks = entry("frameworks");
        Entry otherVersions = entry("other versions");
        Entry otherTree = entry("other tree");
        cache.store(cache.generation(), PublishedRead.frameworks(), frameworks, false);
        cache.store(cache.generation(), PublishedRead.versions(FW), entry("versions"), false);
        cache.store(cache.generation(), PublishedRead.of(FW, "1.0.0", Representation.TREE), entry("tree"), true);
        cache.store(cache.generation(), PublishedRead.versions(OTHER), otherVersions, false);
        cache.store(cache.generation(), PublishedRead.of(OTHER, "3.0.0", Representation.TREE), otherTree, true);
        assertSame(frameworks, cache.lookup(PublishedRead.frameworks()));

        cache.invalidate(FW);
        assertNull(cache.lookup(PublishedRead.frameworks()), "the frameworks list names every framework's latest");
        assertNull(cache.lookup(PublishedRead.versions(FW)));
        assertNull(cache.lookup(PublishedRead.of(FW, "1.0.0", Representation.TREE)));
        assertNull(cache.lookup(PublishedRead.of(FW, null, Representation.TREE)));
        assertSame(otherVersions, cache.lookup(PublishedRead.versions(OTHER)));
        assertSame(otherTree, cache.lookup(PublishedRead.of(OTHER, null, Representation.TREE)));

        cache.invalidateAll();
        assertNull(cache.lookup(PublishedRead.versions(OTHER)));
        assertNull(cache.lookup(PublishedRead.of(OTHER, "3.0.0", Representation.TREE)));
    }

    private static Entry entry(String text) {
        byte[] body = ("\"" + text + "\"").getBytes(StandardCharsets.UTF_8);
        return new Entry(body, CompressedVariants.identityOnly(body, "\"" + text.hashCode() + "\""), Release.PUBLISHED);
    }
}
