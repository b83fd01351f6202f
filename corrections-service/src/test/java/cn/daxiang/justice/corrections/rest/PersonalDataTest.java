package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.corrections.sync.CorrectionsSyncTest.mirror;
import static cn.daxiang.justice.corrections.rest.EducationVisitsResettlementTest.VISITS;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.masked;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The kit's masking policy on every corrections view: per role, single record against bulk. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PersonalDataTest {

    record Held(UUID id, String idNumber, String birthDate) {
    }

    static Held subjectIn(String orgUnit) {
        UUID id = UUID.randomUUID();
        Map<String, Object> body = subject(id, orgUnit, "PROBATION", LocalDate.of(2022, 1, 30), "NORMAL");
        body.put("name", "欧阳明月");
        as("township-clerk", orgUnit).body(body).post(SUBJECTS).then().statusCode(201);
        return new Held(id, (String) body.get("idNumber"), (String) body.get("birthDate"));
    }

    static String one(Held held) {
        return "items.find { it.id == '" + held.id() + "' }.";
    }

    @Test
    void theProvincialReaderNeverSeesANameAnIdNumberABirthDateOrAnOffenceInClear() {
        Held held = subjectIn(BANQIAO);
        String year = held.birthDate().substring(0, 4);
        as("provincial-reader", PROVINCE).get(SUBJECTS + "/" + held.id()).then().statusCode(200)
                .body("name", equalTo("欧***")).body("idNumber", equalTo(masked(held.idNumber())))
                .body("birthDate", nullValue()).body("birthYear", equalTo(Integer.parseInt(year)))
                .body("offence", equalTo("***")).body("sentence", equalTo("***"));
        as("provincial-reader", PROVINCE).get(SUBJECTS + "/" + held.id() + "/file").then().statusCode(200)
                .body("subject.name", equalTo("欧***")).body("subject.birthDate", nullValue())
                .body("subject.offence", equalTo("***"));
        as("provincial-reader", PROVINCE).queryParam("size", 200).get(SUBJECTS).then().statusCode(200)
                .body(one(held) + "name", equalTo("欧***")).body(one(held) + "birthDate", nullValue())
                .body(one(held) + "offence", equalTo("***"));
    }

    @Test
    void aDistrictAdminReadsOnePersonInClearButNeverInBulk() {
        Held held = subjectIn(BANQIAO);
        as("district-admin", DISTRICT).get(SUBJECTS + "/" + held.id()).then().statusCode(200)
                .body("name", equalTo("欧阳明月")).body("idNumber", equalTo(held.idNumber()))
                .body("birthDate", equalTo(held.birthDate())).body("offence", equalTo("危险驾驶罪"));
        as("district-admin", DISTRICT).queryParam("size", 200).get(SUBJECTS).then().statusCode(200)
                .body(one(held) + "name", equalTo("欧***")).body(one(held) + "idNumber", equalTo(masked(held.idNumber())))
                .body(one(held) + "birthDate", nullValue()).body(one(held) + "offence", equalTo("***"));
        Map<String, Object> record = record(mirror(as("district-admin", DISTRICT), "subjects"), held);
        assertEquals("欧***", record.get("name"));
        assertEquals(masked(held.idNumber()), record.get("idNumber"));
        assertNull(record.get("birthDate"));
        assertEquals("***", record.get("offence"));
    }

    @Test
    void theTownshipClerkMirrorsItsOwnRecordsInFull() {
        Held held = subjectIn(BANQIAO);
        as("township-clerk", BANQIAO).queryParam("size", 200).get(SUBJECTS).then().statusCode(200)
                .body(one(held) + "name", equalTo("欧阳明月")).body(one(held) + "idNumber", equalTo(held.idNumber()))
                .body(one(held) + "birthDate", equalTo(held.birthDate()));
        Map<String, Object> record = record(mirror(as("township-clerk", BANQIAO), "subjects"), held);
        assertEquals(held.idNumber(), record.get("idNumber"));
        assertEquals("危险驾驶罪", record.get("offence"));
    }

    @Test
    void remoteVisitNamesAreMaskedInBulkAndForReadOnlyRoles() {
        String id = as("township-clerk", BANQIAO).body(map("orgUnit", BANQIAO, "visitedOn", "2022-02-07",
                        "institution", "湖南省邵阳监狱", "inmateName", "司马相如", "visitorKind", "FAMILY_MEMBER",
                        "visitorName", "卓文君", "visitorRelation", "夫妻"))
                .post(VISITS).then().statusCode(201).body("inmateName", equalTo("司马相如")).extract().path("id");
        as("provincial-reader", PROVINCE).get(VISITS + "/" + id).then().statusCode(200)
                .body("inmateName", equalTo("司***")).body("visitorName", equalTo("卓**"));
        as("district-admin", DISTRICT).get(VISITS + "/" + id).then().statusCode(200).body("inmateName", equalTo("司马相如"));
        String all = as("district-admin", DISTRICT).queryParam("size", 200).get(VISITS).then().statusCode(200).extract().asString();
        assertFalse(all.contains("司马相如") || all.contains("卓文君"), "a district admin's list shows a name in clear");
        String feed = mirror(as("district-admin", DISTRICT), "remote-visits").toString();
        assertFalse(feed.contains("司马相如") || feed.contains("卓文君"), "the district admin's feed shows a name in clear");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> record(Map<String, Map<String, Object>> mirror, Held held) {
        return (Map<String, Object>) mirror.get(held.id().toString()).get("record");
    }
}
