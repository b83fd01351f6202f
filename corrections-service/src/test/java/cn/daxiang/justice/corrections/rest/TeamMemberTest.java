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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The correction team (矫正小组, 社区矫正法 第二十五条) through the API and sync: members added under the subject in its org
 * unit, the team on a day, leaving the team, personal data masked in bulk, scope, dates against the subject, no changes
 * once the correction has ended, the feed, a transfer, the file's index and the stats.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class TeamMemberTest {

    static final String MEMBERS = BASE + "/team-members";
    static final LocalDate INTAKE = LocalDate.of(2021, 2, 1);

    @Inject
    AgroalDataSource dataSource;

    static String newSubject(String town) {
        return TestData.newSubject(town, "PROBATION", INTAKE);
    }

    static Map<String, Object> member(String role, String joinedOn) {
        return map("role", role, "name", "王芳", "phone", "13812345678", "unit", "城西社区居民委员会", "joinedOn", joinedOn,
                "letterSignedOn", joinedOn);
    }

    static String add(String town, String subjectId, Map<String, Object> body) {
        return as("township-clerk", town).body(body).post(SUBJECTS + "/" + subjectId + "/team-members").then().statusCode(201)
                .extract().path("id");
    }

    static void end(String town, String id, String leftOn, long version) {
        as("township-clerk", town).body(map("leftOn", leftOn, "version", version)).post(MEMBERS + "/" + id + "/end")
                .then().statusCode(200);
    }

    long members(String subjectId) {
        return count(dataSource, "SELECT count(*) FROM corrections.team_member WHERE subject_id = ?", UUID.fromString(subjectId));
    }

    @Test
    void aClerkFormsTheTeamAndTheTeamOnADayIsTheMembersWhosePeriodCoversIt() {
        String subjectId = newSubject(CAIE);
        var created = as("township-clerk", CAIE).body(member("JUDICIAL_OFFICE_STAFF", "2021-02-01"))
                .post(SUBJECTS + "/" + subjectId + "/team-members");
        String staff = created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/corrections/team-members/" + created.jsonPath().getString("id")))
                .body("subjectId", equalTo(subjectId)).body("orgUnit", equalTo(CAIE)).body("version", equalTo(1))
                .body("role", equalTo("JUDICIAL_OFFICE_STAFF")).body("roleLabel", equalTo("司法所工作人员"))
                .body("status", equalTo("ACTIVE")).body("leftOn", nullValue()).extract().path("id");
        String family = add(CAIE, subjectId, member("FAMILY_OR_GUARDIAN", "2021-02-05"));
        String volunteer = add(CAIE, subjectId, member("VOLUNTEER", "2021-10-08"));

        // the family member leaves on 2021-10-07 (the last day of National Day) and the volunteer joins after it
        as("township-clerk", CAIE).body(map("leftOn", "2021-10-07", "version", 1)).post(MEMBERS + "/" + family + "/end")
                .then().statusCode(200).body("status", equalTo("LEFT")).body("leftOn", equalTo("2021-10-07")).body("version", equalTo(2));

        String path = SUBJECTS + "/" + subjectId + "/team-members";
        as("township-clerk", CAIE).get(path).then().statusCode(200).body("items.id", equalTo(List.of(staff, family, volunteer)));
        as("township-clerk", CAIE).queryParam("on", "2021-10-07").get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(staff, family)));
        as("township-clerk", CAIE).queryParam("on", "2021-10-08").get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(staff, volunteer)));
        as("township-clerk", CAIE).queryParam("on", "2021-02-03").get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(staff)));

        as("township-clerk", CAIE).body(with(member("FAMILY_OR_GUARDIAN", "2021-02-01"), "name", "王强", "version", 1))
                .put(MEMBERS + "/" + staff).then().statusCode(200).body("version", equalTo(2)).body("name", equalTo("王强"))
                .body("role", equalTo("FAMILY_OR_GUARDIAN"));
        as("township-clerk", CAIE).body(with(member("JUDICIAL_OFFICE_STAFF", "2021-02-01"), "version", 1)).put(MEMBERS + "/" + staff)
                .then().statusCode(412);
        assertEquals(List.of("CREATE", "LEAVE_TEAM"), auditActions(dataSource, "TeamMember", UUID.fromString(family)));
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "TeamMember", UUID.fromString(staff)));
    }

    @Test
    void aMemberWhoHasLeftCannotLeaveAgainNorBeChangedAndLeavingNeedsTheVersion() {
        String subjectId = newSubject(CAIE);
        String id = add(CAIE, subjectId, member("SOCIAL_WORKER", "2021-03-01"));
        as("township-clerk", CAIE).body(map("leftOn", "2021-02-28", "version", 1)).post(MEMBERS + "/" + id + "/end")
                .then().statusCode(400).body("errors.field", hasItem("leftOn"));
        as("township-clerk", CAIE).body(map("leftOn", "2021-06-30")).post(MEMBERS + "/" + id + "/end").then().statusCode(428);
        as("township-clerk", CAIE).body(map("leftOn", "2021-06-30", "version", 7)).post(MEMBERS + "/" + id + "/end").then().statusCode(412);
        end(CAIE, id, "2021-06-30", 1);

        as("township-clerk", CAIE).body(map("leftOn", "2021-07-30", "version", 2)).post(MEMBERS + "/" + id + "/end")
                .then().statusCode(409).body("detail", containsString("退出矫正小组"));
        as("township-clerk", CAIE).body(with(member("SOCIAL_WORKER", "2021-03-01"), "version", 2)).put(MEMBERS + "/" + id)
                .then().statusCode(409);
        as("township-clerk", CAIE).get(MEMBERS + "/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("leftOn", equalTo("2021-06-30"));
    }

    @Test
    void badInputIsAClearProblemAndNothingIsStored() {
        String subjectId = newSubject(CAIE);
        String path = SUBJECTS + "/" + subjectId + "/team-members";
        as("township-clerk", CAIE).body(member("JUDICIAL_OFFICE_STAFF", "2021-01-31")).post(path).then().statusCode(400)
                .body("title", equalTo("请求参数校验失败")).body("errors.field", hasItem("joinedOn"));
        as("township-clerk", CAIE).body(member("JUDICIAL_OFFICE_STAFF", "2999-01-04")).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("joinedOn")));
        as("township-clerk", CAIE).body(with(member("JUDICIAL_OFFICE_STAFF", "2021-03-01"), "letterSignedOn", "2021-01-01"))
                .post(path).then().statusCode(400).body("errors.field", hasItem("letterSignedOn"));
        as("township-clerk", CAIE).body(with(member("JUDICIAL_OFFICE_STAFF", "2021-03-01"), "role", "NEIGHBOUR")).post(path)
                .then().statusCode(400);
        as("township-clerk", CAIE).body(with(member("JUDICIAL_OFFICE_STAFF", "2021-03-01"), "name", " ")).post(path)
                .then().statusCode(400).body("errors.field", hasItem(endsWith("name")));
        as("township-clerk", CAIE).body(with(member("JUDICIAL_OFFICE_STAFF", "2021-03-01"), "phone", "138-abc")).post(path)
                .then().statusCode(400).body("errors.field", hasItem(endsWith("phone")));
        as("township-clerk", CAIE).body(with(member("JUDICIAL_OFFICE_STAFF", "2021-03-01"), "role", null)).post(path)
                .then().statusCode(400).body("errors.field", hasItem(endsWith("role")));
        assertEquals(0, members(subjectId));
    }

    @Test
    void anEndedCorrectionTakesNoMoreChangesToItsTeam() {
        String subjectId = newSubject(CAIE);
        String id = add(CAIE, subjectId, member("COMMITTEE_MEMBER", "2021-02-02"));
        as("township-clerk", CAIE).body(map("date", "2021-08-31", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + subjectId + "/release").then().statusCode(200);

        as("township-clerk", CAIE).body(member("VOLUNTEER", "2021-03-01")).post(SUBJECTS + "/" + subjectId + "/team-members")
                .then().statusCode(409).body("detail", containsString("已解除矫正"));
        as("township-clerk", CAIE).body(map("leftOn", "2021-08-31", "version", 1)).post(MEMBERS + "/" + id + "/end").then().statusCode(409);
        as("township-clerk", CAIE).body(with(member("COMMITTEE_MEMBER", "2021-02-03"), "version", 1)).put(MEMBERS + "/" + id)
                .then().statusCode(409);
        assertEquals(1, members(subjectId));
        as("township-clerk", CAIE).get(MEMBERS + "/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("joinedOn", equalTo("2021-02-02"));
    }

    @Test
    void aClerkSeesOnlyItsOwnTownshipsTeamsAndOthersSeeNamesAndPhonesMasked() {
        String subjectId = newSubject(CAIE);
        String mine = add(CAIE, subjectId, member("GUARANTOR", "2021-04-01"));
        String theirs = add(BANQIAO, newSubject(BANQIAO), member("GUARANTOR", "2021-04-01"));

        as("township-clerk", BANQIAO).get(MEMBERS + "/" + mine).then().statusCode(404);
        as("township-clerk", BANQIAO).body(with(member("GUARANTOR", "2021-04-01"), "version", 1)).put(MEMBERS + "/" + mine)
                .then().statusCode(404);
        as("township-clerk", BANQIAO).body(map("leftOn", "2021-05-01", "version", 1)).post(MEMBERS + "/" + mine + "/end")
                .then().statusCode(404);
        as("township-clerk", BANQIAO).body(member("GUARANTOR", "2021-04-01")).post(SUBJECTS + "/" + subjectId + "/team-members")
                .then().statusCode(404);
        as("township-clerk", BANQIAO).get(SUBJECTS + "/" + subjectId + "/team-members").then().statusCode(404);
        as("provincial-reader", PROVINCE).body(member("GUARANTOR", "2021-04-01")).post(SUBJECTS + "/" + subjectId + "/team-members")
                .then().statusCode(403);
        as("township-clerk", BANQIAO).queryParam("size", 200).get(MEMBERS).then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(BANQIAO))).body("items.id", hasItem(theirs)).body("items.id", not(hasItem(mine)));
        assertEquals(1, members(subjectId));

        // the clerk's own list in full; the district's list masked, one record in full; a reader always masked
        as("township-clerk", CAIE).queryParam("orgUnit", CAIE).queryParam("role", "GUARANTOR").queryParam("size", 200).get(MEMBERS)
                .then().statusCode(200).body("items.find { it.id == '" + mine + "' }.name", equalTo("王芳"))
                .body("items.find { it.id == '" + mine + "' }.phone", equalTo("13812345678"));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("on", "2021-04-01").queryParam("size", 200).get(MEMBERS)
                .then().statusCode(200).body("items.id", hasItem(mine)).body("items.id", not(hasItem(theirs)))
                .body("items.find { it.id == '" + mine + "' }.name", equalTo("王*"))
                .body("items.find { it.id == '" + mine + "' }.phone", equalTo("138****5678"));
        as("district-admin", DISTRICT).get(MEMBERS + "/" + mine).then().statusCode(200).body("name", equalTo("王芳"));
        as("provincial-reader", PROVINCE).get(MEMBERS + "/" + mine).then().statusCode(200).body("name", equalTo("王*"))
                .body("phone", equalTo("138****5678"));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("on", "2021-03-31").queryParam("size", 200).get(MEMBERS)
                .then().statusCode(200).body("items.id", not(hasItem(mine)));
    }

    @Test
    void aTownshipUploadsMembersThroughTheApisRulesAndFindsThemInTheFeed() {
        String subjectId = newSubject(CAIE);
        String id = UUID.randomUUID().toString();
        Map<String, Object> record = with(member("VOLUNTEER", "2021-05-04"), "id", id, "subjectId", subjectId);
        JsonPath answer = upload(clerk(CAIE), "team-members", batch(record,
                with(member("VOLUNTEER", "2021-01-01"), "id", UUID.randomUUID().toString(), "subjectId", subjectId)));
        assertEquals(List.of("CREATED", "REJECTED"), answer.getList("results.status"));
        assertEquals("joinedOn", answer.getString("results[1].errors[0].field"));
        assertEquals("REJECTED", upload(clerk(BANQIAO), "team-members", batch(with(record, "unit", "改", "version", 1)))
                .getString("results[0].status"));
        assertEquals("REJECTED", upload(clerk(CAIE), "team-members", batch(with(record, "subjectId", newSubject(CAIE), "version", 1)))
                .getString("results[0].status"));
        assertEquals("UPDATED", upload(clerk(CAIE), "team-members", batch(with(record, "unit", "大祥区志愿者协会", "version", 1)))
                .getString("results[0].status"));
        as("township-clerk", CAIE).get(MEMBERS + "/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("unit", equalTo("大祥区志愿者协会"));

        // leaving is the API's action: an upload keeps the server's leftOn, and a member who left is not changed
        end(CAIE, id, "2021-09-30", 2);
        assertEquals("UNCHANGED", upload(clerk(CAIE), "team-members", batch(with(record, "unit", "大祥区志愿者协会", "version", 3)))
                .getString("results[0].status"));
        assertEquals("REJECTED", upload(clerk(CAIE), "team-members", batch(with(record, "unit", "别处", "version", 3)))
                .getString("results[0].status"));

        List<String> fed = clerk(CAIE).queryParam("limit", 500).get(BASE + "/sync/team-members/changes")
                .then().statusCode(200).extract().path("changes.id");
        assertThat(fed, hasItem(id));
        JsonPath refused = upload(admin(), "subjects", batch(map("id", subjectId, "version", 1, "deleted", true)));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        assertThat(refused.getString("results[0].errors[0].message"), containsString("矫正小组成员"));
    }

    @Test
    void aTransferredSubjectTakesItsTeamRecordsAndTheFileListsThem() {
        UUID subjectId = UUID.randomUUID();
        Map<String, Object> body = subject(subjectId, CAIE, "PROBATION", INTAKE, "NORMAL");
        as("township-clerk", CAIE).body(body).post(SUBJECTS).then().statusCode(201);
        String id = add(CAIE, subjectId.toString(), member("EMPLOYER_OR_SCHOOL", "2021-04-01"));
        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/file").then().statusCode(200)
                .body("records.find { it.id == '" + id + "' }.kind", equalTo("矫正小组成员"))
                .body("records.find { it.id == '" + id + "' }.on", equalTo("2021-04-01"))
                .body("records.find { it.id == '" + id + "' }.record", equalTo("/api/v1/corrections/team-members/" + id));

        as("district-admin", DISTRICT).body(with(body, "orgUnit", BANQIAO, "version", 1)).put(SUBJECTS + "/" + subjectId)
                .then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", BANQIAO).get(MEMBERS + "/" + id).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", CAIE).get(MEMBERS + "/" + id).then().statusCode(404);
        assertEquals(List.of("CREATE", "MOVE", "MOVED_OUT"), auditActions(dataSource, "TeamMember", UUID.fromString(id)));
    }

    @Test
    void theStatsCountMembersJoiningAndLeavingAndTheSubjectsWithATeamAtTheEnd() {
        Map<String, Number> before = stats(LUOSHI);
        String withTeam = newSubject(LUOSHI);
        add(LUOSHI, withTeam, member("JUDICIAL_OFFICE_STAFF", "2021-02-01"));
        add(LUOSHI, withTeam, member("FAMILY_OR_GUARDIAN", "2021-02-01"));
        String left = newSubject(LUOSHI);
        end(LUOSHI, add(LUOSHI, left, member("VOLUNTEER", "2021-03-01")), "2021-10-07", 1);
        Map<String, Number> after = stats(LUOSHI);

        assertEquals(3, delta(after, before, "corrections.team.joined"));
        assertEquals(1, delta(after, before, "corrections.team.left"));
        assertEquals(2, delta(after, before, "corrections.team.members"), "in the team on 2021-12-31");
        assertEquals(1, delta(after, before, "corrections.team.subjectsWithTeam"), "the other's only member left in October");

        List<String> catalog = as("service", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().path("items.name");
        assertThat(catalog, hasItems("corrections.team.joined", "corrections.team.left", "corrections.team.members",
                "corrections.team.subjectsWithTeam"));
        assertTrue(as("service", DISTRICT).get(BASE + "/stats/catalog").then().extract().jsonPath()
                .getString("items.find { it.name == 'corrections.team.subjectsWithTeam' }.labelZh").contains("矫正小组"));
    }
}
