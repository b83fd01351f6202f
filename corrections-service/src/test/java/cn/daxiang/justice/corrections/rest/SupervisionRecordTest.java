package cn.daxiang.justice.corrections.rest;

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
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.batch;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.upload;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Supervision records (监督管理记录) of a subject through the API and sync: recorded under the subject in its org unit,
 * dated within the correction, in scope, audited. The intake on 30 September 2021 is the eve of the National Day
 * holiday: supervision goes on through it (a contact on 4 October).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SupervisionRecordTest {

    static final String RECORDS = BASE + "/supervision-records";
    static final LocalDate INTAKE = LocalDate.of(2021, 9, 30);

    @Inject
    AgroalDataSource dataSource;

    static String newSubject(String town) {
        UUID id = UUID.randomUUID();
        as("township-clerk", town).body(subject(id, town, "PROBATION", INTAKE, "NORMAL")).post(SUBJECTS).then().statusCode(201);
        return id.toString();
    }

    static Map<String, Object> record(String kind, String on) {
        return map("kind", kind, "occurredOn", on, "conductedBy", "李明", "result", "对象在家，情绪稳定");
    }

    static String add(String town, String subjectId, Map<String, Object> body) {
        return as("township-clerk", town).body(body).post(SUBJECTS + "/" + subjectId + "/supervision-records")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aClerkRecordsTheReportInAndAHomeVisitOverTheHolidayThenReadsListsAndCorrectsThem() {
        String subjectId = newSubject(CAIE);
        String reportIn = add(CAIE, subjectId, record("REPORT_IN", "2021-09-30"));
        Map<String, Object> visit = record("HOME_VISIT", "2021-10-04");
        visit.put("place", "对象住所");
        visit.put("abnormal", true);
        var created = as("township-clerk", CAIE).body(visit).post(SUBJECTS + "/" + subjectId + "/supervision-records");
        String visitId = created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/corrections/supervision-records/" + created.jsonPath().getString("id")))
                .body("subjectId", equalTo(subjectId)).body("orgUnit", equalTo(CAIE)).body("version", equalTo(1))
                .body("kind", equalTo("HOME_VISIT")).body("abnormal", equalTo(true)).body("place", equalTo("对象住所"))
                .extract().path("id");

        as("township-clerk", CAIE).get(SUBJECTS + "/" + subjectId + "/supervision-records").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", equalTo(List.of(reportIn, visitId)))
                .body("items[0].abnormal", equalTo(false)).body("items[0].place", nullValue());
        // the staff member's name is not a protected person's: in clear, even in bulk and for the province
        as("provincial-reader", PROVINCE).get(RECORDS + "/" + visitId).then().statusCode(200)
                .body("conductedBy", equalTo("李明")).body("occurredOn", equalTo("2021-10-04"));

        Map<String, Object> corrected = record("HOME_VISIT", "2021-10-05");
        corrected.put("result", "对象外出务工，家属告知去向");
        corrected.put("abnormal", false);
        corrected.put("version", 1);
        as("township-clerk", CAIE).body(corrected).put(RECORDS + "/" + visitId).then().statusCode(200)
                .body("version", equalTo(2)).body("occurredOn", equalTo("2021-10-05")).body("abnormal", equalTo(false))
                .body("place", nullValue()).body("subjectId", equalTo(subjectId));
        as("township-clerk", CAIE).body(corrected).put(RECORDS + "/" + visitId).then().statusCode(412);
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "SupervisionRecord", UUID.fromString(visitId)));
    }

    @Test
    void aClerkSeesOnlyItsOwnTownshipsRecordsAndTheDistrictFiltersThemAll() {
        String subjectId = newSubject(CAIE);
        String visit = add(CAIE, subjectId, with(record("HOME_VISIT", "2021-10-08"), "abnormal", true));
        String check = add(CAIE, subjectId, record("INFORMATION_CHECK", "2021-10-09"));
        String theirs = newSubject(BANQIAO);
        String own = add(BANQIAO, theirs, record("CONTACT", "2021-10-08"));

        as("township-clerk", BANQIAO).get(RECORDS + "/" + visit).then().statusCode(404);
        as("township-clerk", BANQIAO).body(with(record("HOME_VISIT", "2021-10-08"), "version", 1)).put(RECORDS + "/" + visit)
                .then().statusCode(404);
        as("township-clerk", BANQIAO).body(record("CONTACT", "2021-10-08")).post(SUBJECTS + "/" + subjectId + "/supervision-records")
                .then().statusCode(404);
        as("township-clerk", BANQIAO).get(SUBJECTS + "/" + subjectId + "/supervision-records").then().statusCode(404);
        as("township-clerk", BANQIAO).queryParam("size", 200).get(RECORDS).then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(BANQIAO))).body("items.id", hasItem(own))
                .body("items.id", not(hasItem(visit)));
        // asking for another township's records narrows the clerk's own scope to nothing
        as("township-clerk", BANQIAO).queryParam("orgUnit", CAIE).get(RECORDS).then().statusCode(200)
                .body("items.id", not(hasItem(visit))).body("items.id", not(hasItem(own)));
        as("provincial-reader", PROVINCE).body(record("CONTACT", "2021-10-08")).post(SUBJECTS + "/" + subjectId + "/supervision-records")
                .then().statusCode(403);

        as("district-admin", DISTRICT).queryParam("size", 200).get(RECORDS).then().statusCode(200)
                .body("items.id", hasItems(visit, check, own));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("kind", "HOME_VISIT").queryParam("abnormal", true)
                .queryParam("from", "2021-10-08").queryParam("to", "2021-10-08").queryParam("size", 200).get(RECORDS).then()
                .statusCode(200).body("items.id", hasItem(visit)).body("items.id", not(hasItems(check)))
                .body("items.id", not(hasItem(own))).body("items.kind", everyItem(equalTo("HOME_VISIT")))
                .body("items.abnormal", everyItem(equalTo(true)));
        as("district-admin", DISTRICT).queryParam("orgUnit", CAIE).queryParam("kind", "INFORMATION_CHECK").queryParam("abnormal", false)
                .queryParam("from", "2021-10-09").queryParam("to", "2021-10-09").queryParam("size", 200).get(RECORDS).then()
                .statusCode(200).body("items.id", hasItem(check)).body("items.id", not(hasItem(visit)));
    }

    @Test
    void aDateInTheFutureBeforeTheIntakeOrAfterTheEndAndAnUnknownKindAreRefusedAndNothingIsStored() {
        String subjectId = newSubject(CAIE);
        String path = SUBJECTS + "/" + subjectId + "/supervision-records";
        as("township-clerk", CAIE).body(record("CONTACT", "2999-01-04")).post(path).then().statusCode(400)
                .body("errors.field", hasItem(endsWith("occurredOn")));
        as("township-clerk", CAIE).body(record("ANNOUNCEMENT", "2021-09-29")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("occurredOn"));
        as("township-clerk", CAIE).body(record("PHONE_CALL", "2021-10-04")).post(path).then().statusCode(400);
        as("township-clerk", CAIE).body(map("kind", "CONTACT", "occurredOn", "2021-10-04", "conductedBy", " ", "result", "x"))
                .post(path).then().statusCode(400).body("errors.field", hasItem(endsWith("conductedBy")));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.supervision_record WHERE subject_id = ?",
                UUID.fromString(subjectId)));

        add(CAIE, subjectId, record("ANNOUNCEMENT", "2021-09-30"));
        // a home visit on the day of intake is as valid as the announcement
        add(CAIE, subjectId, record("HOME_VISIT", "2021-09-30"));
        String contact = add(CAIE, subjectId, record("CONTACT", "2021-10-04"));
        as("township-clerk", CAIE).body(map("date", "2021-10-06", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + subjectId + "/release").then().statusCode(200);
        as("township-clerk", CAIE).body(record("CONTACT", "2021-10-07")).post(path).then().statusCode(400)
                .body("errors.field", hasItem("occurredOn"));
        as("township-clerk", CAIE).body(with(record("CONTACT", "2021-09-29"), "version", 1)).put(RECORDS + "/" + contact)
                .then().statusCode(400).body("errors.field", hasItem("occurredOn"));
        as("township-clerk", CAIE).get(RECORDS + "/" + contact).then().statusCode(200)
                .body("version", equalTo(1)).body("occurredOn", equalTo("2021-10-04"));
        assertEquals(3, count(dataSource, "SELECT count(*) FROM corrections.supervision_record WHERE subject_id = ?",
                UUID.fromString(subjectId)));
    }

    @Test
    void aTownshipUploadsSupervisionRecordsThroughTheApisRulesAndFindsThemInTheFeed() {
        String subjectId = newSubject(CAIE);
        String id = UUID.randomUUID().toString();
        Map<String, Object> visit = with(record("WORKPLACE_VISIT", "2021-10-04"), "id", id, "subjectId", subjectId,
                "place", "邵阳市某机械厂");
        JsonPath answer = upload(clerk(CAIE), "supervision-records", batch(visit,
                with(record("CONTACT", "2021-09-29"), "id", UUID.randomUUID().toString(), "subjectId", subjectId),
                with(record("CONTACT", "2021-10-04"), "id", UUID.randomUUID().toString(), "subjectId", UUID.randomUUID().toString())));
        assertEquals(List.of("CREATED", "REJECTED", "REJECTED"), answer.getList("results.status"));
        assertEquals("occurredOn", answer.getString("results[1].errors[0].field"));

        as("township-clerk", CAIE).get(RECORDS + "/" + id).then().statusCode(200).body("orgUnit", equalTo(CAIE))
                .body("subjectId", equalTo(subjectId)).body("kind", equalTo("WORKPLACE_VISIT")).body("place", equalTo("邵阳市某机械厂"));
        // another township cannot touch it, and its subject stays
        assertEquals("REJECTED", upload(clerk(BANQIAO), "supervision-records", batch(with(visit, "result", "改", "version", 1)))
                .getString("results[0].status"));
        assertEquals("REJECTED", upload(clerk(CAIE), "supervision-records",
                batch(with(visit, "subjectId", newSubject(CAIE), "version", 1))).getString("results[0].status"));
        assertEquals("UPDATED", upload(clerk(CAIE), "supervision-records", batch(with(visit, "abnormal", true, "version", 1)))
                .getString("results[0].status"));
        as("township-clerk", CAIE).get(RECORDS + "/" + id).then().body("version", equalTo(2)).body("abnormal", equalTo(true));

        List<String> fed = clerk(CAIE).queryParam("limit", 500).get("/api/v1/corrections/sync/supervision-records/changes")
                .then().statusCode(200).extract().path("changes.id");
        org.hamcrest.MatcherAssert.assertThat(fed, hasItem(id));

        // a subject with supervision records is not deleted from under them: the refusal names them
        JsonPath refused = upload(cn.daxiang.justice.devsupport.testing.Callers.admin(), "subjects",
                batch(map("id", subjectId, "version", 1, "deleted", true)));
        assertEquals("REJECTED", refused.getString("results[0].status"));
        org.hamcrest.MatcherAssert.assertThat(refused.getString("results[0].errors[0].message"),
                org.hamcrest.Matchers.containsString("监督管理记录"));
    }

    @Test
    void aTransferredSubjectTakesItsSupervisionRecordsToTheNewOffice() {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = subject(id, CAIE, "PROBATION", INTAKE, "NORMAL");
        as("township-clerk", CAIE).body(body).post(SUBJECTS).then().statusCode(201);
        String visit = add(CAIE, id.toString(), record("HOME_VISIT", "2021-10-04"));

        Map<String, Object> moved = with(body, "orgUnit", BANQIAO, "version", 1);
        as("district-admin", DISTRICT).body(moved).put(SUBJECTS + "/" + id).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));

        as("township-clerk", BANQIAO).get(RECORDS + "/" + visit).then().statusCode(200).body("orgUnit", equalTo(BANQIAO));
        as("township-clerk", CAIE).get(RECORDS + "/" + visit).then().statusCode(404);
        assertEquals(List.of("CREATE", "MOVE"), auditActions(dataSource, "SupervisionRecord", UUID.fromString(visit)).subList(0, 2));
    }

    static Map<String, Object> with(Map<String, Object> record, Object... keysAndValues) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(record);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }
}
