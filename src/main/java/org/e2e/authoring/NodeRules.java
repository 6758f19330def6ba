package org.e2e.authoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.e2e.framework.NodeEntity;
import org.e2e.framework.NodeType;

/** What each node type takes: its fields, the fields publishing requires, and the parent types it may have. */
final class NodeRules {

    static final List<String> CONTENT_FIELDS = List.of("title", "subtitle", "summary", "metaphor", "description", "text",
            "attribution", "context", "number", "citations");

    private static final Map<NodeType, Set<String>> FIELDS = new EnumMap<>(NodeType.class);
    private static final Map<NodeType, List<String>> REQUIRED = new EnumMap<>(NodeType.class);
    private static final Map<NodeType, Set<NodeType>> PARENTS = new EnumMap<>(NodeType.class);

    static {
        rule(NodeType.LAYER, Set.of("title", "subtitle", "summary", "metaphor", "description"),
                List.of("title", "subtitle", "summary", "metaphor", "description"), Set.of());
        rule(NodeType.ELEMENT, Set.of("title", "description"), List.of("title", "description"), Set.of(NodeType.LAYER));
        rule(NodeType.CATEGORY, Set.of("title"), List.of("title"), Set.of(NodeType.ELEMENT));
        rule(NodeType.ACTION, Set.of("text"), List.of("text"), Set.of(NodeType.CATEGORY));
        rule(NodeType.QUOTE, Set.of("text", "attribution", "context", "citations"), List.of("text", "attribution"),
                Set.of(NodeType.CATEGORY, NodeType.OUTCOMES));
        rule(NodeType.NARRATIVE, Set.of("text", "citations"), List.of("text"), Set.of(NodeType.CATEGORY));
        rule(NodeType.PRINCIPLES, Set.of("title", "description"), List.of("title"), Set.of());
        rule(NodeType.PRINCIPLE, Set.of("title", "text"), List.of("title", "text"), Set.of(NodeType.PRINCIPLES));
        rule(NodeType.OUTCOMES, Set.of("title", "description"), List.of("title"), Set.of());
        rule(NodeType.OUTCOME, Set.of("title", "text", "citations"), List.of("text"), Set.of(NodeType.OUTCOMES));
        rule(NodeType.REFERENCES, Set.of("title"), List.of("title"), Set.of());
        rule(NodeType.REFERENCE, Set.of("number", "text"), List.of("number", "text"), Set.of(NodeType.REFERENCES));
    }

    private NodeRules() {
    }

    private static void rule(NodeType type, Set<String> fields, List<String> required, Set<NodeType> parents) {
        FIELDS.put(type, fields);
        REQUIRED.put(type, required);
        PARENTS.put(type, parents);
    }

    static Set<String> fields(NodeType type) {
        return FIELDS.get(type);
    }

    static List<String> required(NodeType type) {
        return REQUIRED.get(type);
    }

    /** Empty for top-level types (layers and sections), which have no parent. */
    static Set<NodeType> parents(NodeType type) {
        return PARENTS.get(type);
    }

    /** Only one quote and one narrative per parent: the tree serves them as single objects. */
    static boolean single(NodeType type) {
        return type == NodeType.QUOTE || type == NodeType.NARRATIVE || type == NodeType.PRINCIPLES
                || type == NodeType.OUTCOMES || type == NodeType.REFERENCES;
    }

    static Object value(NodeEntity n, String field) {
        return switch (field) {
            case "title" -> n.title;
            case "subtitle" -> n.subtitle;
            case "summary" -> n.summary;
            case "metaphor" -> n.metaphor;
            case "description" -> n.description;
            case "text" -> n.body;
            case "attribution" -> n.attribution;
            case "context" -> n.context;
            case "number" -> n.number;
            case "citations" -> n.citations == null || n.citations.length == 0 ? null : List.of(n.citations);
            case "slug" -> n.slug;
            default -> throw new IllegalArgumentException(field);
        };
    }

    static Object value(NodeInput in, String field) {
        return switch (field) {
            case "title" -> in.title();
            case "subtitle" -> in.subtitle();
            case "summary" -> in.summary();
            case "metaphor" -> in.metaphor();
            case "description" -> in.description();
            case "text" -> in.text();
            case "attribution" -> in.attribution();
            case "context" -> in.context();
            case "number" -> in.number();
            case "citations" -> in.citations() == null || in.citations().isEmpty() ? null : in.citations();
            default -> throw new IllegalArgumentException(field);
        };
    }

    static void apply(NodeInput in, NodeEntity n) {
        n.title = in.title();
        n.subtitle = in.subtitle();
        n.summary = in.summary();
        n.metaphor = in.metaphor();
        n.description = in.description();
        n.body = in.text();
        n.attribution = in.attribution();
        n.context = in.context();
        n.number = in.number();
        n.citations = in.citations() == null ? new Integer[0] : in.citations().toArray(Integer[]::new);
    }

    static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }
}
