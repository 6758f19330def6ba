package org.e2e.web;

import jakarta.ws.rs.core.EntityTag;

import org.e2e.problem.ProblemException;

/** If-Match for writes (RFC 9110, section 13.1.1): required (428 when absent) and compared strongly (412 when stale). */
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
            if (t.equals("*") || t.equals(expected)) {
                return;
            }
        }
        String subject = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        throw ProblemException.preconditionFailed(subject + " changed since it was read: its ETag is now " + expected
                + ". Read it again and reapply the change.");
    }
}
