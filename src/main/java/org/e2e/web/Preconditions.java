package org.e2e.web;

import jakarta.ws.rs.core.EntityTag;

import org.e2e.problem.ProblemException;

/**
 * If-Match for writes (RFC 9110, section 13.1.1): required (428 when absent) and compared strongly (412 when stale).
 * The ETag of any content coding of the current representation matches, since a client quotes what it was served.
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
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(expected) || isCodingOf(t, expected)) {
                return;
            }
        }
        String subject = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        throw ProblemException.preconditionFailed(subject + " changed since it was read: its ETag is now " + expected
                + ". Read it again and reapply the change.");
    }

    /** A GET may have served a gzip or Brotli variant, whose ETag is the identity one with a suffix: same state. */
    private static boolean isCodingOf(String tag, String expected) {
        for (ContentCoding coding : ContentCoding.values()) {
            if (coding != ContentCoding.IDENTITY && tag.equals(CompressedVariants.etagOf(expected, coding))) {
                return true;
            }
        }
        return false;
    }
}
