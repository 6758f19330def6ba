package org.e2e.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The picture's layout rules without a boot: wrapping, stacked bands for a tree of other than four layers, escaping. */
class FrameworkDiagramTest {

    @Test
    void longTitlesWrapAtWordsAndShortOnesStayOnOneLine() {
        assertEquals(List.of("Under-appreciation of", "the Teaching Profession"),
                FrameworkDiagram.wrap("Under-appreciation of the Teaching Profession", 190, 15));
        assertEquals(List.of("Beliefs"), FrameworkDiagram.wrap("Beliefs", 190, 15));
    }

    @Test
    void aTreeOfOtherThanFourLayersIsDrawnAsStackedBandsAndEveryTextIsEscaped() throws Exception {
        FrameworkTree tree = tree(List.of(layer(1, "Roots & <Soil>", "A \"quoted\" subtitle", "One"), layer(2, "Two", "Second", "Other")));
        String svg = FrameworkDiagram.standalone(tree);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, svg.split("class=\"band\" x=\"1\"", -1).length - 1, "one full-width band per layer, none inside another");
        assertTrue(doc.getDocumentElement().getTextContent().contains("Roots & <Soil> A \"quoted\" subtitle"));
        assertTrue(FrameworkDiagram.description(tree).startsWith("Roots & <Soil>: A \"quoted\" subtitle (One)."),
                FrameworkDiagram.description(tree));
        assertTrue(FrameworkDiagram.inline(tree(List.of()), FrameworkDiagram.Layout.NARROW, null, "t").contains("viewBox=\"0 0 300 0\""),
                "an empty tree is an empty picture, not a negative one");
    }

    private static FrameworkTree tree(List<LayerView> layers) {
        return new FrameworkTree(UUID.randomUUID(), "fw", "A framework", null, "Summary.", "en",
                new VersionInfo("1.0.0", null, null, "/v"), layers, null, null, null, "/self");
    }

    private static LayerView layer(int position, String title, String subtitle, String element) {
        return new LayerView(UUID.randomUUID(), "l" + position, title, subtitle, "Summary.", "Metaphor.", "Description.", position,
                "/l", List.of(new ElementView(UUID.randomUUID(), "e" + position, element, "Description.", 1, "/e", List.of())));
    }
}
