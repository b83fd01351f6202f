package cn.daxiang.justice.devsupport;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compose file cannot run here (no Docker engine), so it is validated and its shape checked. */
class DockerComposeTest {

    static final List<String> SERVICES = List.of("corrections-service", "mediation-service", "legalaid-service",
            "evaluation-service", "gateway");

    /** Nothing production needs has a development default: compose stops when one is missing. */
    static final List<String> DEMANDED = List.of("JWT_PUBLIC_KEY_FILE", "PLATFORM_JWT_ISSUER", "POSTGRES_PASSWORD");

    static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(:?[-?])?([^}]*)}");

    static Path composeFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("platform"))) {
                return dir.resolve("docker-compose.yml");
            }
        }
        throw new IllegalStateException("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void dockerComposeAcceptsTheFile() throws IOException, InterruptedException {
        Path file = composeFile();
        boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-compose")) || Files.isExecutable(Path.of("/usr/local/bin/docker-compose"));
        Assumptions.assumeTrue(installed, "docker-compose is not installed, so `docker-compose config -q` was not run "
                + "(apt-get install --no-install-recommends docker-compose)");
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f", file.toString(), "config", "-q")
                .directory(file.getParent().toFile()).redirectErrorStream(true);
        // compose demands these from the environment; any values do for checking the file.
        for (String variable : DEMANDED) {
            builder.environment().put(variable, variable.equals("JWT_PUBLIC_KEY_FILE") ? "/dev/null" : "x");
        }
        for (String line : List.of("CORRECTIONS", "MEDIATION", "LEGALAID", "EVALUATION")) {
            builder.environment().put(line + "_DB_PASSWORD", "x");
            builder.environment().put(line + "_DB_MIGRATOR_PASSWORD", "x");
        }
        Process p = builder.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "docker-compose config timed out");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsBuiltHealthCheckedAndOnlyTheGatewayIsPublished() throws IOException {
        Path file = composeFile();
        Map<String, Object> compose = new Yaml().load(Files.readString(file));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertTrue(services.containsKey("postgres"));
        assertTrue(String.valueOf(services.get("postgres").get("image")).startsWith("postgres:18"),
                "compose uses the same PostgreSQL major as the embedded database");
        for (String name : SERVICES) {
            Map<String, Object> service = services.get(name);
            assertNotNull(service, name);
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertEquals("src/main/docker/Dockerfile.jvm", build.get("dockerfile"), name);
            assertTrue(Files.isRegularFile(file.getParent().resolve(String.valueOf(build.get("context")))
                    .resolve("src/main/docker/Dockerfile.jvm")), name + " has its Dockerfile.jvm");
            assertNotNull(service.get("healthcheck"), name + " has a health check");
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) service.get("depends_on");
            assertNotNull(dependsOn, name);
            dependsOn.values().forEach(c -> assertEquals("service_healthy", c.get("condition"), name));
            if (name.equals("gateway")) {
                assertEquals(List.of("${GATEWAY_PORT:-8080}:8080"), service.get("ports"));
            } else {
                assertFalse(service.containsKey("ports"), name + " must not publish a port");
            }
        }
        assertFalse(services.get("postgres").containsKey("ports"), "the database is not published");
    }

    @Test
    @SuppressWarnings("unchecked")
    void noServiceGetsTheDevKeyADevIssuerOrADevPasswordByDefault() throws IOException {
        Path file = composeFile();
        String text = Files.readString(file);
        assertFalse(text.contains("dev/jwt"), "compose never mounts the committed dev key");
        assertFalse(text.contains("judicial-platform.dev"), "compose never defaults to the dev issuer");
        Matcher variable = VARIABLE.matcher(text);
        while (variable.find()) {
            String name = variable.group(1);
            boolean secret = name.contains("PASSWORD") || DEMANDED.contains(name);
            if (secret) {
                assertEquals(":?", variable.group(2), name + " is demanded from the environment (${" + name + ":?...}), no default: "
                        + variable.group());
                assertFalse(variable.group(3).isBlank(), name + " says what to set");
            }
        }
        Map<String, Object> compose = new Yaml().load(text);
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (String name : SERVICES) {
            Map<String, Object> environment = (Map<String, Object>) services.get(name).get("environment");
            assertFalse(environment.containsKey("QUARKUS_PROFILE"), name + " runs the prod profile, whose guards hold");
            assertTrue(String.valueOf(environment.get("PLATFORM_JWT_ISSUER")).startsWith("${PLATFORM_JWT_ISSUER:?"), name);
            List<String> volumes = (List<String>) services.get(name).get("volumes");
            assertTrue(volumes.stream().anyMatch(v -> v.startsWith("${JWT_PUBLIC_KEY_FILE:?") && v.contains(":/run/keys/")),
                    name + " mounts the key file the environment names");
            environment.forEach((key, value) -> {
                if (key.contains("PASSWORD")) {
                    assertTrue(String.valueOf(value).startsWith("${" + key + ":?"), name + " " + key + " = " + value);
                }
            });
        }
    }
}
