package cn.daxiang.justice.guard;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
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
 */
@Singleton
public class DatasourcePasswordGuard {

    void onStart(@Observes StartupEvent event) {
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
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Database passwords " + refused + " are development defaults (*_dev) or shorter than "
                    + DevCredentials.MIN_PASSWORD_LENGTH + " characters: set the services' *_DB_PASSWORD and "
                    + "*_DB_MIGRATOR_PASSWORD to the production secrets. It will not start in production with development settings.");
        }
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
