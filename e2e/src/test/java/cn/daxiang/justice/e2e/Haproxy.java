package cn.daxiang.justice.e2e;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy on loopback in front of replicas, as a Kubernetes Service or an ingress would be: round robin, a
 * replica out of rotation once its readiness fails, a request whose connection is refused sent to the other replica.
 * {@code ./platform test} installs the package.
 */
final class Haproxy implements AutoCloseable {

    private final Map<String, Integer> frontends = new LinkedHashMap<>();
    private final Process process;

    /** One frontend per entry of {@code backends} (its name → the replicas' ports), each on a free port. */
    Haproxy(Path logs, Map<String, List<Integer>> backends) throws Exception {
        StringBuilder config = new StringBuilder("""
                global
                    maxconn 4000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 120s
                    timeout server 120s
                    retries 3
                    option redispatch
                """);
        for (Map.Entry<String, List<Integer>> backend : backends.entrySet()) {
            int port = Platform.anotherPort();
            frontends.put(backend.getKey(), port);
            config.append("frontend ").append(backend.getKey()).append('\n')
                    .append("    bind 127.0.0.1:").append(port).append('\n')
                    // the proxy names the client, replacing whatever the client sent (README, rate limits)
                    .append("    http-request set-header X-Forwarded-For %[src]\n")
                    .append("    default_backend ").append(backend.getKey()).append("-replicas\n")
                    .append("backend ").append(backend.getKey()).append("-replicas\n")
                    .append("    balance roundrobin\n")
                    .append("    option httpchk GET /q/health/ready\n")
                    // which replica answered, for the test to know whom it kills (X-Replica-mediation: r1)
                    .append("    http-response set-header X-Replica-").append(backend.getKey()).append(" %s\n");
            int n = 0;
            for (int replica : backend.getValue()) {
                config.append("    server r").append(n++).append(" 127.0.0.1:").append(replica)
                        .append(" check inter 500 fall 1 rise 1\n");
            }
        }
        Path file = logs.resolve("haproxy.cfg");
        Files.writeString(file, config);
        String binary = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        process = new ProcessBuilder(binary, "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("haproxy.log").toFile())).start();
        for (int port : frontends.values()) {
            awaitListening(port);
        }
    }

    String url(String frontend) {
        return "http://127.0.0.1:" + frontends.get(frontend);
    }

    private void awaitListening(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited with " + process.exitValue() + " (is the haproxy package installed?)");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("haproxy does not listen on " + port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
