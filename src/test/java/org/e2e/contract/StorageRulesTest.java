package org.e2e.contract;

import static io.restassured.RestAssured.given;
import static org.e2e.support.Fixtures.FW;
import static org.e2e.support.Fixtures.TRUST;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.e2e.content.ContentPackage;
import org.e2e.problem.ProblemExceptionMapper;
import org.e2e.support.PostgresTestDatabase;
import org.e2e.support.Tokens;
import org.e2e.web.QueryParameters;
import org.e2e.webhook.WebhookSubscriptionEntity;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * What the database cannot store never reaches it, and what it refuses never reaches a log with the row's values:
 * every text value the validation accepts is accepted by the database's own CHECK expression (read from the live
 * catalog, so the two cannot drift apart), a resource at every bound the listing indexes depend on is stored and
 * published, a write answers exactly what a read of it returns, and a refused insert of a webhook secret logs the
 * constraint's name, never the secret.
 */
@QuarkusTest
@TestProfile(HostileInputProfile.class)
@QuarkusTestResource(PostgresTestDatabase.class)
class StorageRulesTest {

    static final List<String> SLUG_CANDIDATES = List.of("a", "a-b", "a1-2b", "A", "a--b", "-a", "a-", "ä", "a\nb", "abc\n",
            "\u0661\u0662", "\uff41", "a b", "x".repeat(ContentPackage.MAX_SLUG_LENGTH), "x".repeat(ContentPackage.MAX_SLUG_LENGTH + 1));
    static final List<String> VERSION_CANDIDATES = List.of("1.0.0", "01.0.0", "1.0.0\n", "\u0661.0.0", "999999999.0.0",
            "1.0", "1.0.0-rc1");
    static final List<String> URL_CANDIDATES = List.of("http://127.0.0.1:9/hook", "https://127.0.0.1:9/hook",
            "HTTP://127.0.0.1:9/hook", "Https://127.0.0.1:9/hook", "http:/127.0.0.1:9/hook", " http://127.0.0.1:9/hook",
            "http://127.0.0.1:9/hook\n");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ProblemExceptionMapper mapper;

    @Test
    void everySlugAndVersionValidationAcceptsIsOneTheDatabaseAccepts() throws SQLException {
        Pattern slug = Pattern.compile(ContentPackage.SLUG);
        Pattern version = Pattern.compile(QueryParameters.SEMVER_REGEX);
        int checked = 0;
        for (String candidate : SLUG_CANDIDATES) {
            if (slug.matcher(candidate).matches() && candidate.length() <= ContentPackage.MAX_SLUG_LENGTH) {
                for (String table : List.of("framework", "node", "resource")) {
                    assertTrue(check(table, "slug", candidate), table + ".slug refuses the valid '" + candidate + "'");
                    checked++;
                }
            }
        }
        for (String candidate : VERSION_CANDIDATES) {
            if (version.matcher(candidate).matches()) {
                assertTrue(check("framework_version", "version", candidate), "the database refuses the valid version " + candidate);
                checked++;
            }
        }
        assertTrue(checked >= 10, "too few candidates were valid: " + checked);
    }

    @Test
    void everyWebhookUrlTheApiAcceptsIsOneTheDatabaseAccepts() throws SQLException {
        int accepted = 0;
        for (String url : URL_CANDIDATES) {
            int status = given().header("Authorization", Tokens.publisher()).contentType("application/json")
                    .body(Map.of("url", url)).post("/api/v1/webhooks").statusCode();
            assertTrue(status == 201 || status == 422, url + " -> " + status);
            if (status == 201) {
                accepted++;
                assertTrue(check("webhook_subscription", "url", url), "the database refuses the accepted URL '" + url + "'");
            }
        }
        assertEquals(2, accepted, "only the lowercase http and https spellings are accepted");
    }

    @Test
    void aResourceAtEveryBoundOfTheListingIndexesIsStoredAndPublished() throws Exception {
        Random random = new Random(17);
        String slug = letters(random, ContentPackage.MAX_SLUG_LENGTH);
        Map<String, Object> draft = given().header("Authorization", Tokens.editor())
                .get("/api/v1/resources/how-to-build-a-teacher-alliance/draft").then().statusCode(200).extract().as(Map.class);
        draft.remove("id");
        draft.put("slug", slug);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            title.append((char) (0x4E00 + random.nextInt(0x5000))); // 200 characters, 600 bytes of UTF-8 that do not compress
        }
        draft.put("title", title.toString());
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tags.add(letters(random, 30));
        }
        draft.put("tags", tags);
        draft.put("audiences", List.of("teachers", "school-youth-program-staff", "school-youth-organization-leaders", "district-leaders"));
        List<String> ids = new ArrayList<>();
        collectNodeIds(HostileInputTest.MAPPER.readTree(given().get(FW).then().statusCode(200).extract().asString()), ids);
        assertTrue(ids.size() >= 40, ids.size() + " nodes");
        draft.put("supports", ids.subList(0, 40).stream().map(id -> Map.of("id", id)).toList());

        Map<String, Object> longer = new HashMap<>(draft);
        longer.put("title", title + "x");
        given().header("Authorization", Tokens.editor()).contentType("application/json").body(longer).post("/api/v1/resources")
                .then().statusCode(422).body("errors.name", hasItem("/title"));

        given().header("Authorization", Tokens.editor()).contentType("application/json").body(draft).post("/api/v1/resources")
                .then().log().ifValidationFails().statusCode(201);
        given().header("Authorization", Tokens.publisher()).post("/api/v1/resources/" + slug + "/publish").then().statusCode(200)
                .body("title", equalTo(title.toString()));
    }

    @Test
    void aWriteAnswersExactlyWhatIsStored() {
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("version", "8.0.0", "basedOn", "1.0.0")).post(FW + "/versions");
        String text = "Keep your word 😀 — e\u0301 ﬁ \uD834\uDD1E";
        Response created = given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body(Map.of("type", "action", "slug", "keep-your-word", "parentId", TRUST, "text", text))
                .post(FW + "/versions/8.0.0/nodes");
        created.then().statusCode(201).body("text", equalTo(text));
        Response read = given().header("Authorization", Tokens.editor()).get(created.header("Location"));
        read.then().statusCode(200);
        assertEquals(created.header("ETag"), read.header("ETag"));
        assertEquals(created.asString(), read.asString());
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"type\":\"action\",\"slug\":\"lone\",\"parentId\":\"" + TRUST + "\",\"text\":\"a\\ud800b\"}")
                .post(FW + "/versions/8.0.0/nodes").then().statusCode(422).body("errors[0].name", equalTo("/text"));
    }

    @Test
    void aRefusedInsertLogsTheConstraintNotTheRowsSecret() {
        String secret = "SECRET-MARK-" + UUID.randomUUID();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(String.valueOf(record.getMessage()));
                for (Object p : record.getParameters() == null ? new Object[0] : record.getParameters()) {
                    line.append(' ').append(p);
                }
                for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                    line.append(' ').append(t);
                }
                logged.add(line.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        Throwable refused = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookSubscriptionEntity s = new WebhookSubscriptionEntity();
                s.id = UUID.randomUUID();
                s.url = "ftp://127.0.0.1/hook";
                s.secret = secret;
                s.createdBy = "test";
                s.persistAndFlush();
            });
        } catch (RuntimeException e) {
            refused = e;
            mapper.unexpected(e, null);
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(refused != null, "the database refuses an ftp URL");
        for (Throwable t = refused; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains(secret), "an exception message holds the secret: " + t);
        }
        assertFalse(logged.isEmpty(), "the refusal is logged");
        assertTrue(logged.stream().anyMatch(l -> l.contains("webhook_subscription_url_check")), String.join("\n", logged));
        logged.forEach(line -> assertFalse(line.contains(secret), "a log line holds the secret: " + line));
    }

    /** Whether the table's own CHECK constraints on {@code column} accept {@code value}, evaluated by PostgreSQL. */
    private boolean check(String table, String column, String value) throws SQLException {
        List<String> expressions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement constraints = c.prepareStatement("select pg_get_expr(k.conbin, k.conrelid) from pg_constraint k "
                        + "join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey) "
                        + "where k.contype = 'c' and k.conrelid = cast(? as regclass) and a.attname = ? and cardinality(k.conkey) = 1")) {
            constraints.setString(1, table);
            constraints.setString(2, column);
            try (ResultSet rs = constraints.executeQuery()) {
                while (rs.next()) {
                    expressions.add(rs.getString(1));
                }
            }
            assertFalse(expressions.isEmpty(), table + "." + column + " has no CHECK constraint");
            for (String expression : expressions) {
                try (PreparedStatement eval = c.prepareStatement("select " + expression + " from (values (cast(? as text))) as v(" + column + ")")) {
                    eval.setString(1, value);
                    try (ResultSet rs = eval.executeQuery()) {
                        rs.next();
                        if (!rs.getBoolean(1)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static void collectNodeIds(JsonNode node, List<String> ids) {
        for (String kind : List.of("layers", "elements", "categories", "actions")) {
            node.path(kind).forEach(n -> ids.add(n.get("id").asText()));
        }
        node.path("quote").path("id").asText().transform(id -> id.isEmpty() || !ids.add(id));
        node.path("narrative").path("id").asText().transform(id -> id.isEmpty() || !ids.add(id));
        node.forEach(child -> collectNodeIds(child, ids));
    }

    private static String letters(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }
}
