package org.e2e.discovery;

import java.util.List;
import java.util.UUID;

/** A resource on a library page, as the engine holds its card; {@code snippet} only when the page has a query. */
public record LibraryHit(UUID id, String slug, String title, String summary, String type, List<String> audiences,
        List<String> tags, String author, String publisher, String dateText, int readingMinutes, String snippet) {
}
