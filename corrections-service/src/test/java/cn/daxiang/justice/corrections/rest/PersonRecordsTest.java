package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.DevTokens;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import cn.daxiang.justice.kit.person.PersonKeys;
import cn.daxiang.justice.kit.personal.Disclosure;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.rest.CorrectionEndTest.end;
import static cn.daxiang.justice.corrections.rest.ResettlementHandoverTest.create;
import static cn.daxiang.justice.corrections.rest.ResettlementHandoverTest.notified;
import static cn.daxiang.justice.corrections.rest.ResettlementHandoverTest.with;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 22 on the corrections line, against the real database: one person's records by the keyed hash of the ID number
 * (the kit's PersonRecordsResource) as three roles, and the person events (the kit's PersonEventsResource), hashes only.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PersonRecordsTest {

    static final String PERSONS = BASE + "/persons/";
    static final String EVENTS = BASE + "/person-events";

    @Inject
    PersonKeys keys;

    @Inject
    AgroalDataSource dataSource;

    /** One person: a subject of Luoshi released after 国庆 2021, received again in Caie, and under 帮教 in Luoshi before. */
    record History(String idNumber, String hash, String first, String second, String resettlement) {
    }

    History history() {
        TestData.Person person = TestData.newPerson();
        UUID first = UUID.randomUUID();
        Map<String, Object> body = subject(first, LUOSHI, "PROBATION", LocalDate.of(2021, 9, 28), "NORMAL");
        body.put("idNumber", person.idNumber());
        body.put("birthDate", person.birthDate().toString());
        as("township-clerk", LUOSHI).body(body).post(SUBJECTS).then().statusCode(201);
        end(LUOSHI, first.toString(), "release", "2021-10-08", "PARDON");
        UUID second = UUID.randomUUID();
        Map<String, Object> again = subject(second, CAIE, "PROBATION", LocalDate.of(2021, 10, 20), "NORMAL");
        again.put("idNumber", person.idNumber());
        again.put("birthDate", person.birthDate().toString());
        as("township-clerk", CAIE).body(again).post(SUBJECTS).then().statusCode(201);
        String resettlement = create(LUOSHI, with(notified(LUOSHI), "idNumber", person.idNumber(), "releasedOn", "2021-02-10",
                "receivedOn", "2021-02-18", "noticeReceivedOn", "2021-01-05", "expectedReleaseOn", "2021-02-10"));
        return new History(person.idNumber(), keys.hash(person.idNumber()), first.toString(), second.toString(), resettlement);
    }

    static JsonPath records(String role, String orgUnit, String hash) {
        return as(role, orgUnit).get(PERSONS + hash).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theDistrictAdminSeesEveryRecordOfThePersonWithLinksAndNames() {
        History h = history();
        JsonPath all = records("district-admin", DISTRICT, h.hash());
        assertEquals(h.hash(), all.getString("hash"));
        assertEquals(List.of(h.first(), h.second(), h.resettlement()).stream().sorted().toList(),
                all.getList("records.id", String.class).stream().sorted().toList());
        assertEquals(BASE + "/subjects/" + h.first(), all.getString("records.find { it.id == '" + h.first() + "' }.href"));
        assertEquals(BASE + "/resettlement/persons/" + h.resettlement(),
                all.getString("records.find { it.id == '" + h.resettlement() + "' }.href"));
        assertEquals("RESETTLEMENT_PERSON", all.getString("records.find { it.id == '" + h.resettlement() + "' }.role"));
        assertEquals("王五", all.getString("records.find { it.id == '" + h.first() + "' }.name"));
        assertTrue(!all.prettify().contains(h.idNumber()), "no ID number in the answer");
    }

    @Test
    void aClerkOfAnotherOfficeGetsAnEmptyListAndAClerkOfOneOfficeOnlyItsOwn() {
        History h = history();
        assertEquals(List.of(), records("township-clerk", BANQIAO, h.hash()).getList("records"));
        assertEquals(List.of(), records("township-clerk", BANQIAO, keys.hash(TestData.newPerson().idNumber())).getList("records"),
                "an unknown person answers the same");
        assertEquals(List.of(h.second()), records("township-clerk", CAIE, h.hash()).getList("records.id"));
    }

    @Test
    void aProvincialReaderGetsMaskedNames() {
        History h = history();
        JsonPath reader = records("provincial-reader", PROVINCE, h.hash());
        assertEquals(3, reader.getList("records").size());
        assertEquals(List.of(Disclosure.MASKED.name("孙八"), Disclosure.MASKED.name("王五")),
                reader.getList("records.name", String.class).stream().distinct().sorted().toList());
        assertTrue(!reader.getList("records.name").contains("王五"));
    }

    @Test
    void theReadIsInTheAccessLogAndSomethingThatIsNotAHashIs400() {
        History h = history();
        String read = "SELECT count(*) FROM access_log WHERE operation = 'kit.personRecords' AND record_ids @> ARRAY[?::uuid, ?::uuid]";
        assertEquals(0, Rows.count(dataSource, read, h.first(), h.resettlement()));
        records("district-admin", DISTRICT, h.hash());
        assertEquals(1, Rows.count(dataSource, read, h.first(), h.resettlement()));
        as("district-admin", DISTRICT).get(PERSONS + h.idNumber()).then().statusCode(400)
                .contentType(containsString("problem+json"));
    }

    @Test
    void aReadThatFindsNothingInTheCallersScopeIsStillInTheAccessLogAsASearchByHash() {
        History h = history();
        String probes = "SELECT count(*) FROM access_log WHERE operation = 'kit.personRecords' AND actor = ? AND search = ARRAY['hash']::varchar[]"
                + " AND cardinality(record_ids) = 0";
        String actor = "township-clerk@" + BANQIAO;
        long before = Rows.count(dataSource, probes, actor);
        assertEquals(List.of(), records("township-clerk", BANQIAO, h.hash()).getList("records"));
        assertEquals(before + 1, Rows.count(dataSource, probes, actor), "who probed a person is logged, found or not");
    }

    /** Every event of {@code hash} in the district between the dates, read page by page as the evaluation service does. */
    static List<Map<String, Object>> events(String hash, String from, String to) {
        String token = DevTokens.token("evaluation-service", "service", DISTRICT);
        List<Map<String, Object>> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath answer = RestAssured.given().auth().oauth2(token).queryParam("orgUnit", DISTRICT).queryParam("from", from)
                    .queryParam("to", to).queryParam("page", page).queryParam("size", 200).get(EVENTS)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = answer.getList("items");
            items.stream().filter(e -> hash.equals(e.get("hash"))).forEach(found::add);
            if (items.size() < 200) {
                return found;
            }
        }
    }

    @Test
    void thePersonEventsCarryTheHashTheEventTheDateAndTheOrgUnitOnly() {
        History h = history();
        List<Map<String, Object>> events = events(h.hash(), "2021-01-01", "2021-12-31");
        assertEquals(List.of(
                Map.of("hash", h.hash(), "event", "PRISON_RELEASED", "date", "2021-02-10", "orgUnit", LUOSHI),
                Map.of("hash", h.hash(), "event", "RESETTLEMENT_RECEIVED", "date", "2021-02-18", "orgUnit", LUOSHI),
                Map.of("hash", h.hash(), "event", "CORRECTION_STARTED", "date", "2021-09-28", "orgUnit", LUOSHI),
                Map.of("hash", h.hash(), "event", "CORRECTION_ENDED", "date", "2021-10-08", "orgUnit", LUOSHI),
                Map.of("hash", h.hash(), "event", "CORRECTION_STARTED", "date", "2021-10-20", "orgUnit", CAIE)), events);
        // the period bounds the events: 国庆 week only
        assertEquals(List.of("CORRECTION_ENDED"), events(h.hash(), "2021-10-01", "2021-10-08").stream().map(e -> e.get("event")).toList());
    }

    @Test
    void thePersonEventsAreForTheServiceAndTheDistrictWithinScopeAndValidDates() {
        as("township-clerk", LUOSHI).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get(EVENTS).then().statusCode(403);
        as("provincial-reader", PROVINCE).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get(EVENTS).then().statusCode(403);
        as("district-admin", DISTRICT).queryParam("orgUnit", "430600000000").queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get(EVENTS).then().statusCode(403);
        as("district-admin", DISTRICT).queryParam("from", "2021-12-31").queryParam("to", "2021-01-01").get(EVENTS).then().statusCode(400)
                .contentType(containsString("problem+json"));
        as("district-admin", DISTRICT).queryParam("from", "2021-01-01").get(EVENTS).then().statusCode(400);
    }
}
