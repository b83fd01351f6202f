package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TargetResourceTest {

    static final String PATH = "/api/v1/evaluation/targets";
    static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    static String body(UUID id, int year, String orgUnit, String metric, String value, String extra) {
        return """
                {"id":"%s","year":%d,"orgUnit":"%s","metric":"%s","value":%s%s}
                """.formatted(id, year, orgUnit, metric, value, extra);
    }

    @Test
    void targetLifeCycle() {
        UUID id = UUID.randomUUID();
        // the provincial target of 380 accepted legal-aid cases for Daxiang in 2021
        as("evaluator", DISTRICT)
                .body(body(id, 2021, DISTRICT, "legalaid.cases.accepted", "380", ",\"note\":\"省厅下达2021年法律援助案件任务数\""))
                .post(PATH).then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", startsWith("http"))
                .body("id", equalTo(id.toString())).body("version", equalTo(1))
                .body("year", equalTo(2021)).body("orgUnit", equalTo(DISTRICT))
                .body("metric", equalTo("legalaid.cases.accepted"))
                .body("value", comparesEqualTo(new BigDecimal("380")))
                .body("note", equalTo("省厅下达2021年法律援助案件任务数"));

        as("evaluator", DISTRICT).get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("value", comparesEqualTo(new BigDecimal("380")));

        // a second target for the same year, org unit and metric is a conflict; nothing is stored for it
        UUID duplicate = UUID.randomUUID();
        as("district-admin", DISTRICT).body(body(duplicate, 2021, DISTRICT, "legalaid.cases.accepted", "400", ""))
                .post(PATH).then().statusCode(409).contentType(PROBLEM)
                .body("status", equalTo(409)).body("type", equalTo("urn:judicial-platform:problem:conflict"));
        as("district-admin", DISTRICT).get(PATH + "/" + duplicate).then().statusCode(404);
        assertEquals(0, auditRows(duplicate));

        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, "legalaid.cases.accepted", "390.5", ",\"version\":1"))
                .put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2)).body("value", comparesEqualTo(new BigDecimal("390.50")))
                .body("note", nullValue());

        // a second writer still holding version 1 is told the current version
        as("district-admin", DISTRICT).header("If-Match", "\"1\"")
                .body(body(id, 2021, DISTRICT, "legalaid.cases.accepted", "500", ""))
                .put(PATH + "/" + id).then().statusCode(412).contentType(PROBLEM).body("currentVersion", equalTo(2));
        // and a write naming no version at all is refused
        as("district-admin", DISTRICT).body(body(id, 2021, DISTRICT, "legalaid.cases.accepted", "500", ""))
                .put(PATH + "/" + id).then().statusCode(428).contentType(PROBLEM);

        as("provincial-reader", PROVINCE).get(PATH + "/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("value", comparesEqualTo(new BigDecimal("390.5")));
        as("service", DISTRICT).queryParam("metric", "legalaid.cases.accepted").get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));

        assertEquals(2, auditRows(id));
        assertEquals(1, auditRows(id, "CREATE"));
        assertEquals(1, auditRows(id, "UPDATE"));
    }

    @Test
    void updateOntoAnotherTargetsYearOrgUnitAndMetricIsAConflict() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        as("evaluator", DISTRICT).body(body(first, 2024, DISTRICT, "mediation.disputes.mediated", "250", "")).post(PATH)
                .then().statusCode(201);
        as("evaluator", DISTRICT).body(body(second, 2024, DISTRICT, "mediation.disputes.succeeded", "240", "")).post(PATH)
                .then().statusCode(201);
        as("evaluator", DISTRICT).body(body(second, 2024, DISTRICT, "mediation.disputes.mediated", "240", ",\"version\":1"))
                .put(PATH + "/" + second).then().statusCode(409).contentType(PROBLEM);
        as("evaluator", DISTRICT).get(PATH + "/" + second).then().statusCode(200)
                .body("version", equalTo(1)).body("metric", equalTo("mediation.disputes.succeeded"));
        assertEquals(1, auditRows(second));
    }

    @Test
    void onlyEvaluatorsAndDistrictAdminsWrite() {
        UUID luoshi = UUID.randomUUID();
        UUID caie = UUID.randomUUID();
        as("district-admin", DISTRICT).body(body(luoshi, 2021, LUOSHI, "corrections.investigations.completed", "60", ""))
                .post(PATH).then().statusCode(201);
        as("evaluator", DISTRICT).body(body(caie, 2021, CAIE, "corrections.investigations.completed", "70", ""))
                .post(PATH).then().statusCode(201);

        as("township-clerk", LUOSHI).body(body(UUID.randomUUID(), 2022, LUOSHI, "corrections.investigations.completed", "60", ""))
                .post(PATH).then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        as("township-clerk", LUOSHI).body(body(luoshi, 2021, LUOSHI, "corrections.investigations.completed", "1", ",\"version\":1"))
                .put(PATH + "/" + luoshi).then().statusCode(403).contentType(PROBLEM);
        as("provincial-reader", PROVINCE).body(body(UUID.randomUUID(), 2022, LUOSHI, "corrections.investigations.completed", "60", ""))
                .post(PATH).then().statusCode(403).contentType(PROBLEM);
        as("service", DISTRICT).body(body(UUID.randomUUID(), 2022, LUOSHI, "corrections.investigations.completed", "60", ""))
                .post(PATH).then().statusCode(403).contentType(PROBLEM);
        // an evaluator acting for one township cannot set another's target
        as("evaluator", LUOSHI).body(body(UUID.randomUUID(), 2022, CAIE, "corrections.investigations.completed", "60", ""))
                .post(PATH).then().statusCode(403).contentType(PROBLEM);

        // clerks read their own office's targets only; another office's answers 404
        as("township-clerk", LUOSHI).get(PATH + "/" + luoshi).then().statusCode(200).body("version", equalTo(1));
        as("township-clerk", LUOSHI).get(PATH + "/" + caie).then().statusCode(404).contentType(PROBLEM);
        as("township-clerk", LUOSHI).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(luoshi.toString()))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)));
        as("provincial-reader", PROVINCE).queryParam("orgUnit", CAIE).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(caie.toString()))
                .body("items.orgUnit", everyItem(equalTo(CAIE)));
        assertEquals(1, auditRows(luoshi));
    }

    @Test
    void listFiltersByYear() {
        UUID y2022 = UUID.randomUUID();
        UUID y2023 = UUID.randomUUID();
        as("evaluator", DISTRICT).body(body(y2022, 2022, DISTRICT, "legalaid.consultations.total", "1000", "")).post(PATH)
                .then().statusCode(201);
        as("evaluator", DISTRICT).body(body(y2023, 2023, DISTRICT, "legalaid.consultations.total", "1100", "")).post(PATH)
                .then().statusCode(201);

        as("evaluator", DISTRICT).queryParam("year", 2022).get(PATH).then().statusCode(200)
                .body("items.year", everyItem(equalTo(2022)))
                .body("items.id", hasItem(y2022.toString()))
                .body("items.id", not(hasItem(y2023.toString())))
                .body("page", equalTo(0)).body("size", equalTo(20));

        as("provincial-reader", PROVINCE).queryParam("metric", "legalaid.consultations.total")
                .queryParam("sort", "year,asc").get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", equalTo(java.util.List.of(y2022.toString(), y2023.toString())));

        as("evaluator", DISTRICT).queryParam("sort", "value,asc").get(PATH).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("sort"));
        as("evaluator", DISTRICT).queryParam("year", "twenty").get(PATH).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        String metric = "legalaid.cases.closed";
        as("evaluator", DISTRICT).body(body(id, 1800, DISTRICT, metric, "380", "")).post(PATH).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("year"));
        as("evaluator", DISTRICT).body(body(id, 2101, DISTRICT, metric, "380", "")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("year"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, metric, "-1", "")).post(PATH).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("value"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, metric, "1.234", "")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("value"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, metric, "null", "")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("value"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, "Bad Metric", "380", "")).post(PATH).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("metric"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, "legalaid", "380", "")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("metric"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, "a." + "b".repeat(100), "380", "")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("metric"));
        as("evaluator", DISTRICT).body(body(id, 2021, "430503999000", metric, "380", "")).post(PATH).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("orgUnit"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, metric, "380", ",\"colour\":\"red\"")).post(PATH).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("colour"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, metric, "\"many\"", "")).post(PATH).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("value"));
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, metric, "380", ",\"note\":\"" + "注".repeat(501) + "\""))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("note"));
        as("evaluator", DISTRICT).queryParam("size", 201).get(PATH).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("size"));

        as("evaluator", DISTRICT).get(PATH + "/" + id).then().statusCode(404).contentType(PROBLEM);
        as("evaluator", DISTRICT).queryParam("metric", metric).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        assertEquals(0, auditRows(id));
    }

    @Test
    void aControlCharacterInTextOrInAFilterIsRefusedNamingItAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        as("evaluator", DISTRICT).body(body(id, 2021, DISTRICT, "legalaid.cases.closed", "380", ",\"note\":\"省厅下达\\u0000\""))
                .post(PATH).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("note"));
        assertEquals(0, auditRows(id));
        as("evaluator", DISTRICT).urlEncodingEnabled(false).queryParam("metric", "legalaid.cases%00").get(PATH).then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("metric"));
    }

    long auditRows(UUID id) {
        return count("SELECT count(*) FROM audit_log WHERE entity_type = 'Target' AND entity_id = ?", id.toString());
    }

    long auditRows(UUID id, String action) {
        return count("SELECT count(*) FROM audit_log WHERE entity_type = 'Target' AND entity_id = ? AND action = ?",
                id.toString(), action);
    }

    long count(String sql, String... parameters) {
        return Rows.count(dataSource, sql, (Object[]) parameters);
    }
}
