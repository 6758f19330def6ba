package org.e2e.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The content package says only what the seeds say: every text field occurs verbatim in one of the source texts
 * (copied under src/test/resources/seeds). The only normalisations allowed are the documented editorial ones:
 * non-breaking spaces read as spaces, and element titles title-cased from the running text that names them.
 */
class ContentFidelityTest {

    static final String PACKAGE = "content/e2e-relationships-1.0.0.json";
    static final List<String> SEEDS = List.of("000_00a45a2777ce1248.txt", "001_2fabe07c64bd7d20.txt");
    /** Fields that are metadata of the package, not text transcribed from the seeds. */
    static final List<String> METADATA = List.of("$schema", "slug", "language", "version", "status", "publishedAt",
            "releaseNotes");

    /**
     * Element and category titles that the seeds give only in running text ("actions, beliefs, and connections";
     * "affirm value, respect, trust"), title-cased: see EDITORIAL.md.
     */
    static final String TITLE_CASED = "/layers/\\d+/elements/\\d+(/categories/\\d+)?/title";
    /** Headings the capture lost or never had; each is listed in EDITORIAL.md. */
    static final List<String> EDITORIAL_HEADINGS = List.of("/references/title=References");

    static final List<String> ALL_SEEDS = List.of("000_00a45a2777ce1248.txt", "001_2fabe07c64bd7d20.txt",
            "002_0af8b173e4280c1e.txt", "003_11bd733a1caff441.txt", "004_c5b90e7c53f60351.txt");
    /** Resource fields that are metadata (ids, enums, editorial tags and links), not transcribed text. */
    static final List<String> RESOURCE_METADATA = List.of("$schema", "slug", "type", "kind", "tags", "audiences",
            "framework", "node", "supportingResources");
    /** Section titles and level names the sources do not give; each is listed in EDITORIAL.md. */
    static final List<String> EDITORIAL_RESOURCE_TEXTS = List.of("Overview", "Introduction", "Reflection questions",
            "Classroom-visit questions", "References", "Level 1", "Level 2", "Level 3");

    static String seeds() throws IOException {
        return seeds(SEEDS);
    }

    static String seeds(List<String> files) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String seed : files) {
            try (InputStream in = resource("seeds/" + seed)) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace('\u00a0', ' ')).append('\n');
            }
        }
        return all.toString();
    }

    static InputStream resource(String name) {
        InputStream in = ContentFidelityTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }

    static void collectTexts(JsonNode node, String path, List<String[]> out) {
        collectTexts(node, path, METADATA, out);
    }

    static void collectTexts(JsonNode node, String path, List<String> skip, List<String[]> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!skip.contains(e.getKey())) {
                    collectTexts(e.getValue(), path + "/" + e.getKey(), skip, out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectTexts(node.get(i), path + "/" + i, skip, out);
            }
        } else if (node.isTextual()) {
            out.add(new String[] { path, node.asText() });
        }
    }

    @Test
    void everyTextInThePackageIsVerbatimFromTheSeeds() throws IOException {
        String seeds = seeds();
        JsonNode pkg = new ObjectMapper().readTree(resource(PACKAGE));
        List<String[]> texts = new ArrayList<>();
        collectTexts(pkg, "", texts);
        assertTrue(texts.size() > 90, "expected the whole framework, found " + texts.size() + " texts");
        List<String> missing = new ArrayList<>();
        for (String[] text : texts) {
            for (String paragraph : text[1].split("\n\n")) {
                boolean found = seeds.contains(paragraph)
                        || (text[0].matches(TITLE_CASED) && seeds.toLowerCase(Locale.ROOT).contains(paragraph.toLowerCase(Locale.ROOT)))
                        || EDITORIAL_HEADINGS.contains(text[0] + "=" + paragraph);
                if (!found) {
                    missing.add(text[0] + ": " + paragraph);
                }
            }
        }
        assertEquals(List.of(), missing, "texts not found verbatim in the seeds");
    }

    @Test
    void everyResourceTextIsVerbatimFromTheSeeds() throws IOException {
        String seeds = seeds(ALL_SEEDS);
        JsonNode pkg = new ObjectMapper().readTree(resource("content/resources-1.0.0.json"));
        List<String[]> texts = new ArrayList<>();
        collectTexts(pkg, "", RESOURCE_METADATA, texts);
        assertTrue(texts.size() > 100, "expected the four resources, found " + texts.size() + " texts");
        List<String> missing = texts.stream()
                .filter(t -> !seeds.contains(t[1]) && !EDITORIAL_RESOURCE_TEXTS.contains(t[1]))
                .map(t -> t[0] + ": " + t[1]).toList();
        assertEquals(List.of(), missing, "resource texts not found verbatim in the seeds");
    }

    @Test
    void beliefsActionsAreExactlyTheSeedBulletsInOrder() throws IOException {
        List<String> bullets = new ArrayList<>();
        for (String line : seeds().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("• ")) {
                bullets.add(trimmed.substring(2));
            }
        }
        // The Beliefs page's 18 bullets come first; the overview's 5 principle bullets follow.
        JsonNode categories = new ObjectMapper().readTree(resource(PACKAGE)).at("/layers/0/elements/1/categories");
        List<String> actions = new ArrayList<>();
        categories.forEach(c -> c.get("actions").forEach(a -> actions.add(a.get("text").asText())));
        assertEquals(18, actions.size());
        assertEquals(bullets.subList(0, 18), actions);
    }
}
