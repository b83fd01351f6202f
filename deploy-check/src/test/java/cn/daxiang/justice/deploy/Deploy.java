package cn.daxiang.justice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/** The deploy/ tree, its documents as kubectl renders them, and the tools the checks run. */
final class Deploy {

    static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    static final Path DIR = ROOT.resolve("deploy");
    /** The modules whose build generates manifests (quarkus-kubernetes), each committed as deploy/MODULE/kubernetes.yml. */
    static final List<String> MODULES = List.of("corrections-service", "mediation-service", "legalaid-service",
            "evaluation-service", "gateway");
    /** The work lines with a database: each has its schema, roles, CloudNativePG cluster and pooler. */
    static final List<String> LINES = List.of("corrections", "mediation", "legalaid", "evaluation");
    static final YAMLMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> rendered;

    private Deploy() {
    }

    /** What a command printed (stdout and stderr) and how it ended. */
    record Run(int exit, String output) {
    }

    static Run run(Path dir, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Run(-1, "timed out: " + String.join(" ", command));
            }
            return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Run(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a tool answers its version command (kubectl version --client, node --version). */
    static boolean available(String... versionCommand) {
        return run(ROOT, versionCommand).exit() == 0;
    }

    /** kubectl kustomize deploy, parsed: every document the platform applies. */
    static synchronized List<JsonNode> rendered() {
        if (rendered == null) {
            Run render = run(ROOT, "kubectl", "kustomize", "deploy");
            if (render.exit() != 0) {
                throw new AssertionError("kubectl kustomize deploy failed:\n" + render.output());
            }
            rendered = documents(render.output());
        }
        return rendered;
    }

    static List<JsonNode> documents(String yaml) {
        try {
            List<JsonNode> all = new ArrayList<>();
            for (JsonNode doc : YAML.readValues(new YAMLFactory().createParser(yaml), JsonNode.class).readAll()) {
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    all.add(doc);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> ofKind(String kind) {
        return rendered().stream().filter(d -> kind.equals(d.path("kind").asText())).toList();
    }

    static JsonNode one(String kind, String name) {
        return ofKind(kind).stream().filter(d -> name.equals(d.path("metadata").path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/"));
    }

    static JsonNode container(JsonNode workload) {
        return workload.path("spec").path("template").path("spec").path("containers").get(0);
    }

    static Optional<JsonNode> env(JsonNode container, String name) {
        return StreamSupport.stream(container.path("env").spliterator(), false)
                .filter(e -> name.equals(e.path("name").asText())).findFirst();
    }

    /** The names of the secrets a document refers to, wherever it does. */
    static List<String> secretsReferred(JsonNode doc) {
        List<String> names = new ArrayList<>();
        collect(doc, names);
        return names;
    }

    private static void collect(JsonNode node, List<String> names) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if ((key.equals("secretKeyRef") || key.equals("secretRef") || key.equals("passwordSecret")
                        || key.equals("secret") || key.endsWith("Credentials") || key.equals("accessKeyId")
                        || key.equals("secretAccessKey")) && value.has("name")) {
                    names.add(value.get("name").asText());
                }
                collect(value, names);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, names));
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrayNode array(List<JsonNode> documents) {
        ArrayNode array = JSON.createArrayNode();
        documents.forEach(array::add);
        return array;
    }
}
