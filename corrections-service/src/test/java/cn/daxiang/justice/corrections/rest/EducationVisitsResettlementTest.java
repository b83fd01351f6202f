package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.masked;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.TestData.team;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditRows;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Education sessions and attendances, remote visits, resettlement and the hand-over of released subjects. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EducationVisitsResettlementTest {

    static final String SESSIONS = BASE + "/education-sessions";
    static final String VISITS = BASE + "/remote-visits";
    static final String PERSONS = BASE + "/resettlement/persons";

    @Inject
    AgroalDataSource dataSource;

    static UUID newSubject(String org, LocalDate intake) {
        UUID id = UUID.randomUUID();
        as("township-clerk", org).body(subject(id, org, "PROBATION", intake, "NORMAL")).post(SUBJECTS).then().statusCode(201);
        return id;
    }

    @Test
    void educationSessionsCountPersonTimes() {
        UUID a = newSubject(LUOSHI, LocalDate.of(2021, 1, 5));
        UUID b = newSubject(LUOSHI, LocalDate.of(2021, 2, 5));
        UUID late = newSubject(LUOSHI, LocalDate.of(2021, 9, 1));
        UUID foreign = newSubject(CAIE, LocalDate.of(2021, 1, 5));
        UUID id = UUID.randomUUID();
        Map<String, Object> body = map("id", id.toString(), "orgUnit", LUOSHI, "heldOn", "2021-03-01", "topic", "法治教育",
                "kind", "COLLECTIVE", "subjectIds", List.of(a.toString(), b.toString()));
        as("township-clerk", LUOSHI).body(body).post(SESSIONS).then().statusCode(201)
                .body("personTimes", equalTo(2)).body("subjectIds", containsInAnyOrder(a.toString(), b.toString()))
                .body("version", equalTo(1));

        // refused: a subject of another township, one not yet in correction, the same one twice, an individual session of two
        for (Object[] bad : new Object[][] {
                {List.of(a.toString(), foreign.toString()), "COLLECTIVE", "subjectIds[1]"},
                {List.of(a.toString(), late.toString()), "COLLECTIVE", "subjectIds[1]"},
                {List.of(a.toString(), a.toString()), "COLLECTIVE", "subjectIds[1]"},
                {List.of(a.toString(), b.toString()), "INDIVIDUAL", "subjectIds"},
                {List.of(), "COLLECTIVE", "subjectIds"}}) {
            UUID refused = UUID.randomUUID();
            as("township-clerk", LUOSHI).body(map("id", refused.toString(), "orgUnit", LUOSHI, "heldOn", "2021-03-02", "topic", "x",
                    "kind", bad[1], "subjectIds", bad[0])).post(SESSIONS).then().statusCode(400).body("errors.field", hasItem((String) bad[2]));
            assertEquals(0, auditRows(dataSource, refused));
        }

        body.put("subjectIds", List.of(a.toString(), b.toString(), late.toString()));
        body.put("heldOn", "2021-09-10");
        body.put("version", 1);
        as("township-clerk", LUOSHI).body(body).put(SESSIONS + "/" + id).then().statusCode(200)
                .body("personTimes", equalTo(3)).body("version", equalTo(2));
        as("township-clerk", LUOSHI).body(body).put(SESSIONS + "/" + id).then().statusCode(412);
        assertEquals(3, count(dataSource, "SELECT count(*) FROM education_attendance WHERE session_id = ?", id));

        as("township-clerk", LUOSHI).queryParam("subjectId", late.toString()).get(SESSIONS).then().statusCode(200)
                .body("items.id", contains(id.toString())).body("items[0].personTimes", equalTo(3))
                .body("items[0].subjectIds", hasItem(late.toString()));
        as("township-clerk", CAIE).get(SESSIONS + "/" + id).then().statusCode(404);
        as("township-clerk", CAIE).queryParam("size", 200).get(SESSIONS).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        as("township-clerk", LUOSHI).get(SUBJECTS + "/" + late + "/file").then().statusCode(200)
                .body("education.sessionId", contains(id.toString())).body("education[0].heldOn", equalTo("2021-09-10"));
        assertEquals(2, auditRows(dataSource, id));
    }

    @Test
    void remoteVisits() {
        UUID subject = newSubject(CAIE, LocalDate.of(2022, 1, 5));
        UUID visit = UUID.randomUUID();
        as("township-clerk", CAIE).body(map("id", visit.toString(), "orgUnit", CAIE, "visitedOn", "2022-03-01",
                        "institution", "湖南省邵阳监狱", "inmateName", "赵六", "visitorKind", "SUBJECT", "subjectId", subject.toString()))
                .post(VISITS).then().statusCode(201).body("subjectId", equalTo(subject.toString()));
        as("township-clerk", CAIE).body(map("orgUnit", CAIE, "visitedOn", "2022-03-01", "institution", "湖南省邵阳监狱",
                "inmateName", "赵六", "visitorKind", "FAMILY_MEMBER")).post(VISITS).then().statusCode(400)
                .body("errors.field", hasItem("visitorName"));
        as("township-clerk", CAIE).body(map("orgUnit", CAIE, "visitedOn", "2022-03-01", "institution", "湖南省邵阳监狱",
                "inmateName", "赵六", "visitorKind", "SUBJECT")).post(VISITS).then().statusCode(400)
                .body("errors.field", hasItem("subjectId"));
        as("township-clerk", CAIE).body(map("orgUnit", CAIE, "visitedOn", "2022-03-01", "institution", "湖南省邵阳监狱",
                "inmateName", "赵六", "visitorKind", "NEIGHBOUR", "visitorName", "x")).post(VISITS).then().statusCode(400)
                .body("errors.field", hasItem("visitorKind"));
        // a clerk cannot record a visit by another township's subject
        as("township-clerk", LUOSHI).body(map("orgUnit", LUOSHI, "visitedOn", "2022-03-01", "institution", "湖南省邵阳监狱",
                "inmateName", "赵六", "visitorKind", "SUBJECT", "subjectId", subject.toString())).post(VISITS).then().statusCode(400)
                .body("errors.field", hasItem("subjectId"));
        as("township-clerk", CAIE).body(map("orgUnit", CAIE, "visitedOn", "2022-04-01", "institution", "湖南省女子监狱",
                "inmateName", "钱七", "visitorKind", "FAMILY_MEMBER", "visitorName", "钱八", "visitorRelation", "父女", "version", 1))
                .put(VISITS + "/" + visit).then().statusCode(200).body("version", equalTo(2)).body("visitorKind", equalTo("FAMILY_MEMBER"));
        as("township-clerk", LUOSHI).get(VISITS + "/" + visit).then().statusCode(404);
        as("provincial-reader", PROVINCE).queryParam("visitedFrom", "2022-04-01").queryParam("visitedTo", "2022-04-01").get(VISITS)
                .then().statusCode(200).body("items.id", hasItem(visit.toString()));
        assertEquals(2, auditRows(dataSource, visit));
    }

    @Test
    void aReleasedSubjectIsHandedOverInOneCallKeepingTheLink() {
        UUID subject = newSubject(LUOSHI, LocalDate.of(2020, 4, 1));
        String path = SUBJECTS + "/" + subject;
        Map<String, Object> handover = map("receivedOn", "2021-04-03", "handoverDone", true, "keyTarget", true, "supportTeam", team(5));
        // still in correction
        as("township-clerk", LUOSHI).body(handover).post(path + "/resettlement").then().statusCode(409);
        as("township-clerk", LUOSHI).body(map("date", "2021-04-01", "reason", "TERM_SERVED", "version", 1)).post(path + "/release")
                .then().statusCode(200);
        // received before the release
        as("township-clerk", LUOSHI).body(map("receivedOn", "2021-03-30", "handoverDone", true, "keyTarget", true))
                .post(path + "/resettlement").then().statusCode(400).body("errors.field", hasItem("receivedOn"));
        as("township-clerk", LUOSHI).body(map("receivedOn", "2021-04-03", "handoverDone", true, "keyTarget", true, "supportTeam", team(6)))
                .post(path + "/resettlement").then().statusCode(400).body("errors.field", hasItem("supportTeam"));
        as("township-clerk", CAIE).body(handover).post(path + "/resettlement").then().statusCode(404);

        String idNumber = as("township-clerk", LUOSHI).get(path).then().extract().path("idNumber");
        String personId = as("township-clerk", LUOSHI).body(handover).post(path + "/resettlement").then().statusCode(201)
                .body("subjectId", equalTo(subject.toString())).body("source", equalTo("CORRECTION_RELEASE"))
                .body("releasedOn", equalTo("2021-04-01")).body("idNumber", equalTo(idNumber))
                .body("supportTeam", hasSize(5)).body("status", equalTo("IN_SUPPORT"))
                .extract().path("id");
        as("township-clerk", LUOSHI).body(handover).post(path + "/resettlement").then().statusCode(409);

        as("township-clerk", LUOSHI).get(path + "/file").then().statusCode(200).body("resettlementPersonId", equalTo(personId));
        as("provincial-reader", PROVINCE).get(PERSONS + "/" + personId).then().statusCode(200)
                .body("idNumber", equalTo(masked(idNumber))).body("supportTeam[0].phone", equalTo("138****0000"));
        as("district-admin", DISTRICT).queryParam("keyTarget", true).queryParam("size", 200).get(PERSONS).then().statusCode(200)
                .body("items.id", hasItem(personId))
                .body("items.idNumber", everyItem(org.hamcrest.Matchers.matchesPattern("\\d{6}\\*{8}\\d{3}[\\dX]")));

        // an update keeps the link; a linked record cannot change its source
        Map<String, Object> update = map("orgUnit", LUOSHI, "name", "王五", "gender", "MALE", "idNumber", idNumber,
                "source", "CORRECTION_RELEASE", "releasedOn", "2021-04-01", "receivedOn", "2021-04-03", "handoverDone", true,
                "keyTarget", false, "supportTeam", team(2), "endedOn", "2022-04-03", "version", 1);
        as("township-clerk", LUOSHI).body(update).put(PERSONS + "/" + personId).then().statusCode(200)
                .body("subjectId", equalTo(subject.toString())).body("status", equalTo("ENDED")).body("version", equalTo(2));
        update.put("source", "PRISON_RELEASE");
        update.put("version", 2);
        as("township-clerk", LUOSHI).body(update).put(PERSONS + "/" + personId).then().statusCode(400)
                .body("errors.field", hasItem("source"));
        assertEquals(2, auditRows(dataSource, personId));
    }

    @Test
    void resettlementPersonsFromPrison() {
        UUID id = UUID.randomUUID();
        TestData.Person person = TestData.newPerson();
        Map<String, Object> body = map("id", id.toString(), "orgUnit", CAIE, "name", "孙八", "gender", "FEMALE",
                "idNumber", person.idNumber(), "source", "PRISON_RELEASE", "releasedOn", "2021-05-01", "receivedOn", "2021-05-03",
                "handoverDone", false, "keyTarget", true, "supportTeam", team(3));
        as("provincial-reader", PROVINCE).body(body).post(PERSONS).then().statusCode(403);
        as("township-clerk", LUOSHI).body(body).post(PERSONS).then().statusCode(403);
        as("township-clerk", CAIE).body(body).post(PERSONS).then().statusCode(201)
                .body("idNumber", equalTo(person.idNumber())).body("supportTeam[0].phone", equalTo("13800000000"));
        as("township-clerk", CAIE).body(body).post(PERSONS).then().statusCode(409);
        as("township-clerk", LUOSHI).get(PERSONS + "/" + id).then().statusCode(404);
        as("township-clerk", CAIE).queryParam("source", "PRISON_RELEASE").get(PERSONS).then().statusCode(200)
                .body("items.id", hasItem(id.toString())).body("items.idNumber", hasItem(person.idNumber()));
        as("district-admin", DISTRICT).queryParam("source", "PRISON_RELEASE").get(PERSONS).then().statusCode(200)
                .body("items.idNumber", hasItem(masked(person.idNumber())));

        for (Object[] bad : new Object[][] {{"receivedOn", "2021-04-30"}, {"source", "PAROLE_RELEASE"}, {"keyTarget", null},
                {"name", "孙".repeat(2000)}, {"endedOn", "2021-05-02"}}) {
            UUID other = UUID.randomUUID();
            Map<String, Object> broken = new java.util.LinkedHashMap<>(body);
            broken.put("id", other.toString());
            broken.put((String) bad[0], bad[1]);
            as("township-clerk", CAIE).body(broken).post(PERSONS).then().statusCode(400).body("errors.field", hasItem((String) bad[0]));
            assertEquals(0, auditRows(dataSource, other));
        }
        Map<String, Object> badMember = new java.util.LinkedHashMap<>(body);
        badMember.put("id", UUID.randomUUID().toString());
        badMember.put("supportTeam", List.of(map("name", "", "role", "村干部")));
        as("township-clerk", CAIE).body(badMember).post(PERSONS).then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("supportTeam")));
        assertEquals(1, auditRows(dataSource, id));
    }
}
