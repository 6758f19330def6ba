package org.e2e.web;

import java.util.Collection;
import java.util.Locale;

/**
 * The content codings (RFC 9110 §8.4) a precomputed representation is kept in, and the negotiation of one from an
 * {@code Accept-Encoding} header (§12.5.3): q-values, {@code identity}, {@code *}, and {@code q=0} to refuse. Among
 * codings of equal weight the smaller one wins (Brotli, then gzip, then identity).
 */
public enum ContentCoding {
    BR("br"),
    GZIP("gzip"),
    IDENTITY("identity");

    private final String token;

    ContentCoding(String token) {
        this.token = token;
    }

    /** The token as sent in Content-Encoding (and as appended to a variant's ETag). */
    public String token() {
        return token;
    }

    /**
     * The coding to send from those available (identity always is), or null when the client refuses every one of
     * them (identity excluded with {@code identity;q=0} or {@code *;q=0}): then the answer is a 406 or, as here, the
     * identity bytes, which RFC 9110 allows a server to send anyway.
     */
    public static ContentCoding negotiate(String acceptEncoding, Collection<ContentCoding> available) {
        if (acceptEncoding == null) {
            return IDENTITY; // no preference: any coding is acceptable, but a client that says nothing gets identity
        }
        ContentCoding best = null;
        double bestQ = 0;
        for (ContentCoding coding : values()) {
            if (coding != IDENTITY && !available.contains(coding)) {
                continue;
            }
            double q = weight(acceptEncoding, coding);
            if (q > bestQ) { // values() is in order of preference, so a tie keeps the earlier (smaller) coding
                best = coding;
                bestQ = q;
            }
        }
        return best != null ? best : IDENTITY;
    }

    /** The q-value the header gives a coding: its own entry, else {@code *}, else 0 (identity: 1). */
    static double weight(String acceptEncoding, ContentCoding coding) {
        Double own = null;
        Double star = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String name = pieces[0].strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].strip();
                if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                        && parameter.charAt(1) == '=') {
                    q = parseQ(parameter.substring(2).strip());
                }
            }
            if (name.equals(coding.token) || (coding == GZIP && name.equals("x-gzip"))) {
                own = q;
            } else if (name.equals("*")) {
                star = q;
            }
        }
        if (own != null) {
            return own;
        }
        if (star != null) {
            return star;
        }
        return coding == IDENTITY ? 1 : 0;
    }

    private static double parseQ(String value) {
        try {
            double q = Double.parseDouble(value);
            return q < 0 || q > 1 || Double.isNaN(q) ? 0 : q;
        } catch (NumberFormatException e) {
            return 0; // an unreadable weight accepts nothing
        }
    }
}
