package cn.daxiang.justice.corrections;

import cn.daxiang.justice.devsupport.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged application in the prod profile: without a JWT verification key it must refuse to
 * start (rather than start and answer every request with an error); with one it becomes ready.
 */
class ProdProfileIT {

    static EmbeddedDatabase database;

    @BeforeAll
    static void startDatabase() throws Exception {
        database = EmbeddedDatabase.startEphemeral();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    static ProcessBuilder packagedApp(Path log, int port, Map<String, String> extraEnv) {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("MP_JWT") || k.startsWith("QUARKUS_"));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("CORRECTIONS_DB_PASSWORD", "corrections_app_dev");
        env.put("CORRECTIONS_DB_MIGRATOR_PASSWORD", "corrections_migrator_dev");
        env.putAll(extraEnv);
        return pb.redirectErrorStream(true).redirectOutput(log.toFile());
    }

    @Test
    void refusesToStartWithoutAVerificationKey() throws Exception {
        Path log = Files.createTempFile("corrections-prod", ".log");
        Process app = packagedApp(log, freePort(), Map.of()).start();
        boolean exited = app.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(exited, "the service kept running without a verification key:\n" + output);
        assertNotEquals(0, app.exitValue());
        assertTrue(output.contains("No JWT verification key is configured"), output);
    }

    @Test
    void startsAndBecomesReadyWithAKey() throws Exception {
        Path log = Files.createTempFile("corrections-prod", ".log");
        int port = freePort();
        Path key = Path.of("..", "dev", "jwt", "public-key.pem").toAbsolutePath().normalize();
        Process app = packagedApp(log, port, Map.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toString())).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            int status = 0;
            for (int i = 0; i < 180 && status != 200 && app.isAlive(); i++) {
                try {
                    status = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(500);
                }
            }
            assertEquals(200, status, Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
