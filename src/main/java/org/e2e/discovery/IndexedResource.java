package org.e2e.discovery;

import java.util.List;
import java.util.UUID;

/**
 * A published resource as the index holds it: its card (what a list shows and filters on), its change number and
 * its whole text (title, summary and body text), read from {@code resource_card} and {@code resource}.
 */
record IndexedResource(UUID id, String slug, String title, String summary, String type, List<String> audiences,
        List<String> tags, List<UUID> nodeIds, String author, String publisher, String dateText, int readingMinutes,
        long change, String body) {
}
