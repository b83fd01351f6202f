package cn.daxiang.justice.deploy;

import cn.daxiang.justice.guard.DevCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What {@code kubectl kustomize deploy} renders: every document validates against its kind's schema (deploy/schemas),
 * and the platform's own rules hold (no development credentials, secrets by reference, each line on its own cluster
 * and pooler, the connection budget, migrations only in the Jobs). No cluster is needed.
 */
class RenderedDeploymentTest {

    /** The Secret holding the persons' blind-index keys, one Secret key per key id (root pom's kubernetes profile). */
    static final String PERSONS_HASH_KEY_SECRET = "persons-hash-key";

    @BeforeAll
    static void kubectlIsThere() {
        assumeTrue(Deploy.available("kubectl", "version", "--client"), "kubectl is not installed: the rendering is not checked");
    }

    @Test
    void kustomizeRendersEveryKindThePlatformNeeds() {
        Map<String, Long> kinds = Deploy.rendered().stream()
                .collect(Collectors.groupingBy(d -> d.path("kind").asText(), TreeMap::new, Collectors.counting()));
        assertEquals(Map.ofEntries(Map.entry("Namespace", 1L), Map.entry("ConfigMap", 2L), Map.entry("Deployment", 5L),
                Map.entry("Service", 5L), Map.entry("PodDisruptionBudget", 5L), Map.entry("HorizontalPodAutoscaler", 5L),
                Map.entry("Job", 4L), Map.entry("Ingress", 1L), Map.entry("Cluster", 4L), Map.entry("Pooler", 4L),
                Map.entry("ScheduledBackup", 4L)), kinds);
        assertTrue(Deploy.rendered().stream().filter(d -> !d.path("kind").asText().equals("Namespace"))
                .allMatch(d -> d.path("metadata").path("namespace").asText().equals("judicial-platform")));
    }

    @Test
    void everyDocumentValidatesAgainstTheKubernetesAndCloudNativePgSchemas() throws IOException {
        Deploy.Run result = validate(Deploy.rendered());
        assertEquals(0, result.exit(), result.output());
        assertEquals(Deploy.rendered().size(), result.output().lines().filter(l -> l.startsWith("valid ")).count(), result.output());
    }

    @Test
    void theValidatorRefusesAWrongFieldTypeAndAnUnknownCloudNativePgField() throws IOException {
        JsonNode deployment = Deploy.one("Deployment", "gateway").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec")).put("replicas", "two");
        JsonNode cluster = Deploy.one("Cluster", "corrections-db").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) cluster.path("spec")).put("instancez", 3);
        Deploy.Run result = validate(List.of(deployment, cluster));
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("INVALID apps/v1/Deployment gateway") && result.output().contains("replicas"),
                result.output());
        assertTrue(result.output().contains("INVALID postgresql.cnpg.io/v1/Cluster corrections-db"), result.output());
    }

    /** Runs deploy/schemas/validate.mjs (node; npm ci of its pinned packages first when they are missing). */
    static Deploy.Run validate(List<JsonNode> documents) throws IOException {
        assumeTrue(Deploy.available("node", "--version"), "node is not installed: the schemas are not checked");
        Path schemas = Deploy.DIR.resolve("schemas");
        if (!Files.isDirectory(schemas.resolve("node_modules/kubernetes-models"))) {
            Deploy.Run install = Deploy.run(schemas, "npm", "ci", "--no-audit", "--no-fund");
            assertEquals(0, install.exit(), "npm ci in deploy/schemas: " + install.output());
        }
        Path input = Files.createTempFile("deploy-documents", ".json");
        try {
            Deploy.JSON.writeValue(input.toFile(), Deploy.array(documents));
            return Deploy.run(schemas, "node", "validate.mjs", input.toString());
        } finally {
            Files.deleteIfExists(input);
        }
    }

    @Test
    void noDocumentCarriesADevelopmentKeyIssuerOrPasswordAndNoSecretIsDefined() {
        String all = Deploy.rendered().toString();
        String devKey = Deploy.read(Deploy.ROOT.resolve("dev/jwt/public-key.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        assertFalse(all.contains(devKey.substring(0, 64)), "the dev public key");
        assertFalse(all.contains(DevCredentials.DEV_ISSUER), "the dev issuer");
        assertFalse(all.contains("dev/jwt"), "a dev key location");
        assertFalse(Pattern.compile("\\w_dev\\b").matcher(all).find(), "a development password (*_dev)");
        assertFalse(all.contains("localhost") || all.contains("127.0.0.1"), "a development address");
        assertTrue(Deploy.ofKind("Secret").isEmpty(), "Secrets are referenced, never defined in deploy/");
        for (JsonNode workload : workloads()) {
            for (JsonNode env : Deploy.container(workload).path("env")) {
                String name = env.path("name").asText();
                if (name.matches(".*(PASSWORD|SECRET|TOKEN|HASH_KEY).*")) {
                    assertTrue(env.path("valueFrom").has("secretKeyRef") && !env.has("value"), workload.path("metadata") + " " + name);
                }
            }
        }
    }

    @Test
    void theServicesVerifyTokensThroughTheIdentityProvidersJwksAndIssuer() {
        JsonNode identity = Deploy.one("ConfigMap", "platform-identity").path("data");
        URI jwks = URI.create(identity.path("MP_JWT_VERIFY_PUBLICKEY_LOCATION").asText());
        String issuer = identity.path("PLATFORM_JWT_ISSUER").asText();
        assertEquals("https", jwks.getScheme());
        assertEquals(issuer + "/protocol/openid-connect/certs", jwks.toString());
        assertTrue(issuer.endsWith("/realms/judicial"), "the realm of deploy/keycloak/realm.json");
        for (JsonNode deployment : Deploy.ofKind("Deployment")) {
            assertTrue(Deploy.container(deployment).path("envFrom").toString().contains("platform-identity"),
                    deployment.path("metadata").path("name").asText());
        }
    }

    @Test
    void everyLineTalksToItsOwnPoolerAndOnlyItsMigrationJobHasTheMigratorsSecret() {
        for (String line : Deploy.LINES) {
            JsonNode deployment = Deploy.one("Deployment", line + "-service");
            JsonNode job = Deploy.one("Job", line + "-service-migrate");
            JsonNode pooler = Deploy.one("Pooler", line + "-db-pooler");
            assertEquals("jdbc:postgresql://" + line + "-db-pooler:5432/judicial", envValue(deployment, "QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals(line + "-db", pooler.path("spec").path("cluster").path("name").asText());
            assertEquals("jdbc:postgresql://" + line + "-db-rw:5432/judicial", envValue(job, "QUARKUS_DATASOURCE_JDBC_URL"),
                    "the Job migrates on the primary, past the pooler");
            assertEquals("false", envValue(deployment, "PLATFORM_MIGRATION_AT_START"));
            assertEquals("true", envValue(job, "QUARKUS_INIT_AND_EXIT"));
            assertEquals("true", envValue(job, "QUARKUS_FLYWAY_MIGRATE_AT_START"));
            assertEquals(Deploy.container(deployment).path("image"), Deploy.container(job).path("image"), "the release's image");
            assertEquals(List.of(line + "-app"), Deploy.secretsReferred(deployment.path("spec")).stream()
                    .filter(s -> !s.equals("evaluation-service-token") && !s.equals(PERSONS_HASH_KEY_SECRET)).toList());
            assertEquals(List.of(line + "-app", line + "-migrator"), Deploy.secretsReferred(job.path("spec")));
        }
        for (JsonNode doc : Deploy.rendered()) {
            String name = doc.path("metadata").path("name").asText();
            for (String secret : Deploy.secretsReferred(doc)) {
                if (secret.endsWith("-migrator")) {
                    String line = secret.substring(0, secret.length() - "-migrator".length());
                    assertTrue(name.equals(line + "-service-migrate") || name.equals(line + "-db"), name + " refers to " + secret);
                }
            }
        }
        assertTrue(Deploy.secretsReferred(Deploy.one("Deployment", "gateway")).isEmpty(), "the gateway has no database");
    }

    /**
     * The persons' blind-index key (kit PersonKeys): in production prod-guard's PersonHashKeyGuard refuses a start without
     * {@code platform.persons.current-key} and {@code platform.persons.hash-keys.<that id>}, so every line's Deployment
     * names its current key and takes that key from one Secret shared by all four (a hash links a person across the
     * lines only if every line hashes with the same key). The gateway has none (it holds no person index), nor do the
     * migration Jobs (init-and-exit stops before the start-up check; the Jobs' secrets are checked above).
     */
    @Test
    void everyLineServiceTakesTheSamePersonHashKeyFromOneSecretAndNamesItCurrent() {
        Set<String> references = new TreeSet<>();
        for (String line : Deploy.LINES) {
            JsonNode deployment = Deploy.one("Deployment", line + "-service");
            String current = envValue(deployment, "PLATFORM_PERSONS_CURRENT_KEY");
            assertFalse(current.isBlank(), line + ": PLATFORM_PERSONS_CURRENT_KEY is empty");
            // SmallRye's environment source: platform.persons.hash-keys.<id> is PLATFORM_PERSONS_HASH_KEYS_<ID>
            String keyVar = "PLATFORM_PERSONS_HASH_KEYS_" + current.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
            JsonNode key = Deploy.env(Deploy.container(deployment), keyVar)
                    .orElseThrow(() -> new AssertionError(line + "-service has no " + keyVar + " for its current key " + current));
            JsonNode ref = key.path("valueFrom").path("secretKeyRef");
            assertTrue(!key.has("value") && ref.hasNonNull("name") && ref.hasNonNull("key"), line + ": " + keyVar + " from a Secret");
            assertEquals(PERSONS_HASH_KEY_SECRET, ref.path("name").asText(), line + ": " + keyVar);
            references.add(current + " " + ref.path("name").asText() + "/" + ref.path("key").asText());
            for (JsonNode env : Deploy.container(deployment).path("env")) {
                if (env.path("name").asText().startsWith("PLATFORM_PERSONS_HASH_KEYS_")) {
                    assertEquals(PERSONS_HASH_KEY_SECRET, env.path("valueFrom").path("secretKeyRef").path("name").asText(),
                            line + ": every person hash key from the one Secret, " + env);
                }
            }
        }
        assertEquals(1, references.size(), "the same current key from the same Secret in every line: " + references);
        assertTrue(Deploy.env(Deploy.container(Deploy.one("Deployment", "gateway")), "PLATFORM_PERSONS_CURRENT_KEY").isEmpty(),
                "the gateway holds no person hash key");
    }

    @Test
    void everyClusterHasThreeInstancesSynchronousReplicationANamedBackupAndTheInitScriptsRolesAndSchema() {
        for (String line : Deploy.LINES) {
            JsonNode spec = Deploy.one("Cluster", line + "-db").path("spec");
            assertEquals(3, spec.path("instances").asInt());
            assertTrue(spec.path("postgresql").path("synchronous").path("number").asInt() >= 1);
            assertEquals("required", spec.path("postgresql").path("synchronous").path("dataDurability").asText());
            assertTrue(spec.path("backup").path("barmanObjectStore").path("destinationPath").asText().endsWith("/" + line + "-db"));
            assertEquals(line + "-db", Deploy.one("ScheduledBackup", line + "-db-nightly").path("spec").path("cluster").path("name").asText());
            JsonNode initdb = spec.path("bootstrap").path("initdb");
            assertEquals(line + "_migrator", initdb.path("owner").asText());
            assertEquals(line + "-migrator", initdb.path("secret").path("name").asText());
            JsonNode app = spec.path("managed").path("roles").get(0);
            assertEquals(line + "_app", app.path("name").asText());
            assertEquals(line + "-app", app.path("passwordSecret").path("name").asText());
            List<String> bootstrap = new ArrayList<>();
            initdb.path("postInitApplicationSQL").forEach(s -> bootstrap.add(s.asText()));
            for (String statement : initScriptStatements(line)) {
                assertTrue(bootstrap.contains(statement), line + ": " + statement);
            }
        }
    }

    /** The init script's statements for one line (its format() calls, filled in), except the roles with dev passwords. */
    static List<String> initScriptStatements(String line) {
        String script = Deploy.read(Deploy.ROOT.resolve("dev-support/src/main/resources/db-init/01-roles-and-schemas.sql"));
        List<String> statements = new ArrayList<>();
        Matcher plain = Pattern.compile("(?m)^(REVOKE [^;]+);").matcher(script);
        while (plain.find()) {
            statements.add(plain.group(1));
        }
        Matcher format = Pattern.compile("EXECUTE format\\('([^']+)',\\s*([^;]+?)\\);").matcher(script.replaceAll("\\s+", " "));
        while (format.find()) {
            String sql = format.group(1);
            if (sql.startsWith("CREATE ROLE")) {
                continue; // CloudNativePG creates them: the owner at initdb, the run-time login as a managed role
            }
            for (String arg : format.group(2).split(",")) {
                String value = arg.trim().replace("current_database()", "judicial").replace("svc || '_migrator'", line + "_migrator")
                        .replace("svc || '_app'", line + "_app").replace("svc", line);
                sql = sql.replaceFirst("%[IL]", value);
            }
            statements.add(sql);
        }
        assertTrue(statements.size() >= 9, "statements read from the init script: " + statements);
        return statements;
    }

    @Test
    void theConnectionBudgetFitsEveryClusterWithTheMostReplicasAndTheMigrationJob() throws IOException {
        Properties kit = new Properties();
        try (var in = Files.newInputStream(Deploy.ROOT.resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"))) {
            kit.load(in);
        }
        int poolMax = Integer.parseInt(kit.getProperty("quarkus.datasource.jdbc.max-size"));
        int flyway = 1;
        int superuserReserved = 3;
        int operator = 5; // CloudNativePG's instance manager and monitoring queries (local connections as postgres)
        for (String line : Deploy.LINES) {
            int maxReplicas = Deploy.one("HorizontalPodAutoscaler", line + "-service").path("spec").path("maxReplicas").asInt();
            JsonNode pooler = Deploy.one("Pooler", line + "-db-pooler").path("spec");
            JsonNode bouncer = pooler.path("pgbouncer").path("parameters");
            int poolers = pooler.path("instances").asInt();
            int clientSide = poolers * bouncer.path("max_client_conn").asInt();
            int serverSide = poolers * (bouncer.path("default_pool_size").asInt() + bouncer.path("reserve_pool_size").asInt());
            int maxConnections = Deploy.one("Cluster", line + "-db").path("spec").path("postgresql").path("parameters")
                    .path("max_connections").asInt();
            assertTrue(maxReplicas * poolMax <= clientSide, line + ": " + maxReplicas + " replicas x " + poolMax
                    + " connections fit the poolers' " + clientSide + " clients");
            int budget = serverSide + poolMax + flyway + superuserReserved + operator;
            assertTrue(budget <= maxConnections, line + ": poolers " + serverSide + " + migration job " + (poolMax + flyway)
                    + " + reserved " + (superuserReserved + operator) + " = " + budget + " > max_connections " + maxConnections);
            assertNotEquals(0, maxConnections);
        }
    }

    @Test
    void everyDeploymentRunsTwoReplicasWithProbesResourcesADisruptionBudgetAndAnAutoscaler() {
        for (String module : Deploy.MODULES) {
            JsonNode deployment = Deploy.one("Deployment", module);
            JsonNode container = Deploy.container(deployment);
            assertTrue(deployment.path("spec").path("replicas").asInt() >= 2, module);
            assertEquals("/q/health/live", container.path("livenessProbe").path("httpGet").path("path").asText(), module);
            assertEquals("/q/health/ready", container.path("readinessProbe").path("httpGet").path("path").asText(), module);
            assertEquals("/q/health/started", container.path("startupProbe").path("httpGet").path("path").asText(), module);
            for (String bound : List.of("requests", "limits")) {
                assertTrue(container.path("resources").path(bound).has("cpu") && container.path("resources").path(bound).has("memory"),
                        module + " " + bound);
            }
            assertTrue(deployment.path("spec").path("template").path("spec").path("terminationGracePeriodSeconds").asInt() > 30,
                    module + ": the grace period outlasts the shutdown timeout");
            JsonNode pdb = Deploy.one("PodDisruptionBudget", module).path("spec");
            assertEquals(module, pdb.path("selector").path("matchLabels").path("app.kubernetes.io/name").asText());
            assertTrue(pdb.path("minAvailable").asInt() >= 1);
            JsonNode hpa = Deploy.one("HorizontalPodAutoscaler", module).path("spec");
            assertEquals(module, hpa.path("scaleTargetRef").path("name").asText());
            assertTrue(hpa.path("minReplicas").asInt() >= 2);
        }
        JsonNode ingress = Deploy.ofKind("Ingress").get(0);
        assertEquals("gateway", ingress.path("spec").path("rules").get(0).path("http").path("paths").get(0).path("backend")
                .path("service").path("name").asText(), "only the gateway is exposed");
        assertFalse(ingress.path("spec").path("tls").isEmpty(), "TLS at the ingress");
    }

    static List<JsonNode> workloads() {
        List<JsonNode> all = new ArrayList<>(Deploy.ofKind("Deployment"));
        all.addAll(Deploy.ofKind("Job"));
        return all;
    }

    static String envValue(JsonNode workload, String name) {
        return Deploy.env(Deploy.container(workload), name).map(e -> e.path("value").asText())
                .orElseThrow(() -> new AssertionError(workload.path("metadata").path("name").asText() + " has no " + name));
    }
}
