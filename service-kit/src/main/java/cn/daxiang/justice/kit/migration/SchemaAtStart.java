package cn.daxiang.justice.kit.migration;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Migrates the schema at start (instead of {@code quarkus.flyway.migrate-at-start}, off in the
 * kit's defaults), but runs no Flyway at all when the schema is already current: every script of
 * both histories (the kit's and the service's) applied with the checksum Flyway gives it now,
 * nothing failed, nothing applied that the files lack. Two full Flyway validations cost a large
 * share of a start; this check is one connection and two small queries. Anything else (a fresh or
 * older schema, a pending script, a changed or missing applied one) goes through Flyway's migrate
 * as before, whose validation refuses a changed applied migration exactly as it did.
 * {@code platform.migration.at-start=false} migrates nothing at start.
 */
@Singleton
public class SchemaAtStart {

    private static final Logger LOG = Logger.getLogger(SchemaAtStart.class);

    private final Instance<Flyway> flyway;
    private final boolean atStart;

    SchemaAtStart(Instance<Flyway> flyway,
                  @ConfigProperty(name = "platform.migration.at-start", defaultValue = "true") boolean atStart) {
        this.flyway = flyway;
        this.atStart = atStart;
    }

    // before the application's own start-up observers, which may read the schema
    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (atStart && flyway.isResolvable()) {
            migrate(flyway.get());
        }
    }

    /** Migrates unless the schema is current; true when Flyway ran. */
    static boolean migrate(Flyway flyway) {
        if (current(flyway.getConfiguration())) {
            LOG.debug("schema current: no migration to run or validate");
            return false;
        }
        flyway.migrate();
        return true;
    }

    /** Whether both histories hold exactly the scripts Flyway would find, applied with their current checksums. */
    static boolean current(Configuration service) {
        ResourceProvider kitScripts = KitMigrations.kitScripts(service);
        if (kitScripts == null || service.getDataSource() == null) {
            return false;
        }
        String schema = service.getDefaultSchema() != null ? service.getDefaultSchema() : service.getSchemas()[0];
        try (Connection connection = service.getDataSource().getConnection()) {
            return matches(connection, schema, KitMigrations.TABLE, kitScripts, service)
                    && matches(connection, schema, service.getTable(), service.getResourceProvider(), service);
        } catch (SQLException e) {
            // cannot tell: Flyway decides, and reports
            LOG.debugf("schema check failed (%s); Flyway migrates", e.getMessage());
            return false;
        }
    }

    /** One history against its scripts. */
    static boolean matches(Connection connection, String schema, String table, ResourceProvider scripts,
                           Configuration config) throws SQLException {
        Optional<String> history = KitMigrations.KitFirst.table(connection, schema, table);
        if (history.isEmpty()) {
            return false;
        }
        Map<MigrationVersion, Integer> versioned = new HashMap<>();
        Map<String, Integer> repeatable = new HashMap<>();
        MigrationVersion baseline = null;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, type, script, checksum, success FROM " + history.get()
                     + " ORDER BY installed_rank")) {
            while (rs.next()) {
                String version = rs.getString(1);
                String type = rs.getString(2);
                Integer checksum = (Integer) rs.getObject(4);
                if (!rs.getBoolean(5)) {
                    return false;
                }
                if ("BASELINE".equals(type) && version != null) {
                    MigrationVersion v = MigrationVersion.fromVersion(version);
                    baseline = baseline == null || v.compareTo(baseline) > 0 ? v : baseline;
                } else if (!"SQL".equals(type)) {
                    return false;
                } else if (version != null) {
                    versioned.put(MigrationVersion.fromVersion(version), checksum);
                } else {
                    repeatable.put(rs.getString(3), checksum); // the latest run counts
                }
            }
        }
        String separator = config.getSqlMigrationSeparator();
        int scriptsVersioned = 0;
        for (LoadableResource script : scripts.getResources("", config.getSqlMigrationSuffixes())) {
            String name = script.getFilename();
            String stem = name.substring(0, name.lastIndexOf('.'));
            if (name.startsWith(config.getRepeatableSqlMigrationPrefix()) && stem.indexOf(separator) == 1) {
                Integer applied = repeatable.remove(script.getRelativePath());
                if (applied == null || applied != ChecksumCalculator.calculate(withPlaceholders(script, config))) {
                    return false;
                }
            } else if (name.startsWith(config.getSqlMigrationPrefix()) && stem.contains(separator)) {
                MigrationVersion version = MigrationVersion.fromVersion(
                        stem.substring(config.getSqlMigrationPrefix().length(), stem.indexOf(separator)).replace('_', '.'));
                if (baseline != null && version.compareTo(baseline) <= 0) {
                    continue;
                }
                scriptsVersioned++;
                Integer applied = versioned.get(version);
                if (applied == null || applied != ChecksumCalculator.calculate(script)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        // applied scripts the files no longer hold: Flyway's validation says what to do
        return repeatable.isEmpty() && versioned.size() == scriptsVersioned;
    }

    /** A repeatable script's checksum covers its placeholders' values, as Flyway computes it. */
    static LoadableResource withPlaceholders(LoadableResource script, Configuration config) {
        if (!config.isPlaceholderReplacement()) {
            return script;
        }
        String text;
        try (Reader reader = script.read()) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, String> placeholder : config.getPlaceholders().entrySet()) {
            text = text.replace(config.getPlaceholderPrefix() + placeholder.getKey() + config.getPlaceholderSuffix(),
                    Objects.toString(placeholder.getValue(), ""));
        }
        String replaced = text;
        return new LoadableResource() {
            @Override
            public Reader read() {
                return new StringReader(replaced);
            }

            @Override
            public String getAbsolutePath() {
                return script.getAbsolutePath();
            }

            @Override
            public String getAbsolutePathOnDisk() {
                return script.getAbsolutePathOnDisk();
            }

            @Override
            public String getFilename() {
                return script.getFilename();
            }

            @Override
            public String getRelativePath() {
                return script.getRelativePath();
            }
        };
    }
}
