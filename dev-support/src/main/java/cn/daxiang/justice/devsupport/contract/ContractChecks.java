package cn.daxiang.justice.devsupport.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published contract of one service, inherited by its {@code @QuarkusTest} (issue 10): the
 * served OpenAPI document is the one committed in {@code contract/openapi/<name>.json}, and every
 * operation is documented as the contract promises. A breaking difference fails with "BREAKING: ..."
 * lines; an additive one fails until the file is updated, in the same commit, with the command the
 * failure names ({@code -Dcontract.update=true}).
 */
public abstract class ContractChecks {

    /** The file name under {@code contract/openapi/}, e.g. {@code corrections}. */
    protected abstract String contractName();

    /** The Maven module, e.g. {@code corrections-service}. */
    protected abstract String module();

    String served() throws Exception {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        // For the contract tooling (contract/merge.mjs, contract/check.sh) without a running platform.
        Files.writeString(Path.of("target/openapi.json"), document);
        return document;
    }

    @Test
    void servedDocumentIsTheCommittedContract() throws Exception {
        String update = "./mvnw -B -ntp -o test -pl " + module() + " -Dtest=" + getClass().getSimpleName() + " -Dcontract.update=true";
        OpenApiContract.check(Path.of("../contract/openapi/" + contractName() + ".json"), served(),
                Boolean.getBoolean("contract.update"), update);
    }

    @Test
    void everyOperationIsFullyDocumented() throws Exception {
        List<String> gaps = OpenApiContract.gaps(new ObjectMapper().readTree(served()));
        assertTrue(gaps.isEmpty(), "Not documented as the contract promises:\n" + String.join("\n", gaps));
    }
}
