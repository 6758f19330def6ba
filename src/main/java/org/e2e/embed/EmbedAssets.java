package org.e2e.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.e2e.config.ServiceConfig;

/**
 * The embed pages' inline stylesheet and resize script, and the Content-Security-Policy that allows exactly them
 * (by hash) and lets only the configured portal origins frame the pages.
 */
@ApplicationScoped
public class EmbedAssets {

    private final String css;
    private final String js;
    private final String formJs;
    private final String diagramCss;
    private final String libraryJs;
    private final String contentSecurityPolicy;

    public EmbedAssets(ServiceConfig config) {
        this.css = load("embed/embed.css");
        this.js = load("embed/embed.js");
        this.formJs = load("embed/assessment.js");
        this.diagramCss = load("embed/diagram.css");
        this.libraryJs = load("embed/library.js");
        List<String> origins = config.embed().portalOrigins().orElse(List.of());
        String frameAncestors = Stream.concat(Stream.of("'self'"), origins.stream().map(String::strip)
                .map(o -> o.replaceAll("/+$", ""))).distinct().collect(Collectors.joining(" "));
        // The assessment card's and the library's GET forms submit to, and their scripts fetch from, this service only.
        this.contentSecurityPolicy = "default-src 'none'; style-src '" + sha256(css) + "' '" + sha256(diagramCss) + "'; script-src '" + sha256(js)
                + "' '" + sha256(formJs) + "' '" + sha256(libraryJs) + "'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + frameAncestors;
    }

    public String css() {
        return css;
    }

    public String js() {
        return js;
    }

    /** The assessment form's script: instant results without leaving the card. */
    public String formJs() {
        return formJs;
    }

    /** The framework diagram page's own styles: its layouts, layer colours per theme and focus rings. */
    public String diagramCss() {
        return diagramCss;
    }

    /** The library page's script: suggestions as one types and results updated in place. */
    public String libraryJs() {
        return libraryJs;
    }

    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    private static String load(String location) {
        try (InputStream in = EmbedAssets.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("missing " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
