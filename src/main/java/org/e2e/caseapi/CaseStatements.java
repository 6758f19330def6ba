package org.e2e.caseapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.e2e.framework.FrameworkTreeMapper;
import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;

/**
 * The text of CASE records, taken from the nodes verbatim: an item's full and abbreviated statement, its notes, its
 * coding-scheme initials, and the document's reference list. Pure functions of the nodes (and the version's tree).
 */
final class CaseStatements {

    /** A natural break near the start of a statement: up to 60 characters before a colon or dash. */
    private static final Pattern LEAD = Pattern.compile("^([^:–—]{3,60}?)\\s*[:–—]");

    private CaseStatements() {
    }

    static String fullStatement(NodeEntity n) {
        String text = switch (n.type) {
            case LAYER, ELEMENT, PRINCIPLES, OUTCOMES -> n.description;
            case CATEGORY -> n.title;
            default -> n.body;
        };
        if (text == null || text.isBlank()) {
            text = n.title != null ? n.title : n.slug;
        }
        return text;
    }

    static String abbreviated(NodeEntity n) {
        return switch (n.type) {
            case LAYER, ELEMENT, CATEGORY, PRINCIPLES, OUTCOMES, PRINCIPLE -> n.title;
            case OUTCOME -> n.title != null ? n.title : abbreviation(n.body);
            case ACTION -> abbreviation(n.body);
            default -> null;
        };
    }

    /**
     * A statement's own opening words: its lead-in before a colon or dash ("Be reliable", "Walk the talk"), else
     * its first words up to a natural break, cut with an ellipsis. Never words that the statement does not have.
     */
    static String abbreviation(String statement) {
        if (statement == null || statement.isBlank()) {
            return null;
        }
        Matcher lead = LEAD.matcher(statement);
        if (lead.find()) {
            return lead.group(1).strip();
        }
        String[] words = statement.strip().split("\\s+");
        if (words.length <= 8) {
            return statement.strip();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String word = words[i];
            out.append(i == 0 ? "" : " ").append(word);
            if (i >= 3 && (word.endsWith(",") || word.endsWith(";"))) {
                break;
            }
        }
        return out.toString().replaceAll("[,;.]$", "") + "…";
    }

    /** "Affirm Values" → AV, "Under-appreciation of the Teaching Profession" → UTP: capitalised words' first letters. */
    static String initials(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split("[\\s\\-–—/]+")) {
            if (!word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)))) {
                out.appendCodePoint(word.codePointAt(0));
            }
        }
        return out.length() > 0 ? out.toString() : title.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** A category's quote and research narrative; the outcomes' quote. Verbatim, separated by a blank line. */
    static String notes(FrameworkTreeMapper tree, NodeEntity n) {
        if (n.type != NodeType.CATEGORY && n.type != NodeType.OUTCOMES) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (NodeEntity quote : tree.children(n, NodeType.QUOTE)) {
            StringBuilder q = new StringBuilder("“").append(quote.body).append("”");
            if (quote.attribution != null) {
                q.append(" —").append(quote.attribution);
                if (quote.context != null) {
                    q.append(", ").append(quote.context);
                }
            }
            parts.add(q.toString());
        }
        tree.children(n, NodeType.NARRATIVE).forEach(narrative -> parts.add(narrative.body));
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }

    /** The reference list, one "number. citation" a line, as the document's notes. */
    static String references(FrameworkTreeMapper tree) {
        List<NodeEntity> sections = tree.rootsOf(NodeType.REFERENCES);
        if (sections.isEmpty()) {
            return null;
        }
        StringBuilder notes = new StringBuilder(sections.get(0).title == null ? "References" : sections.get(0).title);
        for (NodeEntity r : tree.children(sections.get(0), NodeType.REFERENCE)) {
            notes.append('\n').append(r.number).append(". ").append(r.body);
        }
        return notes.toString();
    }
}
