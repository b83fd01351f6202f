package cn.daxiang.justice.kit.migration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The kit's migrations ({@code db/kit}) keep a Flyway history of their own ({@value #TABLE}), so the
 * kit can add a V2 whatever versions the services use. Quarkus runs one Flyway per datasource and
 * finds the scripts of {@code quarkus.flyway.locations} at build time; this customizer takes the
 * kit's scripts out of the service's run and migrates them, with the same connection (the migrator
 * role), schema and placeholders, just before the service's Flyway validates. A fresh schema then
 * already holds the kit's tables, so the service's history starts with a baseline at 1 (service
 * migrations start at V2). A plain {@code validate()} of the service's Flyway therefore also brings
 * the kit's tables up to date first.
 *
 * <p>Databases of the earlier layout recorded the kit's V1 and {@code R__access_log} in the
 * service's history. There {@code audit_log} exists, so the kit's history starts with a baseline at
 * 1 and runs the (idempotent) repeatable script once; the two rows then leave the service's history,
 * whose validation stays strict (a missing service script is still an error).
 */
@Singleton
public class KitMigrations implements FlywayConfigurationCustomizer {

    public static final String TABLE = "flyway_kit_history";
    static final String LOCATION = "db/kit/";
    /** What the earlier layout recorded in the service's history (Quarkus names a script by its path). */
    static final List<String> EARLIER_LAYOUT = List.of(LOCATION + "V1__audit_log.sql", LOCATION + "R__access_log.sql");

    private static final Logger LOG = Logger.getLogger(KitMigrations.class);

    @Override
    public void customize(FluentConfiguration service) {
        ResourceProvider scripts = Objects.requireNonNull(service.getResourceProvider(),
                "the kit's migrations expect the resource provider Quarkus sets");
        Callback[] callbacks = Arrays.copyOf(service.getCallbacks(), service.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = new KitFirst(filtered(scripts, r -> r.getAbsolutePath().startsWith(LOCATION)));
        service.resourceProvider(filtered(scripts, r -> !r.getAbsolutePath().startsWith(LOCATION)))
                .callbacks(callbacks)
                // the kit migrates when the service validates, which every migrate does first
                .validateOnMigrate(true)
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("after the kit tables in " + TABLE);
    }

    /** The kit's scripts of a service's Flyway this customizer configured, else null. */
    static ResourceProvider kitScripts(Configuration service) {
        for (Callback callback : service.getCallbacks()) {
            if (callback instanceof KitFirst kit) {
                return kit.kitScripts;
            }
        }
        return null;
    }

    static ResourceProvider filtered(ResourceProvider scripts, Predicate<LoadableResource> keep) {
        return new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                LoadableResource resource = scripts.getResource(name);
                return resource != null && keep.test(resource) ? resource : null;
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
                return scripts.getResources(prefix, suffixes).stream().filter(keep).toList();
            }
        };
    }

    /** Runs the kit's migrations on the service's connection settings, before the service's own validate. */
    static final class KitFirst extends BaseCallback {

        private final ResourceProvider kitScripts;

        KitFirst(ResourceProvider kitScripts) {
            this.kitScripts = kitScripts;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_VALIDATE;
        }

        @Override
        public void handle(Event event, Context context) {
            Configuration service = context.getConfiguration();
            String schema = service.getDefaultSchema() != null ? service.getDefaultSchema() : service.getSchemas()[0];
            Connection connection = context.getConnection();
            try {
                Flyway.configure(service.getClassLoader()).configuration(service)
                        .table(TABLE)
                        .resourceProvider(kitScripts)
                        .callbacks(new Callback[0])
                        .ignoreMigrationPatterns("*:future")
                        // an earlier-layout schema: the kit's V1 ran, recorded in the service's history
                        .baselineOnMigrate(table(connection, schema, "audit_log").isPresent())
                        .baselineVersion("1")
                        .baselineDescription("kit tables of the earlier layout")
                        .load().migrate();
                Optional<String> history = table(connection, schema, service.getTable());
                if (history.isPresent()) {
                    try (PreparedStatement moved = connection.prepareStatement(
                            "DELETE FROM " + history.get() + " WHERE script = ANY (?)")) {
                        moved.setArray(1, connection.createArrayOf("text", EARLIER_LAYOUT.toArray()));
                        int rows = moved.executeUpdate();
                        if (rows > 0) {
                            LOG.infof("The kit's migrations now keep their history in %s.%s; %d earlier entries left %s",
                                    schema, TABLE, rows, history.get());
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot migrate the kit's tables", e);
            }
        }

        /** The table's name as SQL can use it, when it exists. */
        static Optional<String> table(Connection connection, String schema, String name) throws SQLException {
            try (PreparedStatement st = connection.prepareStatement("SELECT to_regclass(format('%I.%I', ?, ?))::text")) {
                st.setString(1, schema);
                st.setString(2, name);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return Optional.ofNullable(rs.getString(1));
                }
            }
        }
    }
}
