package org.e2e.resource;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.e2e.discovery.LibraryRequest.LibraryOrder;

/** Orders of the resource list. Every order ends with the slug, so pages never overlap. */
public enum ResourceSort {
    TITLE("title", LibraryOrder.TITLE),
    TITLE_DESC("-title", LibraryOrder.TITLE_DESC),
    READING_TIME("reading-time", LibraryOrder.READING_TIME),
    READING_TIME_DESC("-reading-time", LibraryOrder.READING_TIME_DESC),
    RELEVANCE("relevance", LibraryOrder.RELEVANCE);

    private final String id;
    private final LibraryOrder order;

    ResourceSort(String id, LibraryOrder order) {
        this.id = id;
        this.order = order;
    }

    public String id() {
        return id;
    }

    LibraryOrder order() {
        return order;
    }

    public static ResourceSort fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst().orElse(null);
    }

    public static String allowed() {
        return Arrays.stream(values()).map(ResourceSort::id).collect(Collectors.joining(", "));
    }
}
