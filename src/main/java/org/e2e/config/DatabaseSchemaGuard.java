package org.e2e.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * The schema the service owns is one setting, {@code e2e.database.schema}: it reaches every connection as pgjdbc's
 * {@code currentSchema} property. A {@code currentSchema} in the JDBC URL would win over that property in pgjdbc, so
 * a URL naming another schema would have Flyway migrate one schema while queries look in another. Flyway calls
 * this before it touches the database, so such a URL stops the start with a message saying what to change, and
 * nothing is migrated.
 */
@Singleton
public class DatabaseSchemaGuard implements FlywayConfigurationCustomizer {

    private final ServiceConfig config;
    private final Optional<String> jdbcUrl;

    public DatabaseSchemaGuard(ServiceConfig config, @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        this.config = config;
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        String schema = config.database().schema();
        jdbcUrl.flatMap(DatabaseSchemaGuard::currentSchemaOf).filter(fromUrl -> !fromUrl.equals(schema)).ifPresent(fromUrl -> {
            throw new IllegalStateException("The JDBC URL sets currentSchema=" + fromUrl + " but e2e.database.schema is "
                    + schema + ": remove currentSchema from the URL (the service sets it from e2e.database.schema), or set "
                    + "E2E_DATABASE_SCHEMA=" + fromUrl + ". Nothing was migrated.");
        });
    }

    /** The {@code currentSchema} parameter of a pgjdbc URL, if it has one. */
    static Optional<String> currentSchemaOf(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            int eq = parameter.indexOf('=');
            if (eq > 0 && parameter.substring(0, eq).equals("currentSchema")) {
                return Optional.of(URLDecoder.decode(parameter.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }
}
