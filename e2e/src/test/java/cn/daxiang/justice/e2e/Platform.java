package cn.daxiang.justice.e2e;

import cn.daxiang.justice.devsupport.EmbeddedDatabase;

import java.io.IOException;
import cn.daxiang.justice.devsupport.testing.Callers;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged platform as {@code ./platform up} runs it: the five quarkus-run jars, profile
 * {@code local}, the same JVM options, but on free ports and a throw-away embedded PostgreSQL, so
 * that the suite never touches a developer's data. Each service can be stopped and started again.
 */
final class Platform implements AutoCloseable {

    static final List<String> SERVICES = List.of("corrections-service", "mediation-service", "legalaid-service",
            "evaluation-service", "gateway");

    private final Path root;
    private final Path logs;
    private final EmbeddedDatabase database;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    /** The module each instance runs: a service runs as itself, a second replica under a name of its own. */
    private final Map<String, String> modules = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final String serviceToken;

    private Platform(Path root, EmbeddedDatabase database) throws IOException {
        this.root = root;
        this.database = database;
        this.logs = root.resolve("e2e/target/e2e-logs");
        Files.createDirectories(logs);
        this.serviceToken = Callers.serviceToken();
    }

    static Platform start() throws Exception {
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        for (String service : SERVICES) {
            if (!Files.isRegularFile(jar(root, service))) {
                throw new IllegalStateException(jar(root, service) + " is missing: the suite runs after the services are packaged "
                        + "(./mvnw verify builds them first)");
            }
        }
        Platform platform = empty();
        try {
            for (String service : SERVICES) {
                platform.add(service, service);
                platform.launch(service);
            }
            for (String service : SERVICES) {
                platform.awaitReady(service);
            }
            return platform;
        } catch (Exception e) {
            platform.close();
            throw e;
        }
    }

    /** A database and no service yet: the caller adds and launches the instances it needs. */
    static Platform empty() throws Exception {
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        return new Platform(root, EmbeddedDatabase.startEphemeral());
    }

    /** Declares {@code instance}, running {@code module}'s jar on a port of its own. */
    void add(String instance, String module) throws IOException {
        if (!Files.isRegularFile(jar(root, module))) {
            throw new IllegalStateException(jar(root, module) + " is missing: the suite runs after the services are packaged");
        }
        modules.put(instance, module);
        ports.put(instance, freePort());
    }

    static Path jar(Path root, String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String gatewayUrl() {
        return "http://localhost:" + ports.get("gateway");
    }

    String directUrl(String service) {
        return "http://localhost:" + ports.get(service);
    }

    int port(String instance) {
        return ports.get(instance);
    }

    Path logs() {
        return logs;
    }

    /** A free port for a process the suite runs beside the platform (a load balancer). */
    static int anotherPort() throws IOException {
        return freePort();
    }

    String jdbcUrl() {
        return database.jdbcUrl();
    }

    void launch(String service) throws IOException {
        launch(service, Map.of());
    }

    /** Starts {@code instance} with {@code extra} added to its environment (e.g. a shorter idempotency lease). */
    void launch(String instance, Map<String, String> extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.profile=local", "-Dplatform.root=" + root, "-Dquarkus.http.port=" + ports.get(instance),
                "-jar", jar(root, modules.get(instance)).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(instance + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("PLATFORM_DB_PORT", String.valueOf(database.port()));
        env.put("EVALUATION_SERVICE_TOKEN", serviceToken);
        env.put("EVALUATION_CORRECTIONS_URL", directUrl("corrections-service"));
        env.put("EVALUATION_MEDIATION_URL", directUrl("mediation-service"));
        env.put("EVALUATION_LEGALAID_URL", directUrl("legalaid-service"));
        env.put("CORRECTIONS_URL", directUrl("corrections-service"));
        env.put("MEDIATION_URL", directUrl("mediation-service"));
        env.put("LEGALAID_URL", directUrl("legalaid-service"));
        env.put("EVALUATION_URL", directUrl("evaluation-service"));
        // The suite's clerks upload the seed's history in bursts: a bucket that fits a busy office.
        env.put("GATEWAY_RATE_LIMIT_CAPACITY", "2000");
        env.put("GATEWAY_RATE_LIMIT_REFILL", "500");
        env.putAll(extra);
        processes.put(instance, builder.start());
    }

    void awaitReady(String service) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(directUrl(service) + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Process process = processes.get(service);
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + ": see " + logs.resolve(service + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " not ready after 120 s: see " + logs.resolve(service + ".log"));
    }

    /** Waits for an instance that ends by itself (a migration Job's run) and answers its exit code. */
    int awaitExit(String instance, Duration within) throws InterruptedException {
        Process process = processes.get(instance);
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(instance + " still running after " + within + ": see " + logs.resolve(instance + ".log"));
        }
        processes.remove(instance);
        return process.exitValue();
    }

    /** Stops one service as an operator or Kubernetes does: SIGTERM, then waits for it to exit. */
    void stop(String service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Kills one service as {@code kill -9} (or a lost host) would: no shutdown hook runs. */
    void kill(String service) throws InterruptedException {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    void restart(String service) throws Exception {
        restart(service, Map.of());
    }

    void restart(String service, Map<String, String> extra) throws Exception {
        launch(service, extra);
        awaitReady(service);
    }

    /** The first column of {@code sql}'s rows, read as the database's superuser. */
    List<String> column(String sql) throws java.sql.SQLException {
        return database.column(sql);
    }

    @Override
    public void close() throws IOException {
        List<String> reversed = new ArrayList<>(processes.keySet());
        java.util.Collections.reverse(reversed);
        for (String service : reversed) {
            try {
                stop(service);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        database.close();
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999): a port the system hands out (new ServerSocket(0)) can be
     * taken by any outgoing connection before the service binds it, which once made a service fail to start.
     */
    private static int freePort() throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = random.nextInt(20000, 32000);
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }
}
