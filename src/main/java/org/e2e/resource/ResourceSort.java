package org.e2e.resource;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Orders of the resource list. Every order ends with the slug, so pages never overlap. */
public enum ResourceSort {
    TITLE("title", "r.title, r.slug"),
    TITLE_DESC("-title", "r.title desc, r.slug desc"),
    READING_TIME("reading-time", "r.reading_minutes, r.title, r.slug"),
    READING_TIME_DESC("-reading-time", "r.reading_minutes desc, r.title, r.slug"),
    RELEVANCE("relevance", "ts_rank(r.search, websearch_to_tsquery('english', :q), 1) desc, r.title, r.slug");

    private final String id;
    private final String orderBy;

    ResourceSort(String id, String orderBy) {
        this.id = id;
        this.orderBy = orderBy;
    }

    public String id() {
        return id;
    }

    String orderBy() {
        return orderBy;
    }

    public static ResourceSort fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElse(null);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ResourceSort::id).collect(Collectors.joining(", "));
    }
}
