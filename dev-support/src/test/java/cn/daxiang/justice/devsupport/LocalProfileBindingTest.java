package cn.daxiang.justice.devsupport;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Under {@code ./platform up} (the local profile) only the gateway is reachable from other
 * machines: the four services and evaluation bind to 127.0.0.1. Read from the same files the
 * packaged services read (the kit's defaults, then each service's application.properties).
 */
class LocalProfileBindingTest {

    static final List<String> SERVICES = List.of("corrections-service", "mediation-service", "legalaid-service", "evaluation-service");

    static Path root() {
        return DockerComposeTest.composeFile().getParent();
    }

    static SmallRyeConfig localConfig(Path... files) throws IOException {
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder().withProfile("local");
        int ordinal = 100;
        for (Path file : files) {
            builder.withSources(new PropertiesConfigSource(new URL(file.toUri().toString()), ordinal));
            ordinal += 150;
        }
        return builder.build();
    }

    @Test
    void platformUpStartsEveryServiceInTheLocalProfile() throws IOException {
        String script = Files.readString(root().resolve("platform"));
        assertTrue(script.contains("-Dquarkus.profile=local"), "./platform up runs the local profile");
    }

    @Test
    void theServicesListenOnLoopbackOnlyInTheLocalProfile() throws IOException {
        Path kit = root().resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties");
        for (String service : SERVICES) {
            SmallRyeConfig config = localConfig(kit, root().resolve(service).resolve("src/main/resources/application.properties"));
            assertEquals("127.0.0.1", config.getOptionalValue("quarkus.http.host", String.class).orElse("0.0.0.0 (default)"), service);
        }
    }

    @Test
    void theGatewayListensOnAllInterfaces() throws IOException {
        SmallRyeConfig config = localConfig(root().resolve("gateway/src/main/resources/application.properties"));
        String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("0.0.0.0");
        assertNotEquals("127.0.0.1", host);
        assertNotEquals("localhost", host);
        // It reaches the services on the loopback address they listen on.
        for (String line : List.of("corrections", "mediation", "legal-aid", "evaluation")) {
            assertTrue(config.getValue("gateway.upstream." + line, String.class).startsWith("http://127.0.0.1:"), line);
        }
    }
}
