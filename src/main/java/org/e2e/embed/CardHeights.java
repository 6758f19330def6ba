package org.e2e.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The heights oEmbed advertises for each card: measured in Chromium from the rendered card at the advertised widths
 * (480 and 320 px) and committed in {@code embed/card-heights.properties}; {@code CardBrowserTest} checks every
 * card against them and rewrites them with {@code -Dembed.heights.update=true}. Between the two widths, and for a
 * column of unknown width ({@link #anyColumn}), the taller of the two measures is used; below 320 px text reflows
 * roughly in inverse proportion to the width. A card that was
 * not measured (a resource authored since) gets the tallest measured card of its kind, so its link is never hidden.
 */
@ApplicationScoped
public class CardHeights {

    public static final String LOCATION = "embed/card-heights.properties";
    public static final int WIDE = 480;
    public static final int NARROW = 320;

    private final Properties measured = new Properties();

    public CardHeights() {
        try (InputStream in = CardHeights.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("missing " + LOCATION);
            }
            measured.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The advertised height of a card ("resources/{slug}", "frameworks/{fw}/elements/{slug}", ".../assessment") at a width. */
    public int height(String card, int width) {
        if (width >= WIDE) {
            return measured(card, WIDE);
        }
        if (width <= NARROW) {
            return (int) Math.ceil((double) measured(card, NARROW) * NARROW / width);
        }
        return anyColumn(card);
    }

    /**
     * A height that shows the whole card in any column from 320 px up: between the two measured widths either layout
     * may apply (text cards grow as they narrow, the framework picture as it widens), so the taller measure.
     */
    public int anyColumn(String card) {
        return Math.max(measured(card, WIDE), measured(card, NARROW));
    }

    private int measured(String card, int width) {
        String value = measured.getProperty(card + "@" + width);
        if (value != null) {
            return Integer.parseInt(value);
        }
        String kind = kind(card);
        return measured.stringPropertyNames().stream().filter(k -> k.endsWith("@" + width))
                .filter(k -> kind(k.substring(0, k.lastIndexOf('@'))).equals(kind))
                .mapToInt(k -> Integer.parseInt(measured.getProperty(k))).max().orElse(1000);
    }

    /** Cards of a kind have heights alike: self-assessments, framework pictures, elements, resources. */
    private static String kind(String card) {
        return card.endsWith("/assessment") ? "assessment" : card.endsWith("/diagram") ? "diagram"
                : card.startsWith("frameworks/") ? "element" : "resource";
    }
}
