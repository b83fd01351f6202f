package cn.daxiang.justice.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 24: migrations run once per release, as the Kubernetes Job {@code <line>-service-migrate} runs them (deploy/), not in
 * every pod. The packaged mediation service started with the Job's environment migrates both histories (the line's and the
 * kit's) on an empty schema and exits without serving; a replica started as the Deployment's pods are (no migration at
 * start, no migrator password) then serves on that schema and migrates nothing. The profile is {@code local}, not
 * {@code prod} (no identity provider here): what is proven is the start-up path, not production's settings.
 */
class MigrationJobIT {

    static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();

    static long versioned(String directory) throws Exception {
        try (Stream<Path> files = Files.list(ROOT.resolve(directory))) {
            return files.filter(f -> f.getFileName().toString().startsWith("V")).count();
        }
    }

    @Test
    void theJobMigratesBothHistoriesAndExitsAndAPodWithoutTheMigratorsPasswordServesWithoutMigrating() throws Exception {
        try (Platform platform = Platform.empty()) {
            platform.add("mediation-migrate", "mediation-service");
            platform.add("mediation-service", "mediation-service");
            // deploy/mediation-service/kubernetes.yml, Job mediation-service-migrate
            platform.launch("mediation-migrate", Map.of("QUARKUS_INIT_AND_EXIT", "true", "QUARKUS_FLYWAY_MIGRATE_AT_START", "true",
                    "PLATFORM_MIGRATION_AT_START", "false"));
            assertEquals(0, platform.awaitExit("mediation-migrate", Duration.ofMinutes(3)), "the Job's run succeeds");
            String log = Files.readString(platform.logs().resolve("mediation-migrate.log"));
            assertFalse(log.contains("Listening on"), "the Job's run never serves HTTP");
            String line = "SELECT count(*) FROM mediation.flyway_schema_history WHERE type = 'SQL' AND version IS NOT NULL AND success";
            String kit = "SELECT count(*) FROM mediation.flyway_kit_history WHERE type = 'SQL' AND version IS NOT NULL AND success";
            assertEquals(String.valueOf(versioned("mediation-service/src/main/resources/db/migration")), platform.column(line).get(0));
            assertEquals(String.valueOf(versioned("service-kit/src/main/resources/db/kit")), platform.column(kit).get(0));
            String applied = platform.column("SELECT count(*) FROM mediation.flyway_schema_history").get(0)
                    + "/" + platform.column("SELECT count(*) FROM mediation.flyway_kit_history").get(0);

            // the Deployment's pods: no migration at start, and no migrator password to migrate with
            platform.launch("mediation-service", Map.of("PLATFORM_MIGRATION_AT_START", "false", "MEDIATION_DB_MIGRATOR_PASSWORD", ""));
            platform.awaitReady("mediation-service");
            as("district-admin", DISTRICT).baseUri(platform.directUrl("mediation-service")).get("/api/v1/mediation/committees")
                    .then().statusCode(200);
            assertEquals(applied, platform.column("SELECT count(*) FROM mediation.flyway_schema_history").get(0)
                    + "/" + platform.column("SELECT count(*) FROM mediation.flyway_kit_history").get(0), "the pod migrated nothing");
        }
    }
}
