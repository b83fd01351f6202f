package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.DISPUTES;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding a dispute by one of its parties (a child row of the dispute in the kit's blind index): by name (exact, prefix,
 * one wrong character) and by full ID number; in scope, masked, in the access log; the index follows the parties.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class PartySearchTest {

    @Inject
    AgroalDataSource dataSource;

    static int people = 700;

    static String idNumber() {
        people++;
        return IdNumbers.valid("430503", LocalDate.of(1970, 1, 1).plusDays(people * 11L), people);
    }

    static String body(UUID id, String orgUnit, UUID committee, String first, String firstId, String second, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","committeeId":"%s","registeredOn":"2021-10-08","source":"APPLICATION",
                 "category":"NEIGHBOURHOOD","summary":"宅基地排水沟纠纷",
                 "parties":[{"name":"%s","role":"APPLICANT","idNumber":"%s"},{"name":"%s","role":"RESPONDENT"}]%s}
                """.formatted(id, orgUnit, committee, first, firstId, second, extra);
    }

    static List<String> found(RequestSpecification who, String query) {
        return who.get(DISPUTES + "?size=100&" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aDisputeIsFoundByEitherPartysNameAndByTheFullIdNumberOfOne() {
        UUID committee = committee(CAIE);
        UUID id = UUID.randomUUID();
        String number = idNumber();
        as("township-clerk", CAIE).body(body(id, CAIE, committee, "阚泽宇", number, "阚小", "")).post(DISPUTES).then().statusCode(201);
        assertEquals(List.of(id.toString()), found(admin(), "name=阚泽宇"));
        assertTrue(found(admin(), "name=阚").contains(id.toString()), "prefix, one row per dispute though two parties match");
        assertEquals(1, found(admin(), "name=阚").stream().filter(id.toString()::equals).count());
        assertEquals(List.of(id.toString()), found(admin(), "name=阚泽雨"), "one wrong character");
        assertTrue(found(admin(), "name=阚晓").contains(id.toString()), "the second party, one wrong character");
        assertEquals(List.of(id.toString()), found(admin(), "idNumber=" + number));
        admin().get(DISPUTES + "?idNumber=" + number.substring(0, 10)).then().statusCode(400).body("errors[0].field", equalTo("idNumber"));
        // a party without an ID number has a row without a hash
        assertEquals(1, count(dataSource, "SELECT count(*) FROM mediation.person_index WHERE parent_id = ? AND id_hash IS NULL AND name = '阚小'", id));
    }

    @Test
    void anotherOfficeFindsNothingAndAProvincialReaderSeesThePartiesMasked() {
        UUID committee = committee(CAIE);
        UUID id = UUID.randomUUID();
        String number = idNumber();
        as("township-clerk", CAIE).body(body(id, CAIE, committee, "阚明远", number, "阚明", "")).post(DISPUTES).then().statusCode(201);
        assertEquals(List.of(), found(as("township-clerk", BANQIAO), "idNumber=" + number));
        assertEquals(List.of(), found(as("township-clerk", BANQIAO), "name=阚明远"));
        as("provincial-reader", PROVINCE).get(DISPUTES + "?idNumber=" + number).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].parties[0].name", equalTo("阚**"))
                .body("items[0].parties[0].idNumber", equalTo(number.substring(0, 6) + "********" + number.substring(14)));
    }

    @Test
    void theIndexFollowsThePartiesWhenTheDisputeChangesAndTheSearchIsLogged() {
        UUID committee = committee(CAIE);
        UUID id = UUID.randomUUID();
        String number = idNumber();
        as("township-clerk", CAIE).body(body(id, CAIE, committee, "阚思远", number, "阚思", "")).post(DISPUTES).then().statusCode(201);
        // the first party is replaced by another person: the old one is found no more
        as("township-clerk", CAIE).body(body(id, CAIE, committee, "阚新来", idNumber(), "阚思", ",\"version\":1"))
                .put(DISPUTES + "/" + id).then().statusCode(200);
        assertEquals(List.of(), found(admin(), "idNumber=" + number));
        assertTrue(found(admin(), "name=阚新来").contains(id.toString()));
        assertEquals(2, count(dataSource, "SELECT count(*) FROM mediation.person_index WHERE parent_id = ?", id));

        as("district-admin", "430503000000").header("X-Request-Id", "req-party-search-0001")
                .get(DISPUTES + "?name=阚新来").then().statusCode(200);
        JsonPath log = admin().get(BASE + "/access-log?size=50").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = log.getMap("items.find { it.requestId == 'req-party-search-0001' }");
        assertEquals(List.of("name"), row.get("search"));
        assertTrue(((List<?>) row.get("recordIds")).contains(id.toString()));
        assertFalse(log.prettify().contains("阚新来"));
    }
}
