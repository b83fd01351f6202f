package cn.daxiang.justice.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pools the services are built with, against the database they run on (README "Connection
 * budget"): two replicas of each fit PostgreSQL's connections with room for migrations and
 * superusers, and no service ever holds more than its pool.
 */
@ExtendWith(SharedPlatform.class)
class ConnectionBudgetIT {

    private static final String MAX_SIZE = "quarkus.datasource.jdbc.max-size";
    private static final List<String> SERVICES = List.of("corrections", "mediation", "legalaid", "evaluation");
    private static final int REPLICAS = 2;

    private final Platform platform = SharedPlatform.get();

    @Test
    void twoReplicasOfEveryServiceFitTheDatabaseWithRoomForMigrationsAndSuperusers() throws Exception {
        int connections = Integer.parseInt(platform.column("SHOW max_connections").get(0));
        int reserved = Integer.parseInt(platform.column("SHOW superuser_reserved_connections").get(0));
        int pools = 0;
        for (String service : SERVICES) {
            pools += REPLICAS * pool(service);
        }
        int migrations = SERVICES.size();
        assertTrue(pools + migrations + reserved <= connections, pools + " pooled + " + migrations + " migrating + "
                + reserved + " reserved connections exceed max_connections " + connections);
        assertTrue(connections <= 100 || pools + migrations + reserved <= 100,
                "the budget also fits PostgreSQL's default of 100, which docker-compose and most servers keep");
    }

    @Test
    void noServiceHoldsMoreConnectionsThanItsPool() throws Exception {
        for (String service : SERVICES) {
            int held = Integer.parseInt(platform.column("SELECT count(*) FROM pg_stat_activity WHERE usename = '"
                    + service + "_app'").get(0));
            assertTrue(held >= 1 && held <= pool(service), service + " holds " + held + " connections, its pool " + pool(service));
        }
    }

    /** The pool's size: the kit's default unless the service's own properties set it. */
    private static int pool(String service) throws IOException {
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        Properties own = load(root.resolve(service + "-service/src/main/resources/application.properties"));
        Properties kit = load(root.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
        String size = own.getProperty(MAX_SIZE, kit.getProperty(MAX_SIZE));
        if (size == null) {
            throw new AssertionError(MAX_SIZE + " is not set explicitly for " + service);
        }
        return Integer.parseInt(size.trim());
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
