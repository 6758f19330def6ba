package org.e2e.framework;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A generated version of the real framework with thousands of recommended actions: the 1.0.0 content package with
 * {@code perCategory} extra actions added to each of its categories and the given version number.
 */
final class LargeFrameworkPackage {

    private LargeFrameworkPackage() {
    }

    static byte[] generate(String version, int perCategory) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode pkg;
        try (InputStream in = LargeFrameworkPackage.class.getClassLoader()
                .getResourceAsStream("content/e2e-relationships-1.0.0.json")) {
            pkg = (ObjectNode) mapper.readTree(in);
        }
        ObjectNode v = (ObjectNode) pkg.get("version");
        v.put("version", version);
        v.put("releaseNotes", "Generated: " + perCategory + " extra actions in every category.");
        for (var layer : pkg.get("layers")) {
            for (var element : layer.get("elements")) {
                for (var category : element.get("categories")) {
                    ArrayNode actions = (ArrayNode) category.get("actions");
                    for (int i = 1; i <= perCategory; i++) {
                        actions.addObject().put("slug", "generated-action-" + i)
                                .put("text", "Generated action " + i + " of " + category.get("slug").asText()
                                        + ": talk with a colleague about a shared goal and plan one next step together.");
                    }
                }
            }
        }
        return mapper.writeValueAsBytes(pkg);
    }
}
