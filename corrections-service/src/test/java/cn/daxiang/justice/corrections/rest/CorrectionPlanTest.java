package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.delta;
import static cn.daxiang.justice.corrections.rest.CorrectionsDeadlinesTest.stats;
import static cn.daxiang.justice.corrections.rest.SupervisionRecordTest.with;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.batch;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.upload;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Correction plans (矫正方案, 社区矫正法 第二十四条) through the API and sync: versions numbered without gaps per subject
 * (also under concurrent writers), the current plan, no change to a superseded one, the adjustment's reason, dates against
 * the subject and the previous version, scope, masking, no changes once the correction has ended, the feed, a transfer,
 * the file's index and the stats.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CorrectionPlanTest {

    static final String PLANS = BASE + "/plans";
    static final LocalDate INTAKE = LocalDate.of(2021, 2, 1);

    @Inject
    AgroalDataSource dataSource;

    static String newSubject(String town) {
        return TestData.newSubject(town, "PAROLE", INTAKE);
    }

    static Map<String, Object> plan(String drawnUpOn, String adjustmentReason) {
        return map("drawnUpOn", drawnUpOn, "riskLevel", "MEDIUM", "riskAssessment", "初犯，认罪悔罪，家庭支持",
                "supervisionMeasures", "每周电话报告，每月报到一次", "educationMeasures", "每月集中教育学习",
                "psychologicalMeasures", "入矫心理测评", "assistanceMeasures", null, "adjustmentReason", adjustmentReason,
                "adoptedBy", "蔡锷乡司法所");
    }

    static String add(String town, String subjectId, Map<String, Object> body) {
        return as("township-clerk", town).body(body).post(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(201)
                .extract().path("id");
    }

    long plans(String subjectId) {
        return count(dataSource, "SELECT count(*) FROM corrections.correction_plan WHERE subject_id = ?", UUID.fromString(subjectId));
    }

    @Test
    void eachAdjustmentIsTheNextVersionAndOnlyTheCurrentPlanCanBeCorrected() {
        String subjectId = newSubject(CAIE);
        var created = as("township-clerk", CAIE).body(plan("2021-02-05", null)).post(SUBJECTS + "/" + subjectId + "/plans");
        String first = created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/corrections/plans/" + created.jsonPath().getString("id")))
                .body("planVersion", equalTo(1)).body("current", equalTo(true)).body("version", equalTo(1))
                .body("orgUnit", equalTo(CAIE)).body("adjustmentReason", nullValue()).extract().path("id");
        String second = as("township-clerk", CAIE).body(plan("2021-10-08", "国庆期间表现良好，调整为宽管"))
                .post(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(201)
                .body("planVersion", equalTo(2)).body("current", equalTo(true)).extract().path("id");

        as("township-clerk", CAIE).get(PLANS + "/" + first).then().statusCode(200).body("current", equalTo(false))
                .body("version", equalTo(2));
        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/plans/current").then().statusCode(200)
                .body("id", equalTo(second));
        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(200)
                .body("items.planVersion", equalTo(List.of(1, 2))).body("items.id", equalTo(List.of(first, second)));

        as("township-clerk", CAIE).body(with(plan("2021-02-05", null), "educationMeasures", "改", "version", 2)).put(PLANS + "/" + first)
                .then().statusCode(409).body("detail", containsString("已被新版本取代"));
        as("township-clerk", CAIE).body(with(plan("2021-10-09", "国庆期间表现良好，调整为宽管"), "version", 1))
                .put(PLANS + "/" + second).then().statusCode(200).body("version", equalTo(2)).body("drawnUpOn", equalTo("2021-10-09"))
                .body("planVersion", equalTo(2));
        as("township-clerk", CAIE).body(with(plan("2021-10-09", "理由"), "version", 1)).put(PLANS + "/" + second).then().statusCode(412);
        assertEquals(List.of("CREATE", "SUPERSEDE"), auditActions(dataSource, "CorrectionPlan", UUID.fromString(first)));
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "CorrectionPlan", UUID.fromString(second)));
    }

    @Test
    void concurrentWritersGetGaplessNumbers() throws Exception {
        String subjectId = newSubject(CAIE);
        add(CAIE, subjectId, plan("2021-02-05", null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> writers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                writers.add(() -> as("township-clerk", CAIE).body(plan("2021-03-01", "调整")).post(SUBJECTS + "/" + subjectId + "/plans")
                        .then().extract().statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(writers)) {
                assertEquals(201, status.get());
            }
        } finally {
            pool.shutdown();
        }
        as("township-clerk", CAIE).queryParam("size", 50).get(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(200)
                .body("items.planVersion", equalTo(List.of(1, 2, 3, 4, 5, 6, 7)))
                .body("items.current", equalTo(List.of(false, false, false, false, false, false, true)));
    }

    @Test
    void badInputIsAClearProblemAndNothingIsStored() {
        String subjectId = newSubject(CAIE);
        String path = SUBJECTS + "/" + subjectId + "/plans";
        as("township-clerk", CAIE).body(plan("2021-01-31", null)).post(path).then().statusCode(400)
                .body("errors.field", hasItem("drawnUpOn"));
        as("township-clerk", CAIE).body(plan("2999-01-04", null)).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("drawnUpOn")));
        as("township-clerk", CAIE).body(plan("2021-02-05", "首版不该有调整理由")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("adjustmentReason"));
        as("township-clerk", CAIE).body(with(plan("2021-02-05", null), "supervisionMeasures", " ")).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("supervisionMeasures")));
        as("township-clerk", CAIE).body(with(plan("2021-02-05", null), "riskLevel", "EXTREME")).post(path).then().statusCode(400);
        assertEquals(0, plans(subjectId));

        add(CAIE, subjectId, plan("2021-03-01", null));
        as("township-clerk", CAIE).body(plan("2021-04-01", " ")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("adjustmentReason")).body("errors.message", hasItem(containsString("第2版")));
        as("township-clerk", CAIE).body(plan("2021-02-28", "调整")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("drawnUpOn"));
        assertEquals(1, plans(subjectId));
    }

    @Test
    void anEndedCorrectionTakesNoMorePlans() {
        String subjectId = newSubject(CAIE);
        String id = add(CAIE, subjectId, plan("2021-02-05", null));
        as("township-clerk", CAIE).body(map("date", "2021-08-31", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + subjectId + "/release").then().statusCode(200);
        as("township-clerk", CAIE).body(plan("2021-08-01", "调整")).post(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(409)
                .body("detail", containsString("已解除矫正"));
        as("township-clerk", CAIE).body(with(plan("2021-02-06", null), "version", 1)).put(PLANS + "/" + id).then().statusCode(409);
        assertEquals(1, plans(subjectId));
    }

    @Test
    void aClerkSeesOnlyItsOwnPlansAndTheRiskAssessmentIsWithheldWhenMasked() {
        String subjectId = newSubject(CAIE);
        String mine = add(CAIE, subjectId, plan("2021-04-01", null));
        String theirs = add(BANQIAO, newSubject(BANQIAO), plan("2021-04-01", null));

        as("township-clerk", BANQIAO).get(PLANS + "/" + mine).then().statusCode(404);
        as("township-clerk", BANQIAO).body(with(plan("2021-04-01", null), "version", 1)).put(PLANS + "/" + mine).then().statusCode(404);
        as("township-clerk", BANQIAO).body(plan("2021-05-01", "调整")).post(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(404);
        as("township-clerk", BANQIAO).get(SUBJECTS + "/" + subjectId + "/plans/current").then().statusCode(404);
        as("provincial-reader", PROVINCE).body(plan("2021-05-01", "调整")).post(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(403);
        as("township-clerk", BANQIAO).queryParam("size", 200).get(PLANS).then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(BANQIAO))).body("items.id", hasItem(theirs)).body("items.id", not(hasItem(mine)));
        assertEquals(1, plans(subjectId));

        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("from", "2021-04-01").queryParam("to", "2021-04-01")
                .queryParam("current", true).queryParam("adjusted", false).queryParam("size", 200).get(PLANS).then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)))
                .body("items.find { it.id == '" + mine + "' }.riskAssessment", equalTo("***"));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("adjusted", true).queryParam("size", 200).get(PLANS)
                .then().statusCode(200).body("items.id", not(hasItem(mine)));
        as("district-admin", DISTRICT).get(PLANS + "/" + mine).then().statusCode(200).body("riskAssessment", equalTo("初犯，认罪悔罪，家庭支持"));
        as("provincial-reader", PROVINCE).get(PLANS + "/" + mine).then().statusCode(200).body("riskAssessment", equalTo("***"))
                .body("supervisionMeasures", equalTo("每周电话报告，每月报到一次"));
        as("township-clerk", CAIE).get(SUBJECTS + "/" + newSubject(CAIE) + "/plans/current").then().statusCode(404);
    }

    @Test
    void aTownshipUploadsPlansThroughTheApisRulesAndMayDeleteOnlyTheCurrentOne() {
        String subjectId = newSubject(CAIE);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Map<String, Object> one = with(plan("2021-05-04", null), "id", first, "subjectId", subjectId);
        Map<String, Object> two = with(plan("2021-06-04", "调整"), "id", second, "subjectId", subjectId);
        JsonPath answer = upload(clerk(CAIE), "plans", batch(one, two,
                with(plan("2021-07-01", null), "id", UUID.randomUUID().toString(), "subjectId", subjectId)));
        assertEquals(List.of("CREATED", "CREATED", "REJECTED"), answer.getList("results.status"));
        assertEquals("adjustmentReason", answer.getString("results[2].errors[0].field"));
        as("township-clerk", CAIE).get(PLANS + "/" + second).then().statusCode(200).body("planVersion", equalTo(2))
                .body("current", equalTo(true));

        assertEquals("REJECTED", upload(clerk(CAIE), "plans", batch(with(one, "educationMeasures", "改", "version", 2)))
                .getString("results[0].status"), "a superseded plan is not changed");
        assertEquals("REJECTED", upload(clerk(BANQIAO), "plans", batch(with(two, "educationMeasures", "改", "version", 1)))
                .getString("results[0].status"));
        assertEquals("UPDATED", upload(clerk(CAIE), "plans", batch(with(two, "educationMeasures", "每周集中教育学习", "version", 1)))
                .getString("results[0].status"));

        assertEquals("REJECTED", upload(clerk(CAIE), "plans", batch(map("id", first, "version", 2, "deleted", true)))
                .getString("results[0].status"), "only the current plan may go");
        JsonPath deleted = upload(clerk(CAIE), "plans", batch(map("id", second, "version", 2, "deleted", true)));
        assertEquals("UPDATED", deleted.getString("results[0].status"));
        assertEquals(true, deleted.getBoolean("results[0].deleted"));
        assertEquals(1, plans(subjectId));
        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/plans/current").then().statusCode(200)
                .body("id", equalTo(first)).body("current", equalTo(true));
        assertEquals(List.of("CREATE", "SUPERSEDE", "REINSTATE"), auditActions(dataSource, "CorrectionPlan", UUID.fromString(first)));
        add(CAIE, subjectId, plan("2021-08-01", "再次调整"));
        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(200)
                .body("items.planVersion", equalTo(List.of(1, 2)));

        List<String> fed = clerk(CAIE).queryParam("limit", 500).get(BASE + "/sync/plans/changes")
                .then().statusCode(200).extract().path("changes.id");
        assertThat(fed, hasItems(first, second));
        JsonPath refused = upload(admin(), "subjects", batch(map("id", subjectId, "version", 1, "deleted", true)));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        assertThat(refused.getString("results[0].errors[0].message"), containsString("矫正方案"));
    }

    @Test
    void aTransferredSubjectTakesItsPlansAndTheFileListsThem() {
        UUID subjectId = UUID.randomUUID();
        Map<String, Object> body = subject(subjectId, CAIE, "PAROLE", INTAKE, "NORMAL");
        as("township-clerk", CAIE).body(body).post(SUBJECTS).then().statusCode(201);
        String id = add(CAIE, subjectId.toString(), plan("2021-04-01", null));
        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/file").then().statusCode(200)
                .body("records.find { it.id == '" + id + "' }.kind", equalTo("矫正方案"))
                .body("records.find { it.id == '" + id + "' }.record", equalTo("/api/v1/corrections/plans/" + id));

        as("district-admin", DISTRICT).body(with(body, "orgUnit", BANQIAO, "version", 1)).put(SUBJECTS + "/" + subjectId)
                .then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", BANQIAO).get(PLANS + "/" + id).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", CAIE).get(PLANS + "/" + id).then().statusCode(404);
        assertEquals(List.of("CREATE", "MOVE", "MOVED_OUT"), auditActions(dataSource, "CorrectionPlan", UUID.fromString(id)));
        // the new office adjusts the plan it received: version 2
        as("township-clerk", BANQIAO).body(plan("2021-05-01", "执行地变更后调整")).post(SUBJECTS + "/" + subjectId + "/plans")
                .then().statusCode(201).body("planVersion", equalTo(2)).body("orgUnit", equalTo(BANQIAO));
    }

    @Test
    void theStatsCountPlansDrawnUpAndAdjustedInThePeriod() {
        Map<String, Number> before = stats(LUOSHI);
        String subjectId = newSubject(LUOSHI);
        add(LUOSHI, subjectId, plan("2021-02-05", null));
        add(LUOSHI, subjectId, plan("2021-06-01", "调整"));
        add(LUOSHI, subjectId, plan("2021-10-08", "再调整"));
        add(LUOSHI, newSubject(LUOSHI), plan("2021-03-01", null));
        Map<String, Number> after = stats(LUOSHI);

        assertEquals(2, delta(after, before, "corrections.plans.drawnUp"));
        assertEquals(2, delta(after, before, "corrections.plans.adjusted"));
        List<String> catalog = as("service", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().path("items.name");
        assertThat(catalog, hasItems("corrections.plans.drawnUp", "corrections.plans.adjusted"));
    }
}
