package org.e2e.embed;

/**
 * What every embed page needs besides its content: theme (light, dark or auto), whether it is the card or the full
 * view, the URLs it links to, and whose content it is ({@code source}: publisher or collection, may be null).
 * {@code css}, {@code js}, {@code formJs} (null on pages without a form) and {@code pageCss} (a page's own styles,
 * null on most) are the inline assets that the page's CSP allows by hash.
 */
public record EmbedPage(String theme, boolean full, String title, String pageUrl, String oembedUrl, String viewUrl,
        String homeUrl, String source, String css, String js, String formJs, String pageCss) {

    /** The same page with a stylesheet of its own besides the shared one. */
    public EmbedPage withPageCss(String styles) {
        return new EmbedPage(theme, full, title, pageUrl, oembedUrl, viewUrl, homeUrl, source, css, js, formJs, styles);
    }

    /** The provider named in every footer. */
    public static final String PROVIDER = "E2E Relationships Toolkit";

    public String provider() {
        return PROVIDER;
    }
}
