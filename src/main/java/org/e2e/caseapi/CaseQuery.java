package org.e2e.caseapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The binding's query parameters of getAllCFDocuments: filter, fields, sort/orderBy and limit/offset, applied to the
 * JSON of CFDocuments.
 * <p>
 * filter: one or more predicates {@code field op 'value'} joined by {@code AND} / {@code OR} (AND binds tighter), op
 * one of {@code = != > >= < <= ~}; comparisons are on the property's text ({@code ~} is "contains", ignoring case).
 * A property absent from a document matches only {@code !=}. An unknown property or a malformed filter → 400
 * invalid_selection_field.
 */
final class CaseQuery {

    private CaseQuery() {
    }

    private record Predicate1(String field, String op, String value) implements Predicate<JsonNode> {
        @Override
        public boolean test(JsonNode document) {
            JsonNode node = document.get(field);
            if (node == null || node.isNull() || node.isContainerNode()) {
                return op.equals("!=");
            }
            String actual = node.asText();
            int c = actual.compareTo(value);
            return switch (op) {
                case "=" -> c == 0;
                case "!=" -> c != 0;
                case ">" -> c > 0;
                case ">=" -> c >= 0;
                case "<" -> c < 0;
                case "<=" -> c <= 0;
                default -> actual.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
            };
        }
    }

    static Predicate<JsonNode> filter(String raw, Set<String> fields) {
        if (raw == null) {
            return d -> true;
        }
        if (raw.isBlank()) {
            throw CaseException.invalidSelection("filter", "must not be blank");
        }
        List<List<Predicate<JsonNode>>> ors = new ArrayList<>();
        List<Predicate<JsonNode>> ands = new ArrayList<>();
        int i = 0;
        int n = raw.length();
        while (true) {
            i = skipSpaces(raw, i);
            int start = i;
            while (i < n && (Character.isLetterOrDigit(raw.charAt(i)) || raw.charAt(i) == '_')) {
                i++;
            }
            String field = raw.substring(start, i);
            if (field.isEmpty()) {
                throw malformed(raw);
            }
            if (!fields.contains(field)) {
                throw CaseException.invalidSelection("filter", "names '" + field + "', which is not a property of a CFDocument");
            }
            i = skipSpaces(raw, i);
            String op = null;
            for (String candidate : List.of("!=", ">=", "<=", "=", ">", "<", "~")) {
                if (raw.startsWith(candidate, i)) {
                    op = candidate;
                    break;
                }
            }
            if (op == null) {
                throw malformed(raw);
            }
            i = skipSpaces(raw, i + op.length());
            if (i >= n || raw.charAt(i) != '\'') {
                throw malformed(raw);
            }
            int close = raw.indexOf('\'', i + 1);
            if (close < 0) {
                throw malformed(raw);
            }
            ands.add(new Predicate1(field, op, raw.substring(i + 1, close)));
            i = skipSpaces(raw, close + 1);
            if (i >= n) {
                break;
            }
            if (raw.startsWith("AND ", i)) {
                i += 4;
            } else if (raw.startsWith("OR ", i)) {
                ors.add(ands);
                ands = new ArrayList<>();
                i += 3;
            } else {
                throw malformed(raw);
            }
        }
        ors.add(ands);
        return d -> ors.stream().anyMatch(all -> all.stream().allMatch(p -> p.test(d)));
    }

    private static CaseException.BadRequest malformed(String raw) {
        return CaseException.invalidSelection("filter",
                "is not of the form field op 'value' [AND|OR field op 'value' ...] with op one of = != > >= < <= ~");
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The properties to return, or null for all. A blank entry → 400 invalid_selection_field. As in the binding, a
     * request that names a property a CFDocument does not have gets all properties.
     */
    static List<String> fields(String raw, Set<String> known) {
        if (raw == null) {
            return null;
        }
        List<String> names = Arrays.stream(raw.split(",", -1)).map(String::strip).toList();
        if (names.stream().anyMatch(String::isEmpty)) {
            throw CaseException.invalidSelection("fields", "has a blank entry");
        }
        return known.containsAll(names) ? names : null;
    }

    static ObjectNode select(ObjectNode document, List<String> fields) {
        if (fields == null) {
            return document;
        }
        ObjectNode out = document.objectNode();
        for (String f : fields) {
            if (document.has(f)) {
                out.set(f, document.get(f));
            }
        }
        return out;
    }

    static Comparator<JsonNode> sort(String sort, String orderBy, Set<String> scalarFields) {
        boolean desc = false;
        if (orderBy != null) {
            if (!orderBy.equals("asc") && !orderBy.equals("desc")) {
                throw CaseException.invalidSort("orderBy", "must be 'asc' or 'desc'");
            }
            desc = orderBy.equals("desc");
        }
        Comparator<JsonNode> byTitleThenVersion = Comparator.comparing((JsonNode d) -> d.path("title").asText())
                .thenComparing(d -> d.path("version").asText());
        Comparator<JsonNode> comparator;
        if (sort == null) {
            comparator = byTitleThenVersion;
        } else {
            if (!scalarFields.contains(sort)) {
                throw CaseException.invalidSort("sort", "names '" + sort + "', which is not a sortable property of a CFDocument");
            }
            comparator = Comparator.comparing((JsonNode d) -> d.path(sort).asText()).thenComparing(byTitleThenVersion);
        }
        return desc ? comparator.reversed() : comparator;
    }

    static int integer(String name, String raw, int defaultValue, int min) {
        if (raw == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min) {
                throw CaseException.invalidSelection(name, "must be an integer of at least " + min);
            }
            return value;
        } catch (NumberFormatException e) {
            throw CaseException.invalidSelection(name, "must be an integer of at least " + min);
        }
    }
}
