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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
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
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rewards (表扬, 社区矫正法 第二十八条) beside the sanctions through the API and sync: recorded under the subject in its org
 * unit, decided within the correction, in scope, audited, in the feed, following a transferred subject.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RewardTest {

    static final String REWARDS = BASE + "/rewards";
    static final LocalDate INTAKE = LocalDate.of(2021, 2, 1);

    @Inject
    AgroalDataSource dataSource;

    static String newSubject(String town) {
        return TestData.newSubject(town, "PAROLE", INTAKE);
    }

    static Map<String, Object> reward(String on) {
        return map("decidedOn", on, "decidedBy", "大祥区社区矫正管理局", "reason", "认罪悔罪，积极参加公益活动，表现突出");
    }

    static String add(String town, String subjectId, Map<String, Object> body) {
        return as("township-clerk", town).body(body).post(SUBJECTS + "/" + subjectId + "/rewards").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aClerkRecordsARewardThenReadsListsAndCorrectsIt() {
        String subjectId = newSubject(CAIE);
        var created = as("township-clerk", CAIE).body(reward("2021-06-30")).post(SUBJECTS + "/" + subjectId + "/rewards");
        String id = created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/corrections/rewards/" + created.jsonPath().getString("id")))
                .body("subjectId", equalTo(subjectId)).body("orgUnit", equalTo(CAIE)).body("version", equalTo(1))
                .body("decidedBy", equalTo("大祥区社区矫正管理局")).extract().path("id");
        String later = add(CAIE, subjectId, reward("2021-12-20"));
        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/rewards").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", equalTo(List.of(id, later)));

        as("township-clerk", CAIE).body(with(reward("2021-07-01"), "reason", "见义勇为", "version", 1)).put(REWARDS + "/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("decidedOn", equalTo("2021-07-01"))
                .body("reason", equalTo("见义勇为")).body("subjectId", equalTo(subjectId));
        as("township-clerk", CAIE).body(with(reward("2021-07-02"), "version", 1)).put(REWARDS + "/" + id).then().statusCode(412);
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Reward", UUID.fromString(id)));
    }

    @Test
    void aClerkSeesOnlyItsOwnTownshipsRewardsAndTheDistrictFiltersThemAll() {
        String subjectId = newSubject(CAIE);
        String mine = add(CAIE, subjectId, reward("2021-08-16"));
        String theirs = add(BANQIAO, newSubject(BANQIAO), reward("2021-08-16"));

        as("township-clerk", BANQIAO).get(REWARDS + "/" + mine).then().statusCode(404);
        as("township-clerk", BANQIAO).body(with(reward("2021-08-16"), "version", 1)).put(REWARDS + "/" + mine).then().statusCode(404);
        as("township-clerk", BANQIAO).body(reward("2021-08-16")).post(SUBJECTS + "/" + subjectId + "/rewards").then().statusCode(404);
        as("township-clerk", BANQIAO).queryParam("size", 200).get(REWARDS).then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(BANQIAO))).body("items.id", hasItem(theirs)).body("items.id", not(hasItem(mine)));
        as("provincial-reader", PROVINCE).body(reward("2021-08-16")).post(SUBJECTS + "/" + subjectId + "/rewards").then().statusCode(403);

        as("district-admin", DISTRICT).queryParam("size", 200).get(REWARDS).then().statusCode(200).body("items.id", hasItems(mine, theirs));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("from", "2021-08-16").queryParam("to", "2021-08-16")
                .queryParam("size", 200).get(REWARDS).then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("from", "2021-08-17").queryParam("size", 200)
                .get(REWARDS).then().statusCode(200).body("items.id", not(hasItem(mine)));
    }

    @Test
    void aDateOutOfTheCorrectionOrABlankAuthorityIsRefusedAndNothingIsStored() {
        String subjectId = newSubject(CAIE);
        String path = SUBJECTS + "/" + subjectId + "/rewards";
        as("township-clerk", CAIE).body(reward("2021-01-31")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("decidedOn"));
        as("township-clerk", CAIE).body(reward("2999-01-04")).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("decidedOn")));
        as("township-clerk", CAIE).body(with(reward("2021-03-01"), "decidedBy", " ")).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("decidedBy")));
        as("township-clerk", CAIE).body(with(reward("2021-03-01"), "reason", null)).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("reason")));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.reward WHERE subject_id = ?", UUID.fromString(subjectId)));

        String id = add(CAIE, subjectId, reward("2021-03-01"));
        as("township-clerk", CAIE).body(map("date", "2021-03-10", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + subjectId + "/release").then().statusCode(200);
        as("township-clerk", CAIE).body(reward("2021-03-11")).post(path).then().statusCode(400).body("errors.field", hasItem("decidedOn"));
        as("township-clerk", CAIE).body(with(reward("2021-03-11"), "version", 1)).put(REWARDS + "/" + id).then().statusCode(400);
        as("township-clerk", CAIE).get(REWARDS + "/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("decidedOn", equalTo("2021-03-01"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.reward WHERE subject_id = ?", UUID.fromString(subjectId)));
    }

    @Test
    void aTownshipUploadsRewardsThroughTheApisRulesAndFindsThemInTheFeed() {
        String subjectId = newSubject(CAIE);
        String id = UUID.randomUUID().toString();
        Map<String, Object> record = with(reward("2021-05-04"), "id", id, "subjectId", subjectId);
        JsonPath answer = upload(clerk(CAIE), "rewards", batch(record,
                with(reward("2021-01-01"), "id", UUID.randomUUID().toString(), "subjectId", subjectId)));
        assertEquals(List.of("CREATED", "REJECTED"), answer.getList("results.status"));
        assertEquals("decidedOn", answer.getString("results[1].errors[0].field"));
        assertEquals("REJECTED", upload(clerk(BANQIAO), "rewards", batch(with(record, "reason", "改", "version", 1)))
                .getString("results[0].status"));
        assertEquals("REJECTED", upload(clerk(CAIE), "rewards", batch(with(record, "subjectId", newSubject(CAIE), "version", 1)))
                .getString("results[0].status"));
        assertEquals("UPDATED", upload(clerk(CAIE), "rewards", batch(with(record, "reason", "积极参加公益活动", "version", 1)))
                .getString("results[0].status"));
        as("township-clerk", CAIE).get(REWARDS + "/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("reason", equalTo("积极参加公益活动")).body("orgUnit", equalTo(CAIE));

        List<String> fed = clerk(CAIE).queryParam("limit", 500).get("/api/v1/corrections/sync/rewards/changes")
                .then().statusCode(200).extract().path("changes.id");
        assertThat(fed, hasItem(id));
        JsonPath refused = upload(admin(), "subjects", batch(map("id", subjectId, "version", 1, "deleted", true)));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        assertThat(refused.getString("results[0].errors[0].message"), containsString("表扬记录"));
    }

    @Test
    void aTransferredSubjectTakesItsRewardsToTheNewOffice() {
        UUID subjectId = UUID.randomUUID();
        Map<String, Object> body = subject(subjectId, CAIE, "PAROLE", INTAKE, "NORMAL");
        as("township-clerk", CAIE).body(body).post(SUBJECTS).then().statusCode(201);
        String id = add(CAIE, subjectId.toString(), reward("2021-04-01"));

        as("district-admin", DISTRICT).body(with(body, "orgUnit", BANQIAO, "version", 1)).put(SUBJECTS + "/" + subjectId)
                .then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", BANQIAO).get(REWARDS + "/" + id).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", CAIE).get(REWARDS + "/" + id).then().statusCode(404);
        assertEquals(List.of("CREATE", "MOVE", "MOVED_OUT"), auditActions(dataSource, "Reward", UUID.fromString(id)));
    }
}
