package org.e2e.caseapi;

import java.util.Locale;

import org.e2e.framework.NodeType;

/** The CFItemTypes of the framework: which node types are CASE items, with each type's title, hierarchy code and description. */
enum CaseItemKind {
    LAYER("Layer", "1", "A layer of the framework: Roots, Soil, Bedrock or Environment."),
    ELEMENT("Element", "2", "An element of a layer, such as Beliefs."),
    CATEGORY("Category", "3", "A category of an element, such as Trust; its notes hold the educator quote and the research narrative."),
    ACTION("Action", "4", "A recommended action of a category."),
    SECTION("Section", "1", "The Framework Principles or the Positive Outcomes, as a whole."),
    PRINCIPLE("Principle", "2", "One Framework Principle."),
    OUTCOME("Outcome", "2", "One Positive Outcome.");

    final String title;
    final String hierarchyCode;
    final String description;

    CaseItemKind(String title, String hierarchyCode, String description) {
        this.title = title;
        this.hierarchyCode = hierarchyCode;
        this.description = description;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of item a node is, or null for the nodes that are not items. */
    static CaseItemKind of(NodeType type) {
        return switch (type) {
            case LAYER -> LAYER;
            case ELEMENT -> ELEMENT;
            case CATEGORY -> CATEGORY;
            case ACTION -> ACTION;
            case PRINCIPLES, OUTCOMES -> SECTION;
            case PRINCIPLE -> PRINCIPLE;
            case OUTCOME -> OUTCOME;
            default -> null; // quotes, narratives and references are not items
        };
    }
}
