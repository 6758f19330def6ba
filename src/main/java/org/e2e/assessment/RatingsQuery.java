package org.e2e.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.e2e.problem.ProblemException;

/** The shareable form of an assessment: one query parameter per criterion, its value the chosen level. */
public final class RatingsQuery {

    /** The most criteria one assessment rates, in a body or a query string (a rubric has far fewer). */
    public static final int MAX_RATINGS = 50;

    private RatingsQuery() {
    }

    /** The ratings of a query string: criterion slug = level; an empty value is "not rated". */
    public static Map<String, Integer> parse(Map<String, List<String>> query) {
        if (query.size() > MAX_RATINGS) {
            throw ProblemException.invalidParameter("ratings", "must rate at most " + MAX_RATINGS + " criteria; the query has "
                    + query.size() + " parameters");
        }
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (e.getValue().size() > 1) {
                throw ProblemException.invalidParameter(e.getKey(), "is given more than once");
            }
            String value = e.getValue().get(0);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (!value.matches("\\d{1,3}")) {
                throw ProblemException.invalidParameter(e.getKey(), "must be a level number, not '"
                        + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
            }
            ratings.put(e.getKey(), Integer.valueOf(value));
        }
        return ratings;
    }
}
