package org.e2e.web;

import java.net.URI;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/** RFC 8288 pagination links (first, prev, next, last) and X-Total-Count for a paged list response. */
public final class PageLinks {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PageLinks() {
    }

    public static int totalPages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public static Response.ResponseBuilder apply(Response.ResponseBuilder builder, UriInfo uri, int page, int size, long total) {
        int last = totalPages(total, size);
        builder.header(TOTAL_COUNT, total);
        builder.links(link(uri, 1, size, "first"), link(uri, last, size, "last"));
        if (page > 1) {
            builder.links(link(uri, Math.min(page - 1, last), size, "prev"));
        }
        if (page < last) {
            builder.links(link(uri, page + 1, size, "next"));
        }
        return builder;
    }

    private static Link link(UriInfo uri, int page, int size, String rel) {
        return relative(uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size), rel);
    }

    /**
     * The same for lists paged by {@code limit} and {@code offset} (CASE): first, prev, next and last keep the
     * limit and move the offset; X-Total-Count is the total before paging.
     */
    public static Response.ResponseBuilder applyOffset(Response.ResponseBuilder builder, UriInfo uri, int offset, int limit, long total) {
        long last = total == 0 ? 0 : ((total - 1) / limit) * limit;
        builder.header(TOTAL_COUNT, total);
        builder.links(offsetLink(uri, 0, limit, "first"), offsetLink(uri, last, limit, "last"));
        if (offset > 0) {
            builder.links(offsetLink(uri, Math.min(Math.max(0, offset - limit), last), limit, "prev"));
        }
        if (offset + limit < total) {
            builder.links(offsetLink(uri, offset + limit, limit, "next"));
        }
        return builder;
    }

    private static Link offsetLink(UriInfo uri, long offset, int limit, String rel) {
        return relative(uri.getRequestUriBuilder().replaceQueryParam("limit", limit).replaceQueryParam("offset", offset), rel);
    }

    /** Root-relative, so a link is right behind any proxy that keeps the path. */
    private static Link relative(UriBuilder target, String rel) {
        URI built = target.build();
        return Link.fromUri(built.getRawPath() + "?" + built.getRawQuery()).rel(rel).build();
    }
}
