package org.e2e.web;

import jakarta.ws.rs.core.EntityTag;

import org.e2e.problem.ProblemException;

/**
 * If-Match (RFC 9110, section 13.1.1): for writes required (428 when absent) and compared strongly (412 when stale);
 * on reads evaluated by {@link ReadPreconditions}. The ETag of any content coding of the current representation
 * matches, since a client quotes what it was served.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * @param what what the ETag belongs to, for the messages, such as "the node"
     */
    public static void requireMatch(String ifMatch, EntityTag current, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("This write needs an If-Match header with the ETag of " + what
                    + " as last read, so that concurrent edits are never lost.");
        }
        String expected = "\"" + current.getValue() + "\"";
        if (matches(ifMatch, expected)) {
            return;
        }
        String subject = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        throw ProblemException.preconditionFailed(subject + " changed since it was read: its ETag is now " + expected
                + ". Read it again and reapply the change.");
    }

    /**
     * Whether an If-Match value holds {@code currentEtag} (quoted; null when the representation has none) by strong
     * comparison: "*", or the same tag in any content coding, since a GET may have served a gzip or Brotli variant,
     * whose ETag is the identity one with a suffix (same state). A weak tag never matches.
     */
    public static boolean matches(String ifMatch, String currentEtag) {
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || currentEtag != null && identityOf(t).equals(identityOf(currentEtag))) {
                return true;
            }
        }
        return false;
    }

    private static String identityOf(String etag) {
        for (ContentCoding coding : ContentCoding.values()) {
            String suffix = "-" + coding.token() + "\"";
            if (coding != ContentCoding.IDENTITY && etag.endsWith(suffix)) {
                return etag.substring(0, etag.length() - suffix.length()) + "\"";
            }
        }
        return etag;
    }
}
