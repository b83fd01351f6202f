package cn.daxiang.justice.corrections;

import cn.daxiang.justice.devsupport.EmbeddedDatabase;
import cn.daxiang.justice.devsupport.PackagedApp;
import io.quarkus.flyway.runtime.QuarkusFlywayResourceProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The packaged service in the prod profile on a database of the earlier migration layout (the
 * kit's V1 and R__access_log recorded in the service's history, as every service wrote it before
 * the kit had a history of its own): it starts, keeps the data, and the kit's entries move over.
 */
class EarlierMigrationLayoutIT {

    static final String MIGRATOR = "corrections_migrator";

    @Test
    void startsOnAnEarlierLayoutDatabaseAndTheKitsEntriesMoveToTheKitsHistory() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startEphemeral()) {
            database.execute("ALTER ROLE corrections_app PASSWORD '" + ProdProfileIT.APP_PASSWORD + "'");
            database.execute("ALTER ROLE corrections_migrator PASSWORD '" + ProdProfileIT.MIGRATOR_PASSWORD + "'");
            earlierLayout(database);
            database.execute("INSERT INTO corrections.audit_log (actor, action, entity_type, entity_id) VALUES ('earlier', 'CREATE', 'Subject', 'x')");

            int port = PackagedApp.freePort();
            PackagedApp app = PackagedApp.start(port, Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", PackagedApp.newPublicKeyPem().toString(),
                    "PLATFORM_JWT_ISSUER", ProdProfileIT.ISSUER,
                    "CORRECTIONS_DB_PASSWORD", ProdProfileIT.APP_PASSWORD,
                    "CORRECTIONS_DB_MIGRATOR_PASSWORD", ProdProfileIT.MIGRATOR_PASSWORD,
                    "PLATFORM_PERSONS_CURRENT_KEY", "prod1",
                    "PLATFORM_PERSONS_HASH_KEYS_PROD1", ProdProfileIT.PERSON_HASH_KEY));
            try {
                assertEquals(200, app.statusOnceUp(port, "/q/health/ready"), app.output());
            } finally {
                app.stop();
            }

            assertEquals(List.of("1 BASELINE", "2 db/kit/V2__audit_log_feed_scope_idx.sql", "3 db/kit/V3__deadline.sql",
                            "4 db/kit/V4__audit_log_pooled_ids.sql", "5 db/kit/V5__approval.sql", "6 db/kit/V6__approval_withdrawal.sql",
                            "7 db/kit/V7__attachment.sql", "8 db/kit/V8__instrument.sql", "9 db/kit/V9__instrument_per_decision.sql",
                            "10 db/kit/V10__person_index.sql",
                            "R db/kit/R__access_log.sql"),
                    database.column("SELECT coalesce(version, 'R') || ' ' || CASE type WHEN 'BASELINE' THEN type ELSE script END"
                            + " FROM corrections.flyway_kit_history ORDER BY installed_rank"));
            assertEquals(List.of("2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "21"),
                    database.column("SELECT version FROM corrections.flyway_schema_history ORDER BY installed_rank"));
            assertEquals(List.of("earlier"), database.column("SELECT actor FROM corrections.audit_log"));
        }
    }

    /** What the service's Flyway did before: the kit's scripts and its own, as Quarkus names them, in one history. */
    static void earlierLayout(EmbeddedDatabase database) throws Exception {
        ClassLoader loader = EarlierMigrationLayoutIT.class.getClassLoader();
        List<LoadableResource> scripts = new ArrayList<>();
        for (String kit : List.of("db/kit/V1__audit_log.sql", "db/kit/R__access_log.sql")) {
            scripts.add(new ClassPathResource(null, kit, loader, StandardCharsets.UTF_8));
        }
        try (Stream<Path> own = Files.list(Path.of("target", "classes", "db", "migration"))) {
            // that layout held the service's scripts up to V6; later ones run when the service starts
            own.filter(p -> p.getFileName().toString().matches("V[1-6]__.*"))
                    .forEach(p -> scripts.add(new ClassPathResource(null, "db/migration/" + p.getFileName(), loader, StandardCharsets.UTF_8)));
        }
        Flyway.configure().dataSource(database.jdbcUrl(), MIGRATOR, ProdProfileIT.MIGRATOR_PASSWORD)
                .schemas("corrections").defaultSchema("corrections").createSchemas(false)
                .placeholders(Map.of("app_role", "corrections_app"))
                .resourceProvider(new QuarkusFlywayResourceProvider(scripts))
                .load().migrate();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "R"),
                database.column("SELECT coalesce(version, 'R') FROM corrections.flyway_schema_history ORDER BY installed_rank"));
    }
}
