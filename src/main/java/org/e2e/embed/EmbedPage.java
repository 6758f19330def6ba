package org.e2e.embed;

/**
 * What every embed page needs besides its content: theme, whether it is the card or the full view, and the URLs
 * it links to. {@code css} and {@code js} are the inline assets that the page's CSP allows by hash.
 */
public record EmbedPage(String theme, boolean full, String title, String pageUrl, String oembedUrl, String viewUrl,
        String css, String js) {
}
