package cn.daxiang.justice.e2e;

import cn.daxiang.justice.devsupport.contract.OpenApiContract;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: the document the gateway serves at {@code /q/openapi} (the four services merged) is the
 * committed contract {@code contract/openapi/platform.json}, fully documented, lint-clean under
 * Spectral and Redocly, and a TypeScript client generated from it type-checks ({@code contract/check.sh},
 * skipped with a message where npm is absent).
 */
@ExtendWith(SharedPlatform.class)
class PublishedContractIT {

    static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    static final Path COMMITTED = ROOT.resolve("contract/openapi/platform.json");
    static final String UPDATE = "./mvnw -B -ntp verify -pl e2e -Dit.test=PublishedContractIT -Dcontract.update=true";

    static String served() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    @Test
    void theMergedDocumentIsTheCommittedContract() {
        OpenApiContract.check(COMMITTED, served(), Boolean.getBoolean("contract.update"), UPDATE);
    }

    @Test
    void everyOperationOfThePlatformIsFullyDocumented() throws Exception {
        List<String> gaps = OpenApiContract.gaps(new ObjectMapper().readTree(served()));
        assertTrue(gaps.isEmpty(), "Not documented as the contract promises:\n" + String.join("\n", gaps));
    }

    @Test
    void theMergedDocumentLintsCleanAndAStrictTypeScriptClientBuildsOnIt() throws Exception {
        Path document = ROOT.resolve("e2e/target/openapi-merged.json");
        Files.writeString(document, served());
        Process check = new ProcessBuilder("sh", ROOT.resolve("contract/check.sh").toString(), document.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertTrue(check.waitFor(10, TimeUnit.MINUTES), "contract/check.sh did not finish");
        assertEquals(0, check.exitValue(), "contract/check.sh failed:\n" + output);
    }
}
