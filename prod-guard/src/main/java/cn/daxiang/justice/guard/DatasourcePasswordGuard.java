package cn.daxiang.justice.guard;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeSet;

/**
 * In production the database passwords (run-time and Flyway, every datasource) are neither the
 * init script's development defaults ({@code <svc>_app_dev}, ...) nor short. The script creates
 * those roles for the embedded database, the tests and compose; a production database whose roles
 * were created from it unchanged would otherwise serve a service that starts happily.
 *
 * <p>The migrator's password may be absent: on Kubernetes only the release's migration Job has it
 * (deploy/), and the pods start with {@code platform.migration.at-start=false}. A production start
 * that would migrate (the kit's {@code platform.migration.at-start}, true unless set, or
 * {@code quarkus.flyway.migrate-at-start}) without it is refused, before anything migrates.
 */
@Singleton
public class DatasourcePasswordGuard {

    // before the kit's migration at start (kit.migration.SchemaAtStart, PLATFORM_BEFORE)
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE - 1) StartupEvent event) {
        check(ConfigProvider.getConfig());
    }

    public static void check(Config config) {
        if (!ProductionProfile.applies(config)) {
            return;
        }
        TreeSet<String> refused = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (isPasswordProperty(name) && password(config, name).filter(DatasourcePasswordGuard::weak).isPresent()) {
                refused.add(name);
            }
        }
        if (migrates(config) && password(config, "quarkus.flyway.password").isEmpty()) {
            throw new IllegalStateException("This start would migrate the schema but has no migrator password: set the service's "
                    + "*_DB_MIGRATOR_PASSWORD for the migration (the release's Job), or PLATFORM_MIGRATION_AT_START=false for a "
                    + "replica that only serves.");
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Database passwords " + refused + " are development defaults (*_dev) or shorter than "
                    + DevCredentials.MIN_PASSWORD_LENGTH + " characters: set the services' *_DB_PASSWORD and "
                    + "*_DB_MIGRATOR_PASSWORD to the production secrets. It will not start in production with development settings.");
        }
    }

    /** A service with Flyway (a migrator role) that migrates at this start. */
    static boolean migrates(Config config) {
        return config.getOptionalValue("quarkus.flyway.username", String.class).isPresent()
                && (config.getOptionalValue("platform.migration.at-start", Boolean.class).orElse(true)
                || config.getOptionalValue("quarkus.flyway.migrate-at-start", Boolean.class).orElse(false));
    }

    static boolean isPasswordProperty(String name) {
        return (name.startsWith("quarkus.datasource.") || name.startsWith("quarkus.flyway.")) && name.endsWith("password");
    }

    static boolean weak(String password) {
        return password.length() < DevCredentials.MIN_PASSWORD_LENGTH || DevCredentials.DEV_PASSWORD.matcher(password).matches();
    }

    private static Optional<String> password(Config config, String name) {
        try {
            return config.getOptionalValue(name, String.class);
        } catch (NoSuchElementException unresolved) {
            // ${CORRECTIONS_DB_PASSWORD} unset: Quarkus reports that itself.
            return Optional.empty();
        }
    }
}
