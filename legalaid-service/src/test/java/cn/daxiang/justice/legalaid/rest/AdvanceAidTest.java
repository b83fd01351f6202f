package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.acceptedCase;
import static cn.daxiang.justice.legalaid.LegalAidApi.createApplication;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 先行提供法律援助 (法律援助法第四十四条): an application accepted before its materials are complete, on a ground of the law;
 * the later review confirms the aid or ends it (the case TERMINATED, ADVANCE_AID_REFUSED). 城西街道 (430503004000), the
 * year 2023 (ApplicationProfileTest uses 2021 and 2022 there); 翠园街道 (430503005000) is another office.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AdvanceAidTest {

    static final String TOWN = "430503004000";
    static final String OTHER_TOWN = "430503005000";
    static final String CLERK = "township-clerk";

    @Inject
    AgroalDataSource dataSource;

    /** An application received 03-01 of the year waiting for materials since 03-02. */
    static UUID awaitingMaterials(int year) {
        UUID app = createApplication(TOWN, "CIVIL", year + "-03-01");
        as(CLERK, TOWN).body("{\"requestedOn\":\"%d-03-02\",\"materials\":\"劳动合同、工资流水\",\"version\":1}".formatted(year))
                .post(BASE + "/applications/" + app + "/request-materials").then().statusCode(200);
        return app;
    }

    static UUID awaitingMaterials() {
        return awaitingMaterials(2023);
    }

    static JsonPath acceptInAdvance(UUID app, String ground, int status) {
        return acceptInAdvance(app, "2023-03-03", ground, status);
    }

    static JsonPath acceptInAdvance(UUID app, String on, String ground, int status) {
        return as(CLERK, TOWN).body("{\"acceptedOn\":\"%s\",\"advanceGround\":\"%s\",\"version\":2}".formatted(on, ground))
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(status).extract().jsonPath();
    }

    static JsonPath review(UUID caseId, String on, String result, String reason, long version, int status) {
        String because = reason == null ? "" : ",\"reason\":\"" + reason + "\"";
        return as(CLERK, TOWN).body("{\"reviewedOn\":\"%s\",\"result\":\"%s\"%s,\"version\":%d}".formatted(on, result, because, version))
                .post(BASE + "/cases/" + caseId + "/advance-review").then().statusCode(status).extract().jsonPath();
    }

    @Test
    void anApplicationStillAwaitingMaterialsIsAcceptedOnlyOnAGroundOfTheLaw() {
        UUID app = awaitingMaterials();
        as(CLERK, TOWN).body("{\"acceptedOn\":\"2023-03-03\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(409);
        acceptInAdvance(app, "BECAUSE_I_SAY_SO", 400);
        JsonPath c = acceptInAdvance(app, "LIMITATION_NEAR", 201);
        assertEquals("LIMITATION_NEAR", c.getString("advanceGround"));
        assertEquals("ACCEPTED", c.getString("status"));
        assertEquals(null, c.getString("advanceReviewResult"));
        as(CLERK, TOWN).get(BASE + "/applications/" + app).then().statusCode(200).body("status", equalTo("ACCEPTED"));
    }

    @Test
    void aRefusalOnReviewEndsTheAidWithItsReasonAndOnlyOnce() {
        UUID caseId = UUID.fromString(acceptInAdvance(awaitingMaterials(), "URGENT_PRESERVATION", 201).getString("id"));
        as(CLERK, OTHER_TOWN).body("{\"reviewedOn\":\"2023-03-10\",\"result\":\"CONFIRMED\",\"version\":1}")
                .post(BASE + "/cases/" + caseId + "/advance-review").then().statusCode(404);
        assertEquals("reason", review(caseId, "2023-03-10", "REFUSED", null, 1, 400).getString("errors[0].field"));
        assertEquals("reviewedOn", review(caseId, "2023-03-02", "REFUSED", "收入超标", 1, 400).getString("errors[0].field"));
        review(caseId, "2023-03-10", "REFUSED", "补充材料显示家庭收入高于经济困难标准", 2, 412);

        JsonPath ended = review(caseId, "2023-03-10", "REFUSED", "补充材料显示家庭收入高于经济困难标准", 1, 200);
        assertEquals("TERMINATED", ended.getString("status"));
        assertEquals("ADVANCE_AID_REFUSED", ended.getString("terminationReason"));
        assertEquals("2023-03-10", ended.getString("terminatedOn"));
        assertEquals("补充材料显示家庭收入高于经济困难标准", ended.getString("terminationNote"));
        assertEquals("REFUSED", ended.getString("advanceReviewResult"));
        assertEquals(List.of("CREATE", "ADVANCE_REVIEW"), auditActions(dataSource, "LegalAidCase", caseId));
        review(caseId, "2023-03-11", "CONFIRMED", null, 2, 409);
    }

    @Test
    void aConfirmedReviewKeepsTheAidAndOnlyAnAdvanceCaseIsReviewed() {
        UUID caseId = UUID.fromString(acceptInAdvance(awaitingMaterials(), "OTHER_STATUTORY", 201).getString("id"));
        JsonPath kept = review(caseId, "2023-03-09", "CONFIRMED", null, 1, 200);
        assertEquals("ACCEPTED", kept.getString("status"));
        assertEquals("CONFIRMED", kept.getString("advanceReviewResult"));
        assertEquals(null, kept.getString("terminationReason"));

        UUID ordinary = acceptedCase(TOWN, "CIVIL", "2023-03-01", "2023-03-02", null);
        review(ordinary, "2023-03-09", "CONFIRMED", null, 1, 409);
        // the reason is the review's: the terminate action does not take it
        as(CLERK, TOWN).body("{\"terminatedOn\":\"2023-03-09\",\"reason\":\"ADVANCE_AID_REFUSED\",\"version\":1}")
                .post(BASE + "/cases/" + ordinary + "/terminate").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as(CLERK, TOWN).get(BASE + "/cases/" + ordinary).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("advanceGround", nullValue());
    }

    /** The year 2024 is this test's alone. */
    @Test
    void advanceCasesAndTheAidEndedOnReviewAreCounted() {
        UUID refused = UUID.fromString(acceptInAdvance(awaitingMaterials(2024), "2024-03-04", "LIMITATION_NEAR", 201).getString("id"));
        acceptInAdvance(awaitingMaterials(2024), "2024-03-04", "URGENT_PRESERVATION", 201);
        acceptedCase(TOWN, "CIVIL", "2024-03-01", "2024-03-02", null);
        review(refused, "2024-04-03", "REFUSED", "不符合经济困难标准", 1, 200);
        JsonPath march = stats("2024-03-01", "2024-03-31");
        assertEquals(3, march.getInt("metrics.'legalaid.cases.accepted'"));
        assertEquals(2, march.getInt("metrics.'legalaid.cases.advance'"));
        assertEquals(0, march.getInt("metrics.'legalaid.cases.advance.refused'"));
        JsonPath april = stats("2024-04-01", "2024-04-30");
        assertEquals(1, april.getInt("metrics.'legalaid.cases.advance.refused'"));
        assertEquals(1, april.getInt("metrics.'legalaid.cases.terminated'"));
    }

    static JsonPath stats(String from, String to) {
        return as("service", DISTRICT).queryParam("orgUnit", TOWN).queryParam("from", from).queryParam("to", to)
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
    }
}
