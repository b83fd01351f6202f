package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Indicator definitions, validation rules and manual figures through the API. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class DefinitionResourceTest {

    static final String INDICATORS = "/api/v1/evaluation/indicators";
    static final String RULES = "/api/v1/evaluation/rules";
    static final String FIGURES = "/api/v1/evaluation/manual-figures";
    static final String PROBLEM = "application/problem+json";

    static String indicator(UUID id, String code, String numerator, String denominator, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","code":"%s","nameZh":"测试指标","nameEn":"Test indicator","numerator":"%s",
                 "denominator":"%s","factor":100,"decimals":1,"unit":"%%","direction":"HIGHER_IS_BETTER",
                 "grades":[{"grade":"优秀","bound":95}],"weight":10%s}
                """.formatted(id, DISTRICT, code, numerator, denominator, extra);
    }

    @Test
    void theDefaultsCoverTheSeed() {
        as("township-clerk", LUOSHI).queryParam("size", 200).get(INDICATORS).then().statusCode(200)
                .body("items.code", hasItems("LEGALAID_TASK_COMPLETION_RATE", "MEDIATION_SUCCESS_RATE",
                        "RESETTLEMENT_KEY_TARGET_TEAM_RATE", "RESETTLEMENT_HANDOVER_RATE", "LEGALAID_QUALITY_PASS_RATE",
                        "RECONSIDERATION_CLOSURE_RATE", "NORMATIVE_DOCUMENT_FILING_RATE", "CORRECTIONS_ACTIVE",
                        "CORRECTIONS_RECEIVED", "CORRECTIONS_RELEASED", "CORRECTIONS_INVESTIGATIONS",
                        "CORRECTIONS_EDUCATION_PERSON_TIMES", "LEGALAID_CONSULTATIONS", "LEGALAID_SERVICE_POINTS",
                        "TRAINING_SESSIONS", "TRAINING_ATTENDANCES"));
        as("provincial-reader", PROVINCE).queryParam("code", "LEGALAID_TASK_COMPLETION_RATE").get(INDICATORS).then()
                .statusCode(200).body("items", hasSize(1))
                .body("items[0].numerator", equalTo("legalaid.cases.accepted"))
                .body("items[0].denominator", equalTo("target:legalaid.cases.accepted"))
                .body("items[0].factor", equalTo(100)).body("items[0].version", equalTo(1));
        as("township-clerk", LUOSHI).queryParam("size", 200).get(RULES).then().statusCode(200)
                .body("items.code", hasItems("CORRECTIONS_ACTIVE_BY_TYPE", "MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED",
                        "LEGALAID_ACCEPTED_BY_CATEGORY", "RECONSIDERATION_CONCLUDED_NOT_ABOVE_RECEIVED"));
    }

    @Test
    void anIndicatorIsVersionedByPut() {
        UUID id = UUID.randomUUID();
        as("evaluator", DISTRICT).body(indicator(id, "TEST_FOLLOW_UP_RATE", "legalaid.followUps.satisfied", "legalaid.followUps", ""))
                .post(INDICATORS).then().statusCode(201).header("ETag", "\"1\"")
                .body("version", equalTo(1)).body("grades[0].grade", equalTo("优秀")).body("active", equalTo(true));
        as("district-admin", DISTRICT).body(indicator(id, "TEST_FOLLOW_UP_RATE", "legalaid.followUps.satisfied * 1",
                        "legalaid.followUps", ",\"version\":1"))
                .put(INDICATORS + "/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("numerator", equalTo("legalaid.followUps.satisfied * 1"));
        as("evaluator", DISTRICT).body(indicator(id, "TEST_FOLLOW_UP_RATE", "legalaid.followUps", "legalaid.followUps", ",\"version\":1"))
                .put(INDICATORS + "/" + id).then().statusCode(412).body("currentVersion", equalTo(2));
        as("evaluator", DISTRICT).body(indicator(id, "TEST_RENAMED", "legalaid.followUps", "legalaid.followUps", ",\"version\":2"))
                .put(INDICATORS + "/" + id).then().statusCode(400).body("errors.field", hasItem("code"));
        as("provincial-reader", PROVINCE).get(INDICATORS + "/" + id + "/versions").then().statusCode(200)
                .body("items.version", equalTo(java.util.List.of(1, 2)))
                .body("items[0].definition.numerator", equalTo("legalaid.followUps.satisfied"))
                .body("items[1].definition.numerator", equalTo("legalaid.followUps.satisfied * 1"));
        // the same code twice is a conflict
        as("evaluator", DISTRICT).body(indicator(UUID.randomUUID(), "TEST_FOLLOW_UP_RATE", "a.b", "c.d", ""))
                .post(INDICATORS).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void malformedExpressionsAreA400NamingTheField() {
        UUID id = UUID.randomUUID();
        as("evaluator", DISTRICT).body(indicator(id, "TEST_BAD", "legalaid.cases.accepted /", "1", ""))
                .post(INDICATORS).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("numerator"));
        as("evaluator", DISTRICT).body(indicator(id, "TEST_BAD", "legalaid.cases.accepted", "(1 + legalaid", ""))
                .post(INDICATORS).then().statusCode(400).body("errors.field", hasItem("denominator"))
                .body("errors.field", not(hasItem("numerator")));
        as("evaluator", DISTRICT).body(indicator(id, "bad code", "a.b", "1", "")).post(INDICATORS).then()
                .statusCode(400).body("errors.field", hasItem("code"));
        as("evaluator", DISTRICT).body(indicator(id, "TEST_BAD", "a.b", "1", "").replace("HIGHER_IS_BETTER", "UP"))
                .post(INDICATORS).then().statusCode(400);
        as("evaluator", DISTRICT).body("""
                {"orgUnit":"%s","code":"TEST_BAD_RULE","left":"a.b","operator":"<=","right":"c.d +","severity":"ERROR","message":"说明"}
                """.formatted(DISTRICT)).post(RULES).then().statusCode(400).body("errors.field", hasItem("right"));
        as("evaluator", DISTRICT).body("""
                {"orgUnit":"%s","code":"TEST_BAD_RULE","left":"a.b","operator":"=<","right":"c.d","severity":"ERROR","message":"说明"}
                """.formatted(DISTRICT)).post(RULES).then().statusCode(400);
        as("evaluator", DISTRICT).get(INDICATORS + "/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aRuleIsVersionedAndAcceptsSymbols() {
        UUID id = UUID.randomUUID();
        String body = """
                {"id":"%s","orgUnit":"%s","code":"TEST_FOLLOW_UPS_SATISFIED","left":"legalaid.followUps.satisfied",
                 "operator":"%s","right":"legalaid.followUps","severity":"%s","message":"满意回访数不能超过回访数"%s}
                """;
        as("evaluator", DISTRICT).body(body.formatted(id, DISTRICT, "<=", "WARNING", "")).post(RULES).then().statusCode(201)
                .body("operator", equalTo("LESS_THAN_OR_EQUAL_TO")).body("operatorSymbol", equalTo("<="))
                .body("version", equalTo(1));
        as("evaluator", DISTRICT).body(body.formatted(id, DISTRICT, "LESS_THAN", "ERROR", ",\"version\":1"))
                .put(RULES + "/" + id).then().statusCode(200).body("version", equalTo(2)).body("severity", equalTo("ERROR"));
        as("evaluator", DISTRICT).get(RULES + "/" + id + "/versions").then().statusCode(200)
                .body("items.definition.operator", equalTo(java.util.List.of("LESS_THAN_OR_EQUAL_TO", "LESS_THAN")));
        as("township-clerk", LUOSHI).body(body.formatted(UUID.randomUUID(), LUOSHI, "<=", "ERROR", "")).post(RULES)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void manualFigures() {
        UUID id = UUID.randomUUID();
        String body = """
                {"id":"%s","metric":"reconsideration.received","orgUnit":"%s","from":"2020-06-01","to":"2020-12-31","value":%s%s}
                """;
        as("evaluator", DISTRICT).body(body.formatted(id, CAIE, "15", "")).post(FIGURES).then().statusCode(201)
                .body("version", equalTo(1)).body("createdBy", equalTo("evaluator@" + DISTRICT))
                .body("value", equalTo(15)).body("from", equalTo("2020-06-01"));
        as("district-admin", DISTRICT).body(body.formatted(UUID.randomUUID(), CAIE, "16", "")).post(FIGURES).then()
                .statusCode(409).contentType(PROBLEM);
        as("district-admin", DISTRICT).body(body.formatted(id, CAIE, "16", ",\"version\":1")).put(FIGURES + "/" + id).then()
                .statusCode(200).body("version", equalTo(2)).body("updatedBy", equalTo("district-admin@" + DISTRICT));
        as("evaluator", DISTRICT).body(body.formatted(UUID.randomUUID(), CAIE, "-1", "")).post(FIGURES).then()
                .statusCode(400).body("errors.field", hasItem("value"));
        as("evaluator", DISTRICT).body(body.formatted(UUID.randomUUID(), CAIE, "1", "").replace("2020-06-01", "2021-06-01"))
                .post(FIGURES).then().statusCode(400).body("errors.field", hasItem("from"));
        for (String role : java.util.List.of("township-clerk", "provincial-reader", "service")) {
            as(role, CAIE).body(body.formatted(UUID.randomUUID(), CAIE, "1", "").replace("2020-06-01", "2020-07-01"))
                    .post(FIGURES).then().statusCode(403);
        }
        as("township-clerk", CAIE).get(FIGURES + "/" + id).then().statusCode(200).body("value", equalTo(16));
        as("township-clerk", LUOSHI).get(FIGURES + "/" + id).then().statusCode(404);
        as("township-clerk", CAIE).queryParam("metric", "reconsideration.received").get(FIGURES).then().statusCode(200)
                .body("items.id", hasItem(id.toString())).body("items.orgUnit", everyItem(equalTo(CAIE)));
        as("provincial-reader", PROVINCE).queryParam("from", "2021-01-01").queryParam("orgUnit", CAIE).get(FIGURES).then()
                .statusCode(200).body("items.id", not(hasItem(id.toString())));
        as("evaluator", DISTRICT).queryParam("sort", "value,asc").get(FIGURES).then().statusCode(400)
                .body("detail", containsString("排序"));
    }
}
