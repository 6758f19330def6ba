package org.e2e.framework;

import static io.restassured.RestAssured.given;
import static org.e2e.support.Fixtures.FW;
import static org.e2e.support.Fixtures.PROBLEM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.e2e.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The framework as a picture over HTTP: well-formed SVG whose text is the tree's verbatim (every layer's title and
 * subtitle, every element's title, as text nodes), an accessible image (role, title, desc), precomputed like every
 * published representation (strong ETag, 304, pinned URLs immutable), and negotiated: JSON is not one of its types.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestDatabase.class)
class DiagramApiTest {

    @Test
    void thePictureCarriesEveryLayerAndElementOfThePublishedTreeAsText() throws Exception {
        List<Map<String, Object>> layers = given().get(FW).then().statusCode(200).extract().jsonPath().getList("layers");
        Response svg = given().get(FW + "/diagram");
        svg.then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .header("Cache-Control", equalTo("public, max-age=60")).header("ETag", startsWith("\""));
        Document doc = parse(svg.asByteArray());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("diagram-title diagram-desc", root.getAttribute("aria-labelledby"));
        assertEquals("The Educator-to-Educator Relationships Framework (version 1.0.0)", text(doc, "title").get(0));
        String desc = text(doc, "desc").get(0);
        List<String> texts = new ArrayList<>(text(doc, "text"));
        texts.addAll(text(doc, "tspan"));
        int elements = 0;
        for (Map<String, Object> layer : layers) {
            assertTrue(texts.contains(layer.get("title") + " " + layer.get("subtitle")), "layer title and subtitle as text: " + layer.get("title"));
            assertTrue(desc.contains(layer.get("title") + ": " + layer.get("subtitle")), desc);
            for (Map<String, Object> element : (List<Map<String, Object>>) layer.get("elements")) {
                // Wrapped lines keep their spaces, so a long title reads (and is found) as one phrase.
                assertTrue(texts.contains(element.get("title")), "element title as text: " + element.get("title") + " in " + texts);
                assertTrue(desc.contains((String) element.get("title")), desc);
                elements++;
            }
        }
        assertEquals(12, elements);
        assertTrue(desc.contains("Roots: Educator-to-educator relationships, drawn inside Soil"), desc);
        assertTrue(desc.contains("Environment: System-wide Factors, drawn around all the others"), desc);
        assertFalse(new String(svg.asByteArray()).contains("<a "), "the image file has no links");
    }

    @Test
    void precomputedWithETag304AndPinnedUrlsImmutable() {
        String etag = given().get(FW + "/diagram").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(FW + "/diagram").then().statusCode(304);
        Response pinned = given().get(FW + "/versions/1.0.0/diagram");
        pinned.then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable")).header("ETag", equalTo(etag));
        given().get(FW + "/diagram?version=1.0.0").then().statusCode(200).header("ETag", equalTo(etag))
                .header("Cache-Control", containsString("immutable"));
        // A browser's image request and the JAX-RS path (Origin: CORS) send the same bytes.
        given().header("Accept", "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8").get(FW + "/diagram")
                .then().statusCode(200).header("ETag", equalTo(etag));
        given().header("Origin", "https://portal.district.example").get(FW + "/diagram").then().statusCode(200)
                .header("ETag", equalTo(etag)).contentType(startsWith("image/svg+xml"));
    }

    @Test
    void errorsAreProblems() {
        given().header("Accept", "application/json").get(FW + "/diagram").then().statusCode(406).contentType(PROBLEM);
        given().get("/api/v1/frameworks/no-such-framework/diagram").then().statusCode(404).contentType(PROBLEM);
        given().get(FW + "/versions/9.9.9/diagram").then().statusCode(404).contentType(PROBLEM);
        given().get(FW + "/diagram?version=latest").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].name", equalTo("version"));
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<String> text(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
