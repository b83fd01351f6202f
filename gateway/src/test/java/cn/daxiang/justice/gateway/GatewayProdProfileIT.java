package cn.daxiang.justice.gateway;

import cn.daxiang.justice.devsupport.PackagedApp;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged gateway in the prod profile holds the same start-up guard as the services (the
 * shared prod-guard module): the committed dev key keeps it from starting, its own key does not. Its logs are JSON.
 */
class GatewayProdProfileIT {

    static final String ISSUER = "https://sso.daxiang.gov.cn/realms/justice";

    @Test
    void refusesToStartWithTheCommittedDevKey() throws Exception {
        Path devKey = Path.of("..", "dev", "jwt", "public-key.pem").toAbsolutePath().normalize();
        PackagedApp app = PackagedApp.start(PackagedApp.freePort(),
                Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", devKey.toString(), "PLATFORM_JWT_ISSUER", ISSUER));
        Integer exit = app.exitCode();
        assertNotNull(exit, "the gateway kept running with the dev key:\n" + app.output());
        assertNotEquals(0, exit);
        assertTrue(app.output().contains("committed development key"), app.output());
    }

    @Test
    void startsWithItsOwnKeyAndIssuer() throws Exception {
        int port = PackagedApp.freePort();
        PackagedApp app = PackagedApp.start(port,
                Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", PackagedApp.newPublicKeyPem().toString(), "PLATFORM_JWT_ISSUER", ISSUER));
        try {
            assertEquals(200, app.statusOnceUp(port, "/q/health/live"), app.output());
            // production logs are JSON, one object a line (quarkus-logging-json), for the log collector
            assertTrue(app.output().lines().anyMatch(l -> l.startsWith("{") && l.contains("\"loggerName\"")), app.output());
        } finally {
            app.stop();
        }
    }
}
