package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.kit.person.PersonKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.batch;
import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.upload;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding a subject or a resettlement person by name (exact, prefix, one wrong, missing or extra character) and by full
 * ID number through the kit's blind index ({@code person_index}): in scope, masked per the policy, in the access log.
 * Names of rare characters keep the other test classes' subjects (王五) out of the way.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PersonSearchTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonKeys keys;

    static final LocalDate INTAKE = LocalDate.of(2021, 9, 28);

    /** A subject named {@code name} taken in by {@code orgUnit}'s clerk; its body (id, idNumber...). */
    static Map<String, Object> intake(String orgUnit, String name) {
        Map<String, Object> body = subject(UUID.randomUUID(), orgUnit, "PROBATION", INTAKE, "NORMAL");
        body.put("name", name);
        as("township-clerk", orgUnit).body(body).post(SUBJECTS).then().statusCode(201);
        return body;
    }

    static List<String> found(RequestSpecification who, String query) {
        return who.get(SUBJECTS + "?size=100&" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    static List<String> byName(String name) {
        return found(admin(), "name=" + name);
    }

    @Test
    void aThreeCharacterNameIsFoundExactlyByPrefixAndWithOneWrongMissingOrExtraCharacter() {
        String id = (String) intake(CAIE, "鞠翀飏").get("id");
        String other = (String) intake(CAIE, "鞠翀").get("id");
        assertTrue(byName("鞠翀飏").contains(id), "exact");
        assertTrue(byName("鞠翀").containsAll(List.of(id, other)), "prefix");
        assertTrue(byName("鞠").containsAll(List.of(id, other)), "one-character prefix");
        assertTrue(byName("鞠冲飏").contains(id), "one wrong character");
        assertTrue(byName("鞠飏").contains(id), "one character missing");
        assertTrue(byName("鞠翀翀飏").contains(id), "one character too many");
        assertFalse(byName("菊冲飏").contains(id), "two wrong characters are not found");
        assertFalse(byName("翀飏鞠").contains(id), "nor the characters in another order");
    }

    @Test
    void aTwoCharacterNameIsFoundWithEitherCharacterWrongAndAFourCharacterNameWithOneWrong() {
        String two = (String) intake(LUOSHI, "覃彧").get("id");
        String four = (String) intake(LUOSHI, "司马翀彧").get("id");
        assertTrue(byName("覃彧").contains(two));
        assertTrue(byName("谭彧").contains(two), "2 characters: the first wrong");
        assertTrue(byName("覃或").contains(two), "2 characters: the second wrong");
        assertFalse(byName("谭或").contains(two), "2 characters: both wrong");
        assertTrue(byName("司马").contains(four), "prefix of a four-character name");
        assertTrue(byName("司马冲彧").contains(four), "4 characters: one wrong");
        assertTrue(byName("司翀彧").contains(four), "4 characters: one missing");
        assertFalse(byName("司马冲或").contains(four), "4 characters: two wrong");
    }

    @Test
    void aFullIdNumberFindsThePersonThroughItsKeyedHashAndAPartialNumberIsRefused() {
        Map<String, Object> body = intake(CAIE, "鞠明");
        String idNumber = (String) body.get("idNumber");
        assertEquals(List.of(body.get("id")), found(admin(), "idNumber=" + idNumber));
        assertEquals(List.of(body.get("id")), found(admin(), "idNumber=" + idNumber.toLowerCase() + "&name=鞠明"), "with a name too");
        assertEquals(List.of(), found(admin(), "idNumber=" + idNumber + "&name=欧阳"), "both must match");
        long logged = count(dataSource, "SELECT count(*) FROM corrections.access_log");
        for (String partial : List.of(idNumber.substring(0, 6), idNumber.substring(0, 17), idNumber.substring(6, 14) + "%")) {
            admin().get(SUBJECTS + "?idNumber=" + partial).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("idNumber"));
        }
        assertEquals(logged, count(dataSource, "SELECT count(*) FROM corrections.access_log"), "a refused search reads nothing");
        // the index holds the keyed hash, never the number
        assertEquals(1, count(dataSource, "SELECT count(*) FROM corrections.person_index WHERE id_hash = ? AND key_id = 'dev'",
                keys.hash(idNumber)));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.person_index WHERE id_hash = ? OR name_keys::text LIKE ?",
                idNumber, "%" + idNumber.substring(6, 14) + "%"));
    }

    @Test
    void aClerkOfAnotherOfficeFindsNothingAndTheOwnClerkFindsItsOwn() {
        Map<String, Object> body = intake(CAIE, "鞠佑宁");
        String idNumber = (String) body.get("idNumber");
        assertEquals(List.of(), found(as("township-clerk", BANQIAO), "idNumber=" + idNumber));
        assertEquals(List.of(), found(as("township-clerk", BANQIAO), "name=鞠佑宁"));
        assertEquals(List.of(body.get("id")), found(as("township-clerk", CAIE), "idNumber=" + idNumber));
        as("township-clerk", CAIE).get(SUBJECTS + "?idNumber=" + idNumber).then().body("items[0].name", equalTo("鞠佑宁"))
                .body("items[0].idNumber", equalTo(idNumber));
    }

    @Test
    void aProvincialReaderFindsThePersonMasked() {
        Map<String, Object> body = intake(CAIE, "鞠佑安");
        String idNumber = (String) body.get("idNumber");
        as("provincial-reader", PROVINCE).get(SUBJECTS + "?idNumber=" + idNumber).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].name", equalTo("鞠**"))
                .body("items[0].idNumber", equalTo(TestData.masked(idNumber)));
    }

    @Test
    void everySearchIsInTheAccessLogWithWhatItSearchedByButNeverTheNameOrNumber() {
        Map<String, Object> body = intake(CAIE, "鞠佑康");
        String idNumber = (String) body.get("idNumber");
        as("district-admin", DISTRICT).header("X-Request-Id", "req-person-search-0001")
                .get(SUBJECTS + "?idNumber=" + idNumber + "&name=鞠佑康").then().statusCode(200);
        // a search that finds nothing is recorded too
        as("township-clerk", BANQIAO).header("X-Request-Id", "req-person-search-0002")
                .get(SUBJECTS + "?name=鞠佑康").then().statusCode(200).body("items.size()", equalTo(0));
        JsonPath log = admin().get(BASE + "/access-log?size=100").then().statusCode(200).extract().jsonPath();
        Map<String, Object> hit = log.getMap("items.find { it.requestId == 'req-person-search-0001' }");
        assertEquals(List.of("idNumber", "name"), hit.get("search"));
        assertEquals(List.of(body.get("id")), hit.get("recordIds"));
        assertEquals("listSubjects", hit.get("operation"));
        Map<String, Object> miss = log.getMap("items.find { it.requestId == 'req-person-search-0002' }");
        assertEquals(List.of("name"), miss.get("search"));
        assertEquals(List.of(), miss.get("recordIds"));
        assertEquals("township-clerk@" + BANQIAO, miss.get("user"));
        assertFalse(log.prettify().contains(idNumber) || log.prettify().contains("鞠佑康"), "never the name or number searched for");
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.access_log WHERE path LIKE ? OR path LIKE ?",
                "%" + idNumber + "%", "%鞠%"));
    }

    @Test
    void theIndexFollowsARenameATransferAndADeletion() {
        Map<String, Object> body = intake(CAIE, "鞠子涵");
        String id = (String) body.get("id");
        String idNumber = (String) body.get("idNumber");
        Map<String, Object> renamed = new java.util.LinkedHashMap<>(body);
        renamed.put("name", "鞠梓涵");
        renamed.put("version", 1);
        as("township-clerk", CAIE).body(renamed).put(SUBJECTS + "/" + id).then().statusCode(200);
        assertFalse(byName("鞠子涵").contains(id) && !byName("鞠梓涵").contains(id));
        assertEquals(List.of("鞠梓涵"), rows("SELECT name FROM corrections.person_index WHERE record_id = '" + id + "'"));

        // transferred to another office: the index row moves with it, and the old office finds it no more
        renamed.put("orgUnit", BANQIAO);
        renamed.put("version", 2);
        admin().body(renamed).put(SUBJECTS + "/" + id).then().statusCode(200);
        assertEquals(List.of(BANQIAO), rows("SELECT org_unit FROM corrections.person_index WHERE record_id = '" + id + "'"));
        assertEquals(List.of(), found(as("township-clerk", CAIE), "idNumber=" + idNumber));
        assertEquals(List.of(id), found(as("township-clerk", BANQIAO), "idNumber=" + idNumber));

        // the district admin undoes the intake: the row goes with the record
        assertEquals("UPDATED", upload(admin(), "subjects", batch(TestData.map("id", id, "version", 3, "deleted", true)))
                .getString("results[0].status"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.person_index WHERE record_id = ?", UUID.fromString(id)));
        assertEquals(List.of(), found(admin(), "idNumber=" + idNumber));
    }

    @Test
    void resettlementPersonsAreSearchedTheSameWay() {
        String idNumber = TestData.newPerson().idNumber();
        String id = UUID.randomUUID().toString();
        as("township-clerk", CAIE).body(TestData.map("id", id, "orgUnit", CAIE, "name", "鞠安置", "gender", "MALE", "idNumber", idNumber,
                        "source", "PRISON_RELEASE", "releasedOn", "2021-09-20", "receivedOn", "2021-10-08", "handoverDone", false,
                        "keyTarget", false))
                .post(BASE + "/resettlement/persons").then().statusCode(201);
        assertEquals(List.of(id), admin().get(BASE + "/resettlement/persons?idNumber=" + idNumber).then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
        assertTrue(admin().get(BASE + "/resettlement/persons?name=鞠按置").then().statusCode(200)
                .extract().jsonPath().getList("items.id").contains(id), "one wrong character");
        admin().get(BASE + "/resettlement/persons?idNumber=430503").then().statusCode(400);
    }

    @Test
    void theLookupsReadTheIndexesNotTheTable() throws Exception {
        String hash = keys.hash("11010519491231002X");
        String byHash = plan("EXPLAIN SELECT record_id FROM corrections.person_index WHERE id_hash IN ('" + hash + "', 'x')");
        assertTrue(byHash.contains("person_index_hash_idx"), byHash);
        String byPrefix = plan("EXPLAIN SELECT record_id FROM corrections.person_index WHERE name LIKE '鞠翀%'");
        assertTrue(byPrefix.contains("person_index_name_idx") && byPrefix.contains("~>=~"), byPrefix);
        String byKeys = plan("EXPLAIN SELECT record_id FROM corrections.person_index WHERE "
                + "(name LIKE '鞠冲飏%' OR name_keys && ARRAY['=鞠冲飏', '~?冲飏', '~鞠?飏']::varchar[])");
        assertTrue(byKeys.contains("person_index_name_keys_idx") && byKeys.contains("BitmapOr"), byKeys);
    }

    private String plan(String explain) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // a test table of a few rows is read whole by choice; the benchmark shows the plan on a million rows
            s.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet r = s.executeQuery(explain)) {
                while (r.next()) {
                    plan.append(r.getString(1)).append('\n');
                }
            }
            s.execute("RESET enable_seqscan");
            return plan.toString();
        }
    }

    private List<String> rows(String sql) {
        return cn.daxiang.justice.devsupport.testing.Rows.strings(dataSource, sql);
    }
}
