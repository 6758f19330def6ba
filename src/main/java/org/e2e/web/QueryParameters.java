package org.e2e.web;

import java.util.regex.Pattern;

import org.e2e.problem.ProblemException;

/**
 * Parses query parameters that arrive as raw strings, so a malformed value becomes a 400 problem that names the
 * parameter instead of the framework's default 404.
 */
public final class QueryParameters {

    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private QueryParameters() {
    }

    public static int intInRange(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        String message = "must be an integer between " + min + " and " + max;
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ProblemException.invalidParameter(name, message + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, message);
        }
    }

    /** A semantic version such as 1.0.0, or null when absent. */
    public static String version(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (!SEMVER.matcher(raw).matches()) {
            throw ProblemException.invalidParameter(name, "must be a semantic version such as 1.0.0");
        }
        return raw;
    }

    /** A lowercase slug such as 'affirm-values', or null when absent. */
    public static String slug(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > 200 || !SLUG.matcher(raw).matches()) {
            throw ProblemException.invalidParameter(name, "must be a slug of lowercase letters, digits and hyphens");
        }
        return raw;
    }

    public static boolean isVersion(String raw) {
        return raw != null && SEMVER.matcher(raw).matches();
    }
}
