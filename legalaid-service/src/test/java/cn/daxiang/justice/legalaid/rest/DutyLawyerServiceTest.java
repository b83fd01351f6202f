package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.createProvider;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Duty lawyers' services (值班律师, 法律援助法第三十条; 《法律援助值班律师工作办法》) through the API and sync: scope, bad input,
 * the suspect's name masked in lists, audit, the change feed and the figures by kind. 翠园街道 (430503005000) belongs to this
 * class alone; 城西街道 (430503004000) is another office here.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DutyLawyerServiceTest {

    static final String TOWN = "430503005000";
    static final String OTHER_TOWN = "430503004000";
    static final String PATH = BASE + "/duty-lawyer-services";
    static final String CLERK = "township-clerk";

    @Inject
    AgroalDataSource dataSource;

    static UUID servicePoint(String orgUnit, String level) {
        UUID id = UUID.randomUUID();
        as(CLERK, orgUnit).body("""
                {"id":"%s","orgUnit":"%s","level":"%s","name":"大祥区看守所法律援助工作站","address":"大祥区看守所","status":"OPEN"}
                """.formatted(id, orgUnit, level)).post(BASE + "/service-points").then().statusCode(201);
        return id;
    }

    static String body(UUID id, String orgUnit, UUID provider, UUID point, String on, String kind) {
        return """
                {"id":"%s","orgUnit":"%s","providerId":"%s","servicePointId":"%s","servedOn":"%s","kind":"%s",
                 "suspectName":"王小五","notes":"告知认罪认罚的性质和法律后果"}
                """.formatted(id, orgUnit, provider, point, on, kind);
    }

    static UUID record(String orgUnit, UUID provider, UUID point, String on, String kind) {
        UUID id = UUID.randomUUID();
        as(CLERK, orgUnit).body(body(id, orgUnit, provider, point, on, kind)).post(PATH).then().statusCode(201);
        return id;
    }

    long rows() {
        return count(dataSource, "SELECT count(*) FROM legalaid.duty_lawyer_service");
    }

    @Test
    void aServiceIsRecordedAuditedAndReadInFullByItsOfficeButMaskedInTheDistrictsList() {
        UUID provider = createProvider(TOWN, false);
        UUID point = servicePoint(TOWN, "WORKSTATION");
        UUID id = UUID.randomUUID();
        as(CLERK, TOWN).body(body(id, TOWN, provider, point, "2021-10-08", "PROCEDURE_ADVICE")).post(PATH).then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + id))
                .body("suspectName", equalTo("王小五")).body("kind", equalTo("PROCEDURE_ADVICE")).body("version", equalTo(1));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "DutyLawyerService", id));

        as(CLERK, TOWN).get(PATH + "/" + id).then().statusCode(200).body("suspectName", equalTo("王小五"));
        as("district-admin", DISTRICT).queryParam("orgUnit", TOWN).get(PATH).then().statusCode(200)
                .body("items.find { it.id == '%s' }.suspectName".formatted(id), equalTo("王**"));
        as("provincial-reader", "430000000000").get(PATH + "/" + id).then().statusCode(200).body("suspectName", equalTo("王**"));

        as(CLERK, TOWN).header("If-Match", "1").body(body(id, TOWN, provider, point, "2021-10-08", "CASE_OPINION"))
                .put(PATH + "/" + id).then().statusCode(200).body("kind", equalTo("CASE_OPINION")).body("version", equalTo(2));
        as(CLERK, TOWN).header("If-Match", "1").body(body(id, TOWN, provider, point, "2021-10-08", "MEETING"))
                .put(PATH + "/" + id).then().statusCode(412);
    }

    @Test
    void anotherOfficeNeitherReadsNorWritesTheRecordAndCannotNameThisOfficesLawyerOrWorkstation() {
        UUID provider = createProvider(TOWN, false);
        UUID point = servicePoint(TOWN, "WORKSTATION");
        UUID id = record(TOWN, provider, point, "2021-06-01", "LEGAL_CONSULTATION");

        as(CLERK, OTHER_TOWN).get(PATH + "/" + id).then().statusCode(404);
        as(CLERK, OTHER_TOWN).get(PATH).then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id.toString())));
        long before = rows();
        as(CLERK, OTHER_TOWN).body(body(UUID.randomUUID(), TOWN, provider, point, "2021-06-01", "LEGAL_CONSULTATION"))
                .post(PATH).then().statusCode(403);
        as(CLERK, OTHER_TOWN).body(body(UUID.randomUUID(), OTHER_TOWN, provider, servicePoint(OTHER_TOWN, "WORKSTATION"),
                "2021-06-01", "LEGAL_CONSULTATION")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("providerId"));
        as(CLERK, OTHER_TOWN).body(body(UUID.randomUUID(), OTHER_TOWN, createProvider(OTHER_TOWN, false), point,
                "2021-06-01", "LEGAL_CONSULTATION")).post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("servicePointId"));
        assertEquals(before, rows());
    }

    @Test
    void badInputIsAProblemInChineseAndNothingIsStored() {
        UUID provider = createProvider(TOWN, false);
        UUID point = servicePoint(TOWN, "WORKSTATION");
        long before = rows();
        as(CLERK, TOWN).body(body(UUID.randomUUID(), TOWN, provider, point, "2021-06-01", "BAIL_HEARING")).post(PATH)
                .then().statusCode(400).contentType("application/problem+json");
        as(CLERK, TOWN).body(body(UUID.randomUUID(), TOWN, provider, point, "2021-06-01", "MEETING").replace("王小五", " "))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("suspectName"));
        as(CLERK, TOWN).body(body(UUID.randomUUID(), TOWN, provider, point, "2999-01-01", "MEETING")).post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("servedOn"));
        // a duty lawyer works at a workstation (at a court, procuratorate or detention centre), not at a centre or work point
        as(CLERK, TOWN).body(body(UUID.randomUUID(), TOWN, provider, servicePoint(TOWN, "WORK_POINT"), "2021-06-01", "MEETING"))
                .post(PATH).then().statusCode(400).body("errors[0].field", equalTo("servicePointId"))
                .body("title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
        assertEquals(before, rows());
    }

    @Test
    void aServiceUploadedBySyncIsStoredOnceAndHandedOutInTheChangeFeed() throws InterruptedException {
        UUID provider = createProvider(TOWN, false);
        UUID point = servicePoint(TOWN, "WORKSTATION");
        UUID id = UUID.randomUUID();
        String batch = "{\"records\":[" + body(id, TOWN, provider, point, "2021-03-03", "FILE_REVIEW") + "]}";
        JsonPath answer = as(CLERK, TOWN).body(batch).post(BASE + "/sync/duty-lawyer-services").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("CREATED", answer.getString("results[0].status"));
        as(CLERK, TOWN).body(batch.replace("\"FILE_REVIEW\"", "\"FILE_REVIEW\",\"version\":1"))
                .post(BASE + "/sync/duty-lawyer-services").then().statusCode(200).body("results[0].status", equalTo("UNCHANGED"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM legalaid.duty_lawyer_service WHERE id = ?", id));

        boolean seen = false;
        for (int attempt = 0; attempt < 50 && !seen; attempt++) {
            List<Map<String, Object>> changes = as(CLERK, TOWN).queryParam("limit", 1000)
                    .get(BASE + "/sync/duty-lawyer-services/changes").then().statusCode(200).extract().jsonPath().getList("changes");
            seen = changes.stream().anyMatch(c -> id.toString().equals(c.get("id")));
            if (!seen) {
                Thread.sleep(100);
            }
        }
        assertTrue(seen, "the uploaded service is in the township's feed");
    }

    /** The record as the caller's change feed hands it out (polled: the feed hands out committed changes). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> inFeed(String role, String orgUnit, UUID id) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            List<Map<String, Object>> changes = as(role, orgUnit).queryParam("limit", 1000)
                    .get(BASE + "/sync/duty-lawyer-services/changes").then().statusCode(200).extract().jsonPath().getList("changes");
            Map<String, Object> change = changes.stream().filter(c -> id.toString().equals(c.get("id"))).reduce((a, b) -> b).orElse(null);
            if (change != null) {
                return (Map<String, Object>) change.get("record");
            }
            Thread.sleep(100);
        }
        throw new AssertionError(id + " is not in the feed of " + role + " " + orgUnit);
    }

    /**
     * The notes tell what was advised on the suspect's case (the charge, other persons): withheld whole wherever personal
     * data is masked — the district's list, a provincial reader, the bulk feed — as a criminal record is; the office that
     * recorded them reads them in full, one record and its own feed; the audit trail keeps them withheld.
     */
    @Test
    void theNotesAreWithheldInListsAndFeedsAndReadInFullByTheOffice() throws InterruptedException {
        UUID provider = createProvider(TOWN, false);
        UUID point = servicePoint(TOWN, "WORKSTATION");
        UUID id = record(TOWN, provider, point, "2021-10-09", "COERCIVE_MEASURE_CHANGE");
        String notes = "告知认罪认罚的性质和法律后果";

        as(CLERK, TOWN).get(PATH + "/" + id).then().statusCode(200).body("notes", equalTo(notes));
        as("district-admin", DISTRICT).queryParam("orgUnit", TOWN).get(PATH).then().statusCode(200)
                .body("items.find { it.id == '%s' }.notes".formatted(id), equalTo("***"));
        as("provincial-reader", "430000000000").get(PATH + "/" + id).then().statusCode(200).body("notes", equalTo("***"));
        assertEquals("***", inFeed("district-admin", DISTRICT, id).get("notes"));
        assertEquals("王**", inFeed("district-admin", DISTRICT, id).get("suspectName"));
        assertEquals(notes, inFeed(CLERK, TOWN, id).get("notes"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM audit_log WHERE entity_id = ? AND changes::text LIKE ?",
                id.toString(), "%认罪认罚%"), "the audit trail withholds the notes");
    }

    @Test
    void servicesAreCountedByKindForThePeriodAndThePleaWitnessingOfCasesIsCountedApart() {
        UUID provider = createProvider(TOWN, false);
        UUID point = servicePoint(TOWN, "WORKSTATION");
        record(TOWN, provider, point, "2020-03-02", "PLEA_WITNESS");
        record(TOWN, provider, point, "2020-03-03", "PLEA_WITNESS");
        record(TOWN, provider, point, "2020-03-04", "COERCIVE_MEASURE_CHANGE");
        record(TOWN, provider, point, "2020-03-31", "AID_APPLICATION_HELP");
        record(TOWN, provider, point, "2020-04-01", "PLEA_WITNESS");
        JsonPath stats = as("service", DISTRICT).queryParam("orgUnit", TOWN).queryParam("from", "2020-03-01")
                .queryParam("to", "2020-03-31").get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(4, stats.getInt("metrics.'legalaid.dutyLawyer.services'"));
        assertEquals(2, stats.getInt("metrics.'legalaid.dutyLawyer.pleaWitness'"));
        assertEquals(1, stats.getInt("metrics.'legalaid.dutyLawyer.coerciveMeasure'"));
        assertEquals(1, stats.getInt("metrics.'legalaid.dutyLawyer.aidApplication'"));
        assertEquals(0, stats.getInt("metrics.'legalaid.dutyLawyer.meeting'"));
        assertEquals(0, stats.getInt("metrics.'legalaid.cases.accepted.pleaWitness'"), "a duty lawyer's witnessing is not a case");

        JsonPath catalog = as("service", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200).extract().jsonPath();
        assertEquals("值班律师法律帮助人次", catalog.getString("items.find { it.name == 'legalaid.dutyLawyer.services' }.labelZh"));
        assertEquals("值班律师认罪认罚见证人次", catalog.getString("items.find { it.name == 'legalaid.dutyLawyer.pleaWitness' }.labelZh"));
    }
}
