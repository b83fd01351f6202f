package cn.daxiang.justice.devsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The module's packaged jar ({@code target/quarkus-app}) started in the prod profile, for the tests
 * of the production start-up guards: with nothing from the caller's environment that configures
 * tokens, profiles or database secrets, only what the test gives.
 */
public final class PackagedApp {

    private final Process process;
    private final Path log;

    private PackagedApp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static PackagedApp start(int port, Map<String, String> env) throws IOException {
        Path log = Files.createTempFile("packaged-app", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("MP_JWT") || k.startsWith("QUARKUS_") || k.startsWith("PLATFORM_")
                || k.contains("_DB_"));
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.putAll(env);
        return new PackagedApp(builder.redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
    }

    /** Waits up to 90 s for the process to end; its exit code, or null (and it is killed) if it kept running. */
    public Integer exitCode() throws InterruptedException {
        if (process.waitFor(90, TimeUnit.SECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        return null;
    }

    /** The HTTP status of {@code path} once it answers (up to 90 s), 0 if it never did. */
    public int statusOnceUp(int port, String path) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
        int status = 0;
        for (int i = 0; i < 180 && status != 200 && process.isAlive(); i++) {
            try {
                status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        return status;
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A PEM file holding the public half of a new RSA key: an identity provider's key, not the dev one. */
    public static Path newPublicKeyPem() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Files.writeString(Files.createTempFile("idp-public-key", ".pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
    }
}
