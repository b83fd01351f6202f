package cn.daxiang.justice.e2e;

import cn.daxiang.justice.devsupport.DevTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.RestAssured;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calls through the gateway as a named user of a role and org unit, the way a front end would. */
final class Api {

    static final String DISTRICT = "430503000000";

    private Api() {
    }

    /**
     * Every call goes to the gateway; dates travel as ISO strings ({@code 2021-03-05}). Every answer is
     * checked against the published contract ({@link ContractConformance#recorder()}); what does not
     * conform is recorded, and the suite fails on it at its end.
     */
    static void useGateway(String url) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        RestAssured.baseURI = url;
        RestAssured.port = -1;
        RestAssured.config = RestAssuredConfig.config()
                .objectMapperConfig(new ObjectMapperConfig().jackson2ObjectMapperFactory((type, charset) -> json));
        if (!installed) {
            RestAssured.filters(ContractConformance.platform().recorder());
            installed = true;
        }
    }

    private static boolean installed;

    static RequestSpecification as(String role, String orgUnit) {
        return RestAssured.given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .header("Authorization", "Bearer " + DevTokens.token("e2e-" + role + "-" + orgUnit, role, orgUnit));
    }

    static RequestSpecification clerk(String township) {
        return as("township-clerk", township);
    }

    static RequestSpecification admin() {
        return as("district-admin", DISTRICT);
    }

    static RequestSpecification evaluator() {
        return as("evaluator", DISTRICT);
    }

    /** Uploads records through sync in batches of 500; every one must be CREATED. */
    static void upload(Supplier<RequestSpecification> who, String line, String resource, List<Map<String, Object>> records) {
        for (int from = 0; from < records.size(); from += 500) {
            List<Map<String, Object>> batch = records.subList(from, Math.min(records.size(), from + 500));
            JsonPath answer = who.get().body(Map.of("records", batch)).post("/api/v1/" + line + "/sync/" + resource)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(batch.size(), answer.getInt("summary.created"),
                    () -> line + "/" + resource + ": not all CREATED: " + answer.getList("results.findAll { it.status != 'CREATED' }").stream().limit(3).toList());
        }
    }
}
