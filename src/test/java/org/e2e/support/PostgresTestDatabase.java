package org.e2e.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives the test suite a PostgreSQL database of its own: {@code e2e_test} (or {@code E2E_TEST_DB}), dropped and created
 * afresh on the server that {@code E2E_TEST_PG_URL} names (default: the local server). The service's own database is never
 * touched. There is no Docker here, so no Dev Services: the server must be running.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    static String database() {
        String name = System.getenv("E2E_TEST_DB");
        return name == null || name.isBlank() ? "e2e_test" : name;
    }

    static String serverUrl() {
        String url = System.getenv("E2E_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://localhost:5432/" : url;
    }

    static String user() {
        String user = System.getenv("E2E_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    static String password() {
        String password = System.getenv("E2E_TEST_PG_PASSWORD");
        return password == null ? "postgres" : password;
    }

    @Override
    public Map<String, String> start() {
        try (Connection c = DriverManager.getConnection(serverUrl() + "postgres", user(), password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + database() + "\" WITH (FORCE)");
            s.execute("CREATE DATABASE \"" + database() + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need a PostgreSQL server at " + serverUrl()
                    + " (set E2E_TEST_PG_URL, E2E_TEST_PG_USER, E2E_TEST_PG_PASSWORD): " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", serverUrl() + database(),
                "quarkus.datasource.username", user(),
                "quarkus.datasource.password", password());
    }

    @Override
    public void stop() {
        // The database is left for inspection after a run; the next run drops it.
    }
}
