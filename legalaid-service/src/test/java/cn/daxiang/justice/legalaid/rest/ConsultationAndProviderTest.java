package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import cn.daxiang.justice.legalaid.LegalAidApi;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.createProvider;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Consultations, providers and the dated service-point network. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ConsultationAndProviderTest {

    static final String CONSULTATIONS = BASE + "/consultations";
    static final String PROVIDERS = BASE + "/providers";

    @Inject
    AgroalDataSource dataSource;

    static String consultation(UUID id, String orgUnit, String channel, String on, String extra) {
        return "{\"id\":\"%s\",\"orgUnit\":\"%s\",\"consultedOn\":\"%s\",\"channel\":\"%s\",\"topic\":\"土地承包经营权流转\"%s}"
                .formatted(id, orgUnit, on, channel, extra);
    }

    @Test
    void consultationsAreRecordedVersionedAndScoped() {
        UUID id = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "HOTLINE_12348", "2024-08-01", "")).post(CONSULTATIONS)
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("channel", equalTo("HOTLINE_12348")).body("consultedOn", equalTo("2024-08-01")).body("version", equalTo(1));
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "VISIT", "2024-08-01", ",\"version\":1")).put(CONSULTATIONS + "/" + id)
                .then().statusCode(200).body("channel", equalTo("VISIT")).body("version", equalTo(2));
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "ONLINE", "2024-08-01", ",\"version\":1")).put(CONSULTATIONS + "/" + id)
                .then().statusCode(412).body("currentVersion", equalTo(2));
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "ONLINE", "2024-08-01", "")).put(CONSULTATIONS + "/" + id)
                .then().statusCode(428);
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "ONLINE", "2024-08-01", "")).post(CONSULTATIONS)
                .then().statusCode(409);

        UUID theirs = UUID.randomUUID();
        as("township-clerk", CAIE).body(consultation(theirs, CAIE, "ONLINE", "2024-08-02", "")).post(CONSULTATIONS).then().statusCode(201);
        as("township-clerk", LUOSHI).get(CONSULTATIONS + "/" + theirs).then().statusCode(404);
        as("township-clerk", LUOSHI).body(consultation(theirs, CAIE, "VISIT", "2024-08-02", ",\"version\":1"))
                .put(CONSULTATIONS + "/" + theirs).then().statusCode(404);
        as("township-clerk", LUOSHI).queryParam("size", 200).get(CONSULTATIONS).then().statusCode(200)
                .body("items.id", hasItem(id.toString())).body("items.id", not(hasItem(theirs.toString())))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)));
        admin().queryParam("channel", "VISIT").queryParam("consultedFrom", "2024-08-01").queryParam("consultedTo", "2024-08-01")
                .queryParam("size", 200).get(CONSULTATIONS).then().statusCode(200)
                .body("items.id", hasItem(id.toString())).body("items.channel", everyItem(equalTo("VISIT")));
        admin().queryParam("consultedFrom", "2024-08-02").queryParam("size", 200).get(CONSULTATIONS).then().statusCode(200)
                .body("items.id", hasItem(theirs.toString())).body("items.id", not(hasItem(id.toString())));
        as("provincial-reader", PROVINCE).get(CONSULTATIONS + "/" + theirs).then().statusCode(200);
        as("provincial-reader", PROVINCE).body(consultation(UUID.randomUUID(), LUOSHI, "VISIT", "2024-08-02", ""))
                .post(CONSULTATIONS).then().statusCode(403);
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Consultation", id));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Consultation", theirs));
    }

    @Test
    void badConsultationsAreRefused() {
        UUID id = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "LETTER", "2024-08-01", "")).post(CONSULTATIONS)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("channel"));
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "VISIT", "2999-08-01", "")).post(CONSULTATIONS)
                .then().statusCode(400).body("errors.field", hasItem("consultedOn"));
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "VISIT", "2024-08-01", "").replace("土地承包经营权流转", " "))
                .post(CONSULTATIONS).then().statusCode(400).body("errors.field", hasItem("topic"));
        as("district-admin", DISTRICT).body(consultation(id, "430503999000", "VISIT", "2024-08-01", "")).post(CONSULTATIONS)
                .then().statusCode(400).body("errors.field", hasItem("orgUnit"));
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "VISIT", "2024-08-01", ",\"caller\":\"x\"")).post(CONSULTATIONS)
                .then().statusCode(400).body("errors.field", hasItem("caller"));
        as("township-clerk", LUOSHI).queryParam("consultedFrom", "yesterday").get(CONSULTATIONS).then().statusCode(400)
                .contentType("application/problem+json");
        assertEquals(0, count(dataSource, "SELECT count(*) FROM consultation WHERE id = ?", id));
        assertEquals(List.of(), auditActions(dataSource, "Consultation", id));
    }

    @Test
    void aControlCharacterInAnyTextIsRefusedNamingTheFieldAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(consultation(id, LUOSHI, "VISIT", "2024-08-01", "").replace("土地承包经营权流转", "土地\\u0000流转"))
                .post(CONSULTATIONS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("topic"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM consultation WHERE id = ?", id));
        UUID application = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(LegalAidApi.applicationBody(application, LUOSHI, "CIVIL", "2024-08-01",
                        IdNumbers.valid("43050319800101123")).replace("张三丰", "张\\u0000三丰"))
                .post(BASE + "/applications").then().statusCode(400).body("errors.field", hasItem("applicantName"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM application WHERE id = ?", application));
    }

    @Test
    void providersCarryTheSeniorFlagAndSpecialties() {
        UUID id = createProvider(DISTRICT, false);
        admin().get(PROVIDERS + "/" + id).then().statusCode(200)
                .body("kind", equalTo("LAWYER")).body("senior", equalTo(false))
                .body("specialties", contains("婚姻家庭", "刑事辩护")).body("licenceNumber", equalTo("14305201010123456"));
        admin().body("""
                {"orgUnit":"%s","kind":"LAWYER","name":"李律师","firm":"湖南某律师事务所","specialties":["刑事辩护"],
                 "senior":true,"version":1}""".formatted(DISTRICT)).put(PROVIDERS + "/" + id).then().statusCode(200)
                .body("senior", equalTo(true)).body("version", equalTo(2)).body("specialties", contains("刑事辩护"));
        // a township clerk sees neither the district's providers nor another township's
        UUID caie = createProvider(CAIE, false);
        as("township-clerk", LUOSHI).get(PROVIDERS + "/" + id).then().statusCode(404);
        as("township-clerk", LUOSHI).get(PROVIDERS + "/" + caie + "/workload").then().statusCode(404);
        as("township-clerk", CAIE).get(PROVIDERS + "/" + caie + "/workload").then().statusCode(200)
                .body("open", equalTo(0)).body("years.size()", equalTo(0));
        admin().queryParam("orgUnit", CAIE).queryParam("size", 200).get(PROVIDERS).then().statusCode(200)
                .body("items.id", hasItem(caie.toString())).body("items.orgUnit", everyItem(equalTo(CAIE)));

        String bad = "{\"orgUnit\":\"%s\",\"kind\":\"%s\",\"name\":\"%s\",\"specialties\":[%s]}";
        admin().body(bad.formatted(DISTRICT, "JUDGE", "王", "")).post(PROVIDERS).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        admin().body(bad.formatted(DISTRICT, "LAWYER", " ", "")).post(PROVIDERS).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        admin().body(bad.formatted(DISTRICT, "LAWYER", "王", "\" \"")).post(PROVIDERS).then().statusCode(400)
                .contentType("application/problem+json");
        admin().body(bad.formatted(DISTRICT, "LAWYER", "王", "").replace("}", ",\"senior\":\"yes\"}")).post(PROVIDERS)
                .then().statusCode(400);
        as("provincial-reader", PROVINCE).body(bad.formatted(DISTRICT, "LAWYER", "王", "")).post(PROVIDERS).then().statusCode(403);
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Provider", id));
    }

    @Test
    void servicePointsAreCountedOnTheDayTheyWereOpen() {
        String path = BASE + "/service-points";
        String point = "{\"orgUnit\":\"%s\",\"level\":\"WORK_POINT\",\"name\":\"村工作点\",\"status\":\"%s\"%s}";
        admin().body(point.formatted(LUOSHI, "OPEN", ",\"closedOn\":\"2020-12-31\"")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("closedOn"));
        admin().body(point.formatted(LUOSHI, "CLOSED", ",\"openedOn\":\"2020-12-31\",\"closedOn\":\"2020-01-01\""))
                .post(path).then().statusCode(400).body("errors.field", hasItem("closedOn"));

        long before2019 = workPoints("2019-12-31");
        long before2020 = workPoints("2020-06-30");
        long before2021 = workPoints("2021-06-30");
        admin().body(point.formatted(LUOSHI, "CLOSED", ",\"openedOn\":\"2020-01-01\",\"closedOn\":\"2020-12-31\""))
                .post(path).then().statusCode(201).body("openedOn", equalTo("2020-01-01")).body("closedOn", equalTo("2020-12-31"));
        admin().body(point.formatted(LUOSHI, "OPEN", ",\"openedOn\":\"2021-01-01\"")).post(path).then().statusCode(201);
        assertEquals(before2019, workPoints("2019-12-31"));
        assertEquals(before2020 + 1, workPoints("2020-06-30"));
        assertEquals(before2021 + 1, workPoints("2021-06-30"));
    }

    @Test
    void everyOperationIsDocumented() {
        String doc = io.restassured.RestAssured.get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        for (String operation : List.of("createApplication", "listApplications", "getApplication", "updateApplication",
                "acceptApplication", "refuseApplication", "requestApplicationMaterials", "receiveApplicationMaterials",
                "listCases", "getCase", "assignCase", "recordCaseHearing", "closeCase", "terminateCase",
                "createCaseReview", "listCaseReviews", "createCaseFollowUp", "listCaseFollowUps",
                "createProvider", "listProviders", "getProvider", "updateProvider", "getProviderWorkload",
                "createConsultation", "listConsultations", "getConsultation", "updateConsultation",
                "getLegalAidStats", "getLegalAidStatsCatalog")) {
            org.junit.jupiter.api.Assertions.assertTrue(doc.contains("\"operationId\" : \"" + operation + "\"")
                    || doc.contains("\"operationId\":\"" + operation + "\""), operation);
        }
        // enum labels in Chinese travel with the schemas
        org.junit.jupiter.api.Assertions.assertTrue(doc.contains("PLEA_WITNESS 认罪认罚见证"));
        org.junit.jupiter.api.Assertions.assertTrue(doc.contains("CENTER 总查"));
    }

    static long workPoints(String to) {
        return as("evaluator", DISTRICT).queryParam("orgUnit", LUOSHI).queryParam("to", to)
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath()
                .getLong("metrics.'legalaid.servicePoints.workPoints'");
    }
}
