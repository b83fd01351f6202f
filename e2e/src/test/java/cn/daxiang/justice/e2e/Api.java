package cn.daxiang.justice.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.ObjectMapperConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Sends every test-kit caller ({@code devsupport.testing.Callers}) through the gateway as a front end
 * would, and uploads through sync.
 */
final class Api {

    private Api() {
    }

    /**
     * Every call goes to the gateway and asks for JSON; dates travel as ISO strings ({@code 2021-03-05}).
     * Every answer is checked against the published contract ({@link ContractConformance#recorder()});
     * what does not conform is recorded, and the suite fails on it at its end.
     */
    static void useGateway(String url) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        RestAssured.baseURI = url;
        RestAssured.port = -1;
        RestAssured.config = RestAssuredConfig.config()
                .objectMapperConfig(new ObjectMapperConfig().jackson2ObjectMapperFactory((type, charset) -> json));
        RestAssured.requestSpecification = new RequestSpecBuilder().setAccept(ContentType.JSON).build();
        if (!installed) {
            RestAssured.filters(ContractConformance.platform().recorder());
            installed = true;
        }
    }

    private static boolean installed;

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
