package org.e2e.embed;

/**
 * What every embed page needs besides its content: theme (light, dark or auto), whether it is the card or the full
 * view, the URLs it links to, and whose content it is ({@code source}: publisher or collection, may be null).
 * {@code css}, {@code js} and {@code formJs} (null on pages without a form) are the inline assets that the page's
 * CSP allows by hash.
 */
public record EmbedPage(String theme, boolean full, String title, String pageUrl, String oembedUrl, String viewUrl,
        String homeUrl, String source, String css, String js, String formJs) {

    /** The provider named in every footer. */
    public static final String PROVIDER = "E2E Relationships Toolkit";

    public String provider() {
        return PROVIDER;
    }
}
