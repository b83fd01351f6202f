package cn.daxiang.justice.corrections;

import cn.daxiang.justice.devsupport.EmbeddedDatabase;
import cn.daxiang.justice.devsupport.PackagedApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application in the prod profile: without a JWT verification key, with the committed
 * dev key, with the dev issuer or with the init script's dev passwords it must refuse to start
 * (rather than start and answer every request with an error, or trust tokens anyone can mint);
 * with its own key, issuer and passwords it becomes ready.
 */
class ProdProfileIT {

    static final String APP_PASSWORD = "Prod-app-secret-0123456789";
    static final String MIGRATOR_PASSWORD = "Prod-migrator-secret-0123456789";
    static final String ISSUER = "https://sso.daxiang.gov.cn/realms/justice";

    static final String PERSON_HASH_KEY = "3q2+7wABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhs=";

    static EmbeddedDatabase database;
    static Path productionKey;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = EmbeddedDatabase.startEphemeral();
        // As production provisions them: the roles of the init script with secrets of their own.
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres");
             Statement st = c.createStatement()) {
            st.execute("ALTER ROLE corrections_app PASSWORD '" + APP_PASSWORD + "'");
            st.execute("ALTER ROLE corrections_migrator PASSWORD '" + MIGRATOR_PASSWORD + "'");
        }
        productionKey = PackagedApp.newPublicKeyPem();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    /** Production settings but for what a test changes. */
    static Map<String, String> production(Map<String, String> changes) {
        Map<String, String> env = new HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", productionKey.toString(),
                "PLATFORM_JWT_ISSUER", ISSUER,
                "CORRECTIONS_DB_PASSWORD", APP_PASSWORD,
                "CORRECTIONS_DB_MIGRATOR_PASSWORD", MIGRATOR_PASSWORD,
                "PLATFORM_PERSONS_CURRENT_KEY", "prod1",
                "PLATFORM_PERSONS_HASH_KEYS_PROD1", PERSON_HASH_KEY));
        env.putAll(changes);
        return env;
    }

    /** Starts the packaged service with this environment and expects it to exit with the message. */
    static void refusesToStart(Map<String, String> env, String message) throws Exception {
        PackagedApp app = PackagedApp.start(PackagedApp.freePort(), env);
        Integer exit = app.exitCode();
        assertNotNull(exit, "the service kept running:\n" + app.output());
        assertNotEquals(0, exit);
        assertTrue(app.output().contains(message), app.output());
    }

    @Test
    void refusesToStartWithoutAVerificationKey() throws Exception {
        Map<String, String> env = production(Map.of());
        env.remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        refusesToStart(env, "No JWT verification key is configured");
    }

    @Test
    void refusesToStartWithTheCommittedDevKeyOrIssuer() throws Exception {
        Path devKey = Path.of("..", "dev", "jwt", "public-key.pem").toAbsolutePath().normalize();
        refusesToStart(production(Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", devKey.toString())), "committed development key");
        Map<String, String> inline = production(Map.of("MP_JWT_VERIFY_PUBLICKEY", Files.readString(devKey)));
        inline.remove("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        refusesToStart(inline, "committed development key");
        Map<String, String> devIssuer = production(Map.of());
        devIssuer.remove("PLATFORM_JWT_ISSUER");
        refusesToStart(devIssuer, "development issuer");
    }

    @Test
    void refusesToStartWithoutAPersonHashKeyOrWithTheCommittedOne() throws Exception {
        Map<String, String> none = production(Map.of());
        none.remove("PLATFORM_PERSONS_CURRENT_KEY");
        refusesToStart(none, "No person hash key is configured");
        refusesToStart(production(Map.of("PLATFORM_PERSONS_HASH_KEYS_PROD1", cn.daxiang.justice.guard.DevCredentials.DEV_PERSON_HASH_KEY)),
                "committed development key");
    }

    @Test
    void refusesToStartWithTheInitScriptsDevPasswords() throws Exception {
        refusesToStart(production(Map.of("CORRECTIONS_DB_PASSWORD", "corrections_app_dev",
                "CORRECTIONS_DB_MIGRATOR_PASSWORD", "corrections_migrator_dev")), "development defaults");
    }

    @Test
    void startsAndBecomesReadyWithItsOwnKeyIssuerAndPasswords() throws Exception {
        int port = PackagedApp.freePort();
        PackagedApp app = PackagedApp.start(port, production(Map.of()));
        try {
            assertEquals(200, app.statusOnceUp(port, "/q/health/ready"), app.output());
        } finally {
            app.stop();
        }
    }
}
