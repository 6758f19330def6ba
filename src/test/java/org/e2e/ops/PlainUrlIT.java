package org.e2e.ops;

import java.util.TreeMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.util.KeyUtils;

/**
 * The first deploy as the README describes it: the packaged service given nothing but a plain JDBC URL (no
 * {@code currentSchema}) to a fresh database ({@code ${E2E_TEST_DB}_plainurl}). It must become ready, serve the
 * framework, run native SQL, triggers and its LISTEN connection, and keep every table in the one configured schema
 * ({@code e2e.database.schema}, default {@code e2e}); a second deployment in the same database under another schema
 * is the same setting changed. A URL naming a different {@code currentSchema} stops the start before anything is
 * migrated.
 */
class PlainUrlIT {

    static final Set<String> TABLES = Set.of("flyway_schema_history", "framework", "framework_version", "node", "resource",
            "audit_event", "webhook_subscription", "webhook_outbox", "webhook_delivery");

    static String server;
    static String user;
    static String password;
    static String database;
    static Process service;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = TwoInstancesIT.server();
        user = TwoInstancesIT.user();
        password = TwoInstancesIT.password();
        database = TwoInstancesIT.freshDatabase("_plainurl");
        TwoInstancesIT.signingKey = KeyUtils.readPrivateKey("jwt/privateKey.pem");
        int port = TwoInstancesIT.freePort();
        base = "http://127.0.0.1:" + port;
        service = TwoInstancesIT.launch("plainurl", port, server + database, user, password, true);
        TwoInstancesIT.awaitStatus(base + "/q/health/ready", 200, Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws Exception {
        stop(service);
    }

    @Test
    void aPlainUrlOnAFreshDatabaseServesTheFrameworkFromTheConfiguredSchema() throws Exception {
        assertEquals("1.0.0", TwoInstancesIT.latestVersion(base));
        assertEquals(200, TwoInstancesIT.get(base + "/api/v1/search?q=trust", null).statusCode(), "native SQL and SQL functions");
        assertEquals(200, TwoInstancesIT.get(base + "/api/v1/resources?audience=teachers", null).statusCode());
        assertTrue(TwoInstancesIT.get(base + "/q/metrics", null).body().contains("e2e_published_listener_connected 1.0"),
                "the LISTEN connection is up");
        // Triggers (immutability guards) run on the draft's nodes and the publish; NOTIFY reaches the listener.
        TwoInstancesIT.publish(base, "1.1.0");
        assertEquals("1.1.0", TwoInstancesIT.latestVersion(base));

        Map<String, Set<String>> tables = tablesBySchema(database);
        assertFalse(tables.containsKey("public"), "no table outside the configured schema: " + tables);
        assertTrue(tables.get("e2e").containsAll(TABLES), tables.toString());
    }

    @Test
    void anotherSchemaIsTheOneSettingChanged() throws Exception {
        int port = TwoInstancesIT.freePort();
        Process second = TwoInstancesIT.launch("plainurl-second", port, server + database, user, password, false,
                Map.of("E2E_DATABASE_SCHEMA", "e2e_second"));
        try {
            TwoInstancesIT.awaitStatus("http://127.0.0.1:" + port + "/q/health/ready", 200, Duration.ofSeconds(180));
            assertEquals("1.0.0", TwoInstancesIT.latestVersion("http://127.0.0.1:" + port));
            assertEquals(200, TwoInstancesIT.get("http://127.0.0.1:" + port + "/api/v1/search?q=trust", null).statusCode());
            assertTrue(tablesBySchema(database).get("e2e_second").containsAll(TABLES));
        } finally {
            stop(second);
        }
    }

    @Test
    void aUrlNamingAnotherCurrentSchemaStopsTheStartBeforeAnythingIsMigrated() throws Exception {
        String fresh = TwoInstancesIT.freshDatabase("_plainurl_conflict");
        Process conflicting = TwoInstancesIT.launch("plainurl-conflict", TwoInstancesIT.freePort(),
                server + fresh + "?currentSchema=elsewhere", user, password, false);
        assertTrue(conflicting.waitFor(180, TimeUnit.SECONDS), "the service refuses to start");
        assertTrue(conflicting.exitValue() != 0);
        String log = Files.readString(Path.of("target", "two-instances-plainurl-conflict.log"));
        assertTrue(log.contains("The JDBC URL sets currentSchema=elsewhere but e2e.database.schema is e2e"), log);
        assertTrue(tablesBySchema(fresh).isEmpty(), "nothing was migrated");
        assertFalse(schemas(fresh).contains("e2e") || schemas(fresh).contains("elsewhere"), "no schema was created");
    }

    // -------------------------------------------------------------------------------------------------------

    static Map<String, Set<String>> tablesBySchema(String db) throws SQLException {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(server + db, user, password); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT table_schema, table_name FROM information_schema.tables "
                        + "WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")) {
            while (r.next()) {
                tables.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2));
            }
        }
        return tables;
    }

    static Set<String> schemas(String db) throws SQLException {
        Set<String> schemas = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(server + db, user, password); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT nspname FROM pg_namespace")) {
            while (r.next()) {
                schemas.add(r.getString(1));
            }
        }
        return schemas;
    }

    static void stop(Process p) throws InterruptedException {
        if (p != null) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
