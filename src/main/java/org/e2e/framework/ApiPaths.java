package org.e2e.framework;

import java.util.UUID;

/** The root-relative links that API records carry. Links always pin the version, so they stay valid forever. */
public final class ApiPaths {

    public static final String FRAMEWORKS = "/api/v1/frameworks";

    private ApiPaths() {
    }

    public static String framework(String fw) {
        return FRAMEWORKS + "/" + fw;
    }

    public static String versions(String fw) {
        return framework(fw) + "/versions";
    }

    public static String tree(String fw, String version) {
        return versions(fw) + "/" + version;
    }

    public static String layer(String fw, String version, String slug) {
        return framework(fw) + "/layers/" + slug + "?version=" + version;
    }

    public static String element(String fw, String version, String slug) {
        return framework(fw) + "/elements/" + slug + "?version=" + version;
    }

    public static String section(String fw, String version, NodeType sectionType) {
        return framework(fw) + "/" + sectionType.value() + "?version=" + version;
    }

    public static String node(String fw, String version, UUID id) {
        return tree(fw, version) + "/nodes/" + id;
    }

    /** A node's own link: layers, elements and sections by slug, every other node by id. */
    public static String self(String fw, String version, NodeType type, String slug, UUID id) {
        return switch (type) {
            case LAYER -> layer(fw, version, slug);
            case ELEMENT -> element(fw, version, slug);
            case PRINCIPLES, OUTCOMES, REFERENCES -> section(fw, version, type);
            default -> node(fw, version, id);
        };
    }
}
