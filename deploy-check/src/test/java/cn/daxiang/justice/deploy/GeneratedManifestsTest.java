package cn.daxiang.justice.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * deploy/MODULE/kubernetes.yml is what the module's build generates (quarkus-kubernetes, src/main/kubernetes fragments):
 * regenerating gives the same files. The modules generate them in a build with the profile {@code kubernetes}
 * ({@code ./platform test} sets it); without it this check is skipped. After changing a fragment or the kubernetes
 * settings, run {@code ./mvnw -pl deploy-check -am verify -Pkubernetes -DskipITs -Ddeploy.update=true} and commit deploy/.
 */
class GeneratedManifestsTest {

    static final boolean UPDATE = Boolean.getBoolean("deploy.update");

    @BeforeAll
    static void generatedInThisBuild() {
        assumeTrue(Boolean.getBoolean("deploy.generated"),
                "the modules generate their manifests with -Pkubernetes (./platform test): not compared in this build");
    }

    @Test
    void regeneratingEveryModulesManifestsGivesTheCommittedFiles() throws IOException {
        List<String> differ = new ArrayList<>();
        for (String module : Deploy.MODULES) {
            Path generated = Deploy.ROOT.resolve(module).resolve("target/kubernetes/kubernetes.yml");
            Path committed = Deploy.DIR.resolve(module).resolve("kubernetes.yml");
            assertTrue(Files.isRegularFile(generated), generated + " is missing: build " + module + " first (-am)");
            String text = Files.readString(generated);
            if (UPDATE) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, text);
            } else if (!Files.isRegularFile(committed) || !Files.readString(committed).equals(text)) {
                differ.add(module);
            }
        }
        assertEquals(List.of(), differ, "deploy/ differs from the generated manifests of these modules: regenerate with "
                + "-Ddeploy.update=true and commit");
    }

    @Test
    void theGeneratedManifestsCarryNoTimestampCommitOrBuildersName() throws IOException {
        for (String module : Deploy.MODULES) {
            String text = Files.readString(Deploy.DIR.resolve(module).resolve("kubernetes.yml"));
            assertTrue(!text.contains("app.quarkus.io/build-timestamp") && !text.contains("app.quarkus.io/commit-id")
                    && !text.contains("vcs-uri") && !text.contains(System.getProperty("user.name") + "/"), module);
        }
    }
}
