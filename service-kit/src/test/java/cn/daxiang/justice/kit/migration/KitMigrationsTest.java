package cn.daxiang.justice.kit.migration;

import cn.daxiang.justice.devsupport.EmbeddedDatabase;
import io.quarkus.flyway.runtime.QuarkusFlywayResourceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's migrations in their own history, on a fresh schema and on one of the earlier layout
 * (the kit's V1 and R__access_log recorded in the service's history). Flyway is configured as
 * Quarkus configures it (scripts found at build time, then the customizers), without the application.
 */
public class KitMigrationsTest {

    static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedDatabase.startEphemeral();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    /** The test application (its own script: db/kit-test/V2__sample.sql) on a schema, configured as Quarkus does. */
    static FluentConfiguration service(String schema) {
        return service(schema, scripts("db/kit", "db/kit-test"));
    }

    static FluentConfiguration service(String schema, List<LoadableResource> scripts) {
        return Flyway.configure().dataSource(database.jdbcUrl(), schema + "_migrator", schema + "_migrator_dev")
                .schemas(schema).defaultSchema(schema).createSchemas(false)
                .placeholders(Map.of("app_role", schema + "_app"))
                .resourceProvider(new QuarkusFlywayResourceProvider(scripts));
    }

    /** As the services start now: the scripts Quarkus found at build time in both locations, then the kit's customizer. */
    static Flyway newLayout(String schema) {
        FluentConfiguration config = service(schema);
        new KitMigrations().customize(config);
        return config.load();
    }

    /** As the services started before: the kit's scripts of that time and the service's in one history. */
    static void earlierLayout(String schema) {
        service(schema, scripts("db/kit", "db/kit-test").stream()
                .filter(s -> !s.getAbsolutePath().startsWith(KitMigrations.LOCATION) || KitMigrations.EARLIER_LAYOUT.contains(s.getAbsolutePath()))
                .toList()).load().migrate();
    }

    static List<LoadableResource> scripts(String... locations) {
        List<LoadableResource> found = new ArrayList<>();
        ClassLoader loader = KitMigrationsTest.class.getClassLoader();
        for (String location : locations) {
            try {
                File dir = new File(Objects.requireNonNull(loader.getResource(location), location).toURI());
                for (String name : Objects.requireNonNull(dir.list())) {
                    found.add(new ClassPathResource(null, location + "/" + name, loader, StandardCharsets.UTF_8));
                }
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /**
     * The kit's scripts from {@code fromVersion} on as its history lists them ({@code "3 SQL db/kit/V3__deadline.sql"}),
     * the repeatable one last: what a history must hold whatever scripts later releases add.
     */
    public static List<String> kitScripts(int fromVersion) {
        List<String> listed = new ArrayList<>();
        scripts("db/kit").stream().map(LoadableResource::getAbsolutePath).filter(p -> p.matches("db/kit/V\\d+__.*"))
                .map(p -> Integer.parseInt(p.replaceAll("db/kit/V(\\d+)__.*", "$1")) + " SQL " + p)
                .filter(line -> Integer.parseInt(line.substring(0, line.indexOf(' '))) >= fromVersion)
                .sorted(java.util.Comparator.comparingInt(line -> Integer.parseInt(line.substring(0, line.indexOf(' ')))))
                .forEach(listed::add);
        listed.add("R SQL db/kit/R__access_log.sql");
        return listed;
    }

    static List<String> history(String schema, String table) throws SQLException {
        return database.column("SELECT coalesce(version, 'R') || ' ' || type || ' ' || script FROM " + schema + "." + table
                + " ORDER BY installed_rank");
    }

    @Test
    void aFreshSchemaGetsTheKitsHistoryFirstAndTheServicesFromABaselineAtOne() throws SQLException {
        assertEquals(2, newLayout("corrections").migrate().migrationsExecuted, "the service's own V2 and V3; the kit's ran apart");

        assertEquals(kitScripts(1), history("corrections", KitMigrations.TABLE));
        assertEquals(List.of("1 BASELINE after the kit tables in flyway_kit_history", "2 SQL db/kit-test/V2__sample.sql",
                "3 SQL db/kit-test/V3__sample_done_on.sql"), history("corrections", "flyway_schema_history"));
        // the placeholders reach the kit's scripts: the run-time role adds audit rows but changes none
        assertEquals(List.of("true false"), database.column("SELECT has_table_privilege('corrections_app', 'corrections.audit_log', 'INSERT') || ' '"
                + " || has_table_privilege('corrections_app', 'corrections.audit_log', 'UPDATE')"));
        assertEquals(List.of("true"), database.column("SELECT has_table_privilege('corrections_app', 'corrections.access_log', 'INSERT')::text"));

        assertEquals(0, newLayout("corrections").migrate().migrationsExecuted, "a restart has nothing to do");
    }

    @Test
    void anEarlierLayoutSchemaStartsCleanlyKeepingItsRowsAndLeavesTheKitsEntriesToTheKitsHistory() throws SQLException {
        earlierLayout("mediation");
        assertEquals(List.of("1 SQL db/kit/V1__audit_log.sql", "2 SQL db/kit-test/V2__sample.sql", "3 SQL db/kit-test/V3__sample_done_on.sql",
                "R SQL db/kit/R__access_log.sql"), history("mediation", "flyway_schema_history"));
        database.execute("INSERT INTO mediation.audit_log (actor, action, entity_type, entity_id) VALUES ('earlier', 'CREATE', 'Sample', 'x')");

        newLayout("mediation").migrate();

        List<String> kit = new ArrayList<>(List.of("1 BASELINE kit tables of the earlier layout"));
        kit.addAll(kitScripts(2));
        assertEquals(kit, history("mediation", KitMigrations.TABLE));
        assertEquals(List.of("2 SQL db/kit-test/V2__sample.sql", "3 SQL db/kit-test/V3__sample_done_on.sql"),
                history("mediation", "flyway_schema_history"));
        assertEquals(List.of("earlier"), database.column("SELECT actor FROM mediation.audit_log"));
        assertTrue(newLayout("mediation").validateWithResult().validationSuccessful);
        assertEquals(0, newLayout("mediation").migrate().migrationsExecuted, "a restart has nothing to do");
        assertTrue(SchemaAtStart.current(newLayout("mediation").getConfiguration()), "and the next start runs no Flyway");
    }

    @Test
    void aServiceScriptMissingFromTheFilesStillFailsValidation() throws SQLException {
        newLayout("legalaid").migrate();
        database.execute("INSERT INTO legalaid.flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES (99, '1.5', 'gone', 'SQL', 'db/kit-test/V1_5__gone.sql', 1, 'x', 0, true)");

        var result = newLayout("legalaid").validateWithResult();

        assertFalse(result.validationSuccessful);
        assertTrue(Arrays.toString(result.invalidMigrations.stream().map(m -> m.version).toArray()).contains("1.5"),
                result.getAllErrorMessages());
    }

    /** Drops and recreates a schema as the database's set-up creates it. */
    static void fresh(String schema) throws SQLException {
        database.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        database.execute("CREATE SCHEMA " + schema + " AUTHORIZATION " + schema + "_migrator");
    }

    @Test
    void aStartOnACurrentSchemaRunsNoFlywayWhileAFreshOrPendingOneIsMigrated() throws SQLException {
        fresh("evaluation");
        assertFalse(SchemaAtStart.current(newLayout("evaluation").getConfiguration()), "a fresh schema");
        assertTrue(SchemaAtStart.migrate(newLayout("evaluation")), "Flyway migrates it");
        assertEquals(List.of("2 SQL db/kit-test/V2__sample.sql"),
                history("evaluation", "flyway_schema_history").subList(1, 2));

        assertTrue(SchemaAtStart.current(newLayout("evaluation").getConfiguration()));
        assertFalse(SchemaAtStart.migrate(newLayout("evaluation")), "no Flyway run on a current schema");

        database.execute("DELETE FROM evaluation.flyway_schema_history WHERE version = '2'");
        assertFalse(SchemaAtStart.current(newLayout("evaluation").getConfiguration()), "a pending script");
    }

    @Test
    void aChangedAppliedMigrationIsNotCurrentAndFlywayStillRefusesItAtStart() throws SQLException {
        fresh("evaluation");
        SchemaAtStart.migrate(newLayout("evaluation"));
        database.execute("UPDATE evaluation.flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");

        assertFalse(SchemaAtStart.current(newLayout("evaluation").getConfiguration()));
        assertThrows(FlywayValidateException.class, () -> SchemaAtStart.migrate(newLayout("evaluation")));

        database.execute("UPDATE evaluation.flyway_schema_history SET checksum = checksum - 1 WHERE version = '2'");
        database.execute("UPDATE evaluation." + KitMigrations.TABLE + " SET checksum = checksum + 1 WHERE version = '1'");
        assertFalse(SchemaAtStart.current(newLayout("evaluation").getConfiguration()), "a changed kit script");
        assertThrows(FlywayException.class, () -> SchemaAtStart.migrate(newLayout("evaluation")));
    }

    @Test
    void aRepeatableScriptIsCurrentOnlyWithThePlaceholderValuesItRanWith() throws SQLException {
        fresh("evaluation");
        SchemaAtStart.migrate(newLayout("evaluation"));
        assertTrue(SchemaAtStart.current(newLayout("evaluation").getConfiguration()), "the checksum Flyway stored");

        FluentConfiguration otherRole = service("evaluation").placeholders(Map.of("app_role", "legalaid_app"));
        new KitMigrations().customize(otherRole);
        assertFalse(SchemaAtStart.current(otherRole.load().getConfiguration()), "Flyway would run R__access_log again");
    }
}
