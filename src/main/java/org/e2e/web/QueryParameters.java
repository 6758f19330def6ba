package org.e2e.web;

import java.util.regex.Pattern;

import org.e2e.problem.ProblemException;
import java.util.Arrays;
import java.util.List;

/**
 * Parses query parameters that arrive as raw strings, so a malformed value becomes a 400 problem that names the
 * parameter instead of the framework's default 404.
 */
public final class QueryParameters {

    /**
     * A semantic version such as 1.0.0 whose parts have at most 9 digits, so each fits a PostgreSQL integer (a
     * part past 2^31-1 is refused as input instead of failing in the database).
     */
    public static final String SEMVER_REGEX = "^(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})$";
    public static final String SEMVER_MESSAGE = "must be a semantic version such as 1.0.0, each part at most 999999999";
    private static final Pattern SEMVER = Pattern.compile(SEMVER_REGEX);
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
            throw ProblemException.invalidParameter(name, SEMVER_MESSAGE);
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

    /**
     * Free text such as a search query: trimmed, at most {@code maxLength} characters, no control characters
     * (PostgreSQL cannot store NUL), or null when absent or blank.
     */
    public static String text(String name, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw ProblemException.invalidParameter(name, "must be at most " + maxLength + " characters long");
        }
        if (text.chars().anyMatch(c -> c == 0 || (Character.isISOControl(c) && !Character.isWhitespace(c)))) {
            throw ProblemException.invalidParameter(name, "must not contain control characters");
        }
        return text;
    }

    /** A comma-separated list of slugs, or an empty list when absent. */
    public static List<String> slugList(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> slug(name, s)).distinct().toList();
    }

    public static boolean isVersion(String raw) {
        return raw != null && SEMVER.matcher(raw).matches();
    }

    /**
     * Offsets are bounded so that a deep page costs what the first does: skipping more than {@code maxOffset}
     * items is refused as a client mistake (400) that asks for narrower filters.
     */
    public static void requireWithinOffset(int page, int size, int maxOffset) {
        if ((long) (page - 1) * size > maxOffset) {
            throw ProblemException.invalidParameter("page", "reaches past the first " + maxOffset
                    + " matches; narrow the filters or the query to see further");
        }
    }
}
