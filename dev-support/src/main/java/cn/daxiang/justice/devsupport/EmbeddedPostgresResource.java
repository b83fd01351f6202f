package cn.daxiang.justice.devsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts a real PostgreSQL for a {@code @QuarkusTest} and points the service's datasource at it.
 * The service keeps its own roles (from its application.properties), so schema isolation is real.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.startEphemeral();
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", database.jdbcUrl());
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
