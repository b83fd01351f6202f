package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.AccessLogChecks;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who read which subject: every read of personal records leaves one access-log row, which only the district admin reads. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AccessLogTest extends AccessLogChecks {

    @Override
    protected String lineRoot() {
        return BASE;
    }

    static String intake(String orgUnit) {
        UUID id = UUID.randomUUID();
        as("intake-clerk", "township-clerk", orgUnit).body(subject(id, orgUnit, "PROBATION", LocalDate.of(2021, 3, 5), "NORMAL"))
                .post(SUBJECTS).then().statusCode(201);
        return id.toString();
    }

    @Test
    void readingOneSubjectAsAClerkWritesOneRowNamingTheSubjectTheUserAndTheRequestId() {
        String id = intake(LUOSHI);
        as("clerk-one", "township-clerk", LUOSHI).header("X-Request-Id", "req-subject-read-0001")
                .get(SUBJECTS + "/" + id).then().statusCode(200);

        JsonPath rows = log("?recordId=" + id);
        assertEquals(1, rows.getInt("totalItems"), rows.prettify());
        assertEquals(List.of(id), rows.getList("items[0].recordIds"));
        assertEquals("clerk-one", rows.getString("items[0].user"));
        assertEquals(List.of("township-clerk"), rows.getList("items[0].roles"));
        assertEquals(LUOSHI, rows.getString("items[0].orgUnit"));
        assertEquals("req-subject-read-0001", rows.getString("items[0].requestId"));
        assertEquals("getSubject", rows.getString("items[0].operation"));
        assertEquals(SUBJECTS + "/" + id, rows.getString("items[0].path"));
        assertTrue(!rows.prettify().contains("王五"), "ids only, never the data read");
    }

    @Test
    void aListPageWritesOneRowWithTheIdsOfAllItsItems() {
        intake(LUOSHI);
        intake(LUOSHI);
        List<String> listed = as("clerk-list", "township-clerk", LUOSHI).get(SUBJECTS + "?size=200")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(listed.size() >= 2);

        JsonPath rows = log("?user=clerk-list");
        assertEquals(1, rows.getInt("totalItems"));
        assertEquals(listed, rows.getList("items[0].recordIds"));
        assertEquals("listSubjects", rows.getString("items[0].operation"));
    }

    @Test
    void aPersonsFileAndTheirViolationsAreFoundUnderTheSubjectsId() {
        String id = intake(LUOSHI);
        String violation = as("intake-clerk", "township-clerk", LUOSHI)
                .body(map("occurredOn", "2021-05-10", "description", "未经批准离开所居住的市县", "sanction", "WARNING"))
                .post(SUBJECTS + "/" + id + "/violations").then().statusCode(201).extract().path("id");
        as("clerk-file", "township-clerk", LUOSHI).get(SUBJECTS + "/" + id + "/file").then().statusCode(200);
        as("clerk-file", "township-clerk", LUOSHI).get(SUBJECTS + "/" + id + "/violations").then().statusCode(200);

        JsonPath rows = log("?recordId=" + id + "&sort=occurredAt,asc");
        assertEquals(List.of("getSubjectFile", "listViolations"), rows.getList("items.operation"));
        assertEquals(id, rows.getString("items[0].recordIds[0]"), "the file is filed under the person first");
        assertTrue(rows.getList("items[0].recordIds").contains(violation));
        assertEquals(List.of(violation, id), rows.getList("items[1].recordIds"));
        assertEquals(2, log("?recordId=" + violation).getInt("totalItems"));
    }

    @Test
    void aChangeFeedPageRecordsTheIdsItHandsOut() {
        String orgUnit = "430503011000";
        String id = intake(orgUnit);
        List<String> fed = as("clerk-feed", "township-clerk", orgUnit).get(BASE + "/sync/subjects/changes?limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("changes.id");
        assertTrue(fed.contains(id));

        JsonPath rows = log("?user=clerk-feed");
        assertEquals(1, rows.getInt("totalItems"));
        assertEquals(fed, rows.getList("items[0].recordIds"));
        assertEquals(BASE + "/sync/subjects/changes", rows.getString("items[0].path"));
        // a feed of records that hold no personal data leaves no row
        as("clerk-feed", "township-clerk", orgUnit).get(BASE + "/sync/education-sessions/changes").then().statusCode(200);
        assertEquals(1, log("?user=clerk-feed").getInt("totalItems"));
    }

    @Test
    void theDistrictAdminFiltersByRecordUserAndPeriod() {
        String id = intake(LUOSHI);
        String from = java.time.Instant.now().toString();
        as("clerk-period", "township-clerk", LUOSHI).get(SUBJECTS + "/" + id).then().statusCode(200);
        as("admin-period", "district-admin", DISTRICT).get(SUBJECTS + "/" + id).then().statusCode(200);

        assertEquals(List.of("admin-period", "clerk-period"), log("?recordId=" + id).getList("items.user"));
        assertEquals(List.of("clerk-period"), log("?recordId=" + id + "&user=clerk-period").getList("items.user"));
        assertEquals(2, log("?recordId=" + id + "&from=" + from).getInt("totalItems"));
        assertEquals(0, log("?recordId=" + id + "&to=" + from).getInt("totalItems"));
    }

}
