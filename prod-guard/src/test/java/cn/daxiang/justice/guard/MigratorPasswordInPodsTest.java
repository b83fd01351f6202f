package cn.daxiang.justice.guard;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services' own configuration (their application.properties over the kit's defaults) in the prod profile, with the
 * environment a Kubernetes pod or the release's migration Job gets (deploy/): a pod has the run-time role's password
 * only and starts; anything that would migrate needs the migrator's.
 */
class MigratorPasswordInPodsTest {

    static final List<String> LINES = List.of("corrections", "mediation", "legalaid", "evaluation");
    static final String STRONG = DatasourcePasswordGuardTest.STRONG;

    static SmallRyeConfig service(String line, Map<String, String> environment) throws IOException {
        Path root = Path.of("..");
        return new SmallRyeConfigBuilder()
                .withProfile("prod")
                .withSources(new PropertiesConfigSource(root.resolve(line + "-service/src/main/resources/application.properties")
                        .toUri().toURL(), 250))
                .withSources(new PropertiesConfigSource(root.resolve(
                        "service-kit/src/main/resources/META-INF/microprofile-config.properties").toUri().toURL(), 100))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
    }

    static Map<String, String> pod(String line) {
        Map<String, String> env = new HashMap<>();
        env.put(line.toUpperCase() + "_DB_PASSWORD", STRONG);
        env.put("PLATFORM_MIGRATION_AT_START", "false");
        return env;
    }

    @Test
    void aPodWithoutTheMigratorsPasswordStartsInProductionForEveryLine() throws IOException {
        for (String line : LINES) {
            SmallRyeConfig config = service(line, pod(line));
            assertFalse(config.getOptionalValue("quarkus.flyway.password", String.class).isPresent(),
                    line + ": no migrator password, and no fallback to the development one");
            assertEquals(STRONG, config.getValue("quarkus.datasource.password", String.class), line);
            assertDoesNotThrow(() -> DatasourcePasswordGuard.check(config), line);
        }
    }

    @Test
    void aProductionStartThatWouldMigrateWithoutTheMigratorsPasswordIsRefused() throws IOException {
        for (String line : LINES) {
            Map<String, String> env = pod(line);
            env.remove("PLATFORM_MIGRATION_AT_START");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> DatasourcePasswordGuard.check(service(line, env)), line);
            assertTrue(e.getMessage().contains("PLATFORM_MIGRATION_AT_START=false"), e.getMessage());

            Map<String, String> flywayAtStart = pod(line);
            flywayAtStart.put("QUARKUS_FLYWAY_MIGRATE_AT_START", "true");
            assertThrows(IllegalStateException.class, () -> DatasourcePasswordGuard.check(service(line, flywayAtStart)), line);
        }
    }

    @Test
    void theMigrationJobWithBothSecretsPassesAndAWeakMigratorPasswordIsStillRefused() throws IOException {
        for (String line : LINES) {
            Map<String, String> job = pod(line);
            job.put("PLATFORM_MIGRATION_AT_START", "true");
            job.put(line.toUpperCase() + "_DB_MIGRATOR_PASSWORD", STRONG + "m");
            SmallRyeConfig config = service(line, job);
            assertEquals(STRONG + "m", config.getValue("quarkus.flyway.password", String.class), line);
            assertDoesNotThrow(() -> DatasourcePasswordGuard.check(config), line);

            job.put(line.toUpperCase() + "_DB_MIGRATOR_PASSWORD", line + "_migrator_dev");
            assertThrows(IllegalStateException.class, () -> DatasourcePasswordGuard.check(service(line, job)), line);
        }
    }

    @Test
    void theGatewayHasNoMigrationAndNeedsNoMigratorPassword() {
        assertDoesNotThrow(() -> DatasourcePasswordGuard.check(VerificationKeyGuardTest.config("prod", Map.of())));
    }

    @Test
    void developmentKeepsTheMigratorsDevelopmentPassword() throws IOException {
        SmallRyeConfig local = new SmallRyeConfigBuilder()
                .withProfile("local")
                .withSources(new PropertiesConfigSource(Path.of("../corrections-service/src/main/resources/application.properties")
                        .toUri().toURL(), 250))
                .build();
        assertEquals("corrections_migrator_dev", local.getValue("quarkus.flyway.password", String.class));
    }
}
