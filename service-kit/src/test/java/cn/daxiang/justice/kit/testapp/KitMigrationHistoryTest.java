package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.kit.migration.KitMigrations;
import cn.daxiang.justice.kit.migration.KitMigrationsTest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** At start-up on a fresh schema, Quarkus's Flyway runs the kit's migrations in their own history, then the application's. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class KitMigrationHistoryTest {

    @Inject
    AgroalDataSource dataSource;

    List<String> history(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT coalesce(version, 'R') || ' ' || type || ' ' || script FROM "
                     + table + " ORDER BY installed_rank")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    @Test
    void aFreshSchemaGetsTheKitsHistoryAndTheApplicationsFromABaselineAtOne() throws SQLException {
        assertEquals(KitMigrationsTest.kitScripts(1), history(KitMigrations.TABLE));
        assertEquals(List.of("1 BASELINE after the kit tables in " + KitMigrations.TABLE, "2 SQL db/kit-test/V2__sample.sql",
                        "3 SQL db/kit-test/V3__sample_done_on.sql"),
                history("flyway_schema_history"));
    }
}
