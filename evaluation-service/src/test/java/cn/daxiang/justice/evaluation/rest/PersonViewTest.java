package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import cn.daxiang.justice.evaluation.LineStubs;
import cn.daxiang.justice.kit.person.PersonKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/persons/{hash}} (issue 22) with the lines stubbed at the REST boundary: each line is asked with
 * the caller's own token, a line that fails is marked unavailable, and the read is in the access log.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class PersonViewTest {

    static final String HASH = "q5Xq3d0y7Q2rJcXQGd3mJmH5nYkqk8b4h1cX0y2t9wE";
    static final String SUBJECT_ID = "0b8f5d1e-3c4a-4f7e-9a55-0a1b2c3d4e5f";
    static final String APPLICATION_ID = "7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6";
    static final String PERSONS = "/api/v1/persons/";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonKeys keys;

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static String token(String role, String orgUnit) {
        return DevTokens.token(role + "@" + orgUnit, role, orgUnit);
    }

    static String record(String type, String id, String line, String orgUnit, String role, String name) {
        return """
                {"recordType":"%s","id":"%s","href":"/api/v1/%s/%s/%s","orgUnit":"%s","role":"%s","name":"%s",
                 "updatedAt":"2021-10-08T02:00:00Z"}""".formatted(type, id, line, type, id, orgUnit, role, name);
    }

    /** The line answers these records, but only to a request carrying exactly {@code token}. */
    static void line(String line, String token, String... records) {
        lineFor(HASH, line, token, records);
    }

    static void lineFor(String hash, String line, String token, String... records) {
        LineStubs.server().stubFor(get(urlPathEqualTo("/api/v1/" + line + "/persons/" + hash))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson("{\"hash\":\"" + hash + "\",\"records\":[" + String.join(",", records) + "]}")));
    }

    /** Corrections and legal aid answer one record each (or none: null), mediation none. */
    static void lines(String token, String corrections, String legalAid) {
        line("corrections", token, corrections == null ? new String[0] : new String[]{corrections});
        line("mediation", token);
        line("legal-aid", token, legalAid == null ? new String[0] : new String[]{legalAid});
    }

    static JsonPath view(String token) {
        return RestAssured.given().auth().oauth2(token).get(PERSONS + HASH).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void theLinesHoldingRecordsAreListedWithLinksAsEachLineAnsweredTheCallersOwnToken() {
        String admin = token("district-admin", DISTRICT);
        lines(admin, record("subjects", SUBJECT_ID, "corrections", LUOSHI, "SUBJECT", "张三丰"),
                record("applications", APPLICATION_ID, "legal-aid", DISTRICT, "APPLICANT", "张三丰"));

        JsonPath view = view(admin);
        assertEquals(List.of("CORRECTIONS", "LEGAL_AID"), view.getList("heldBy"));
        assertTrue(view.getBoolean("complete"));
        assertEquals("/api/v1/corrections/subjects/" + SUBJECT_ID,
                view.getString("lines.find { it.line == 'CORRECTIONS' }.records[0].href"));
        assertEquals("社区矫正", view.getString("lines.find { it.line == 'CORRECTIONS' }.label"));
        assertEquals(List.of(), view.getList("lines.find { it.line == 'MEDIATION' }.records"));
        // never the evaluation service's own token: each line decides by the caller's scope
        for (String path : List.of("corrections", "mediation", "legal-aid")) {
            LineStubs.server().verify(1, getRequestedFor(urlPathEqualTo("/api/v1/" + path + "/persons/" + HASH))
                    .withHeader("Authorization", equalTo("Bearer " + admin)));
        }
    }

    @Test
    void aClerkOfAnotherOfficeSeesWhatTheLinesGiveItNothingAndAReaderTheMaskedNames() {
        String clerk = token("township-clerk", "430503202000");
        lines(clerk, null, null);
        JsonPath nothing = view(clerk);
        assertEquals(List.of(), nothing.getList("heldBy"));
        assertTrue(nothing.getBoolean("complete"));

        String reader = token("provincial-reader", "430000000000");
        lines(reader, record("subjects", SUBJECT_ID, "corrections", LUOSHI, "SUBJECT", "张*丰"), null);
        assertEquals("张*丰", view(reader).getString("lines.find { it.line == 'CORRECTIONS' }.records[0].name"));
    }

    @Test
    void aLineThatFailsIsMarkedUnavailableAndTheOthersStillAnswer() {
        String admin = token("district-admin", DISTRICT);
        line("corrections", admin, record("subjects", SUBJECT_ID, "corrections", LUOSHI, "SUBJECT", "张三丰"));
        line("mediation", admin);
        LineStubs.server().stubFor(get(urlPathEqualTo("/api/v1/legal-aid/persons/" + HASH)).willReturn(aResponse().withStatus(500)));

        JsonPath view = view(admin);
        assertEquals(false, view.getBoolean("complete"));
        assertEquals(List.of("CORRECTIONS"), view.getList("heldBy"));
        Map<String, Object> legalAid = view.getMap("lines.find { it.line == 'LEGAL_AID' }");
        assertEquals("UNAVAILABLE", legalAid.get("status"));
        assertTrue(String.valueOf(legalAid.get("reason")).contains("HTTP 500"), String.valueOf(legalAid.get("reason")));
        assertEquals(List.of(), legalAid.get("records"));
    }

    @Test
    void aViewThatFindsNothingIsStillInTheAccessLogAsASearchByHash() {
        String clerk = token("township-clerk", LUOSHI);
        lines(clerk, null, null);
        String probes = "SELECT count(*) FROM evaluation.access_log WHERE operation = 'getPerson' AND search = ARRAY['hash']::varchar[]"
                + " AND cardinality(record_ids) = 0";
        long before = Rows.count(dataSource, probes);
        assertEquals(List.of(), view(clerk).getList("heldBy"));
        assertEquals(before + 1, Rows.count(dataSource, probes), "who looked for a person is logged, found or not");
    }

    @Test
    void theReadIsInTheAccessLogWithTheRecordIds() {
        String admin = token("district-admin", DISTRICT);
        lines(admin, record("subjects", SUBJECT_ID, "corrections", LUOSHI, "SUBJECT", "张三丰"),
                record("applications", APPLICATION_ID, "legal-aid", DISTRICT, "APPLICANT", "张三丰"));
        long before = Rows.count(dataSource, "SELECT count(*) FROM evaluation.access_log WHERE operation = 'getPerson'");
        view(admin);
        assertEquals(before + 1, Rows.count(dataSource, "SELECT count(*) FROM evaluation.access_log WHERE operation = 'getPerson'"
                + " AND record_ids @> ARRAY[?::uuid, ?::uuid]", SUBJECT_ID, APPLICATION_ID));
    }

    @Test
    void somethingThatIsNotAHashIs400AndNoLineIsAsked() {
        RestAssured.given().auth().oauth2(token("district-admin", DISTRICT)).get(PERSONS + "430503199001011234")
                .then().statusCode(400).contentType(containsString("problem+json")).body("title", containsString("请求"));
        assertEquals(0, LineStubs.server().findAll(getRequestedFor(urlPathEqualTo("/api/v1/corrections/persons/430503199001011234"))).size());
    }

    @Test
    void theEvaluationServicesOwnRoleCannotReadAPerson() {
        RestAssured.given().auth().oauth2(token("service", DISTRICT)).get(PERSONS + HASH).then().statusCode(403);
        RestAssured.given().get(PERSONS + HASH).then().statusCode(401);
    }

    @Test
    void aLookupByTheNumberInTheBodyAsksTheLinesByItsHashAndIsInTheAccessLogWithoutTheNumber() {
        String admin = token("district-admin", DISTRICT);
        String number = "43050319900101009X";
        String hash = keys.hash(number);
        lineFor(hash, "corrections", admin, record("subjects", SUBJECT_ID, "corrections", LUOSHI, "SUBJECT", "张三丰"));
        lineFor(hash, "mediation", admin);
        lineFor(hash, "legal-aid", admin);
        long before = Rows.count(dataSource, "SELECT count(*) FROM evaluation.access_log WHERE operation = 'lookupPerson'");

        JsonPath view = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"idNumber\":\"" + number.toLowerCase() + "\"}").post(PERSONS + "lookup")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(hash, view.getString("hash"));
        assertEquals(List.of("CORRECTIONS"), view.getList("heldBy"));
        assertEquals(before + 1, Rows.count(dataSource, "SELECT count(*) FROM evaluation.access_log WHERE operation = 'lookupPerson'"
                + " AND record_ids @> ARRAY[?::uuid] AND path NOT LIKE ?", SUBJECT_ID, "%" + number + "%"));
        assertEquals(0, LineStubs.server().findAll(getRequestedFor(urlPathEqualTo("/api/v1/corrections/persons/" + number))).size());
    }

    @Test
    void aLookupWithAnInvalidNumberIs400AndAsksNoLine() {
        int before = LineStubs.server().getAllServeEvents().size();
        RestAssured.given().auth().oauth2(token("district-admin", DISTRICT)).contentType(ContentType.JSON)
                .body("{\"idNumber\":\"430503199001010010\"}").post(PERSONS + "lookup")
                .then().statusCode(400).contentType(containsString("problem+json"))
                .body("errors[0].field", containsString("idNumber"))
                .body(org.hamcrest.Matchers.not(containsString("430503199001010010")));
        RestAssured.given().auth().oauth2(token("district-admin", DISTRICT)).contentType(ContentType.JSON)
                .body("{}").post(PERSONS + "lookup").then().statusCode(400);
        assertEquals(before, LineStubs.server().getAllServeEvents().size());
    }
}
