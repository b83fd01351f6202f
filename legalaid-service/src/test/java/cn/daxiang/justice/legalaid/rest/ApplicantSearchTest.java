package cn.daxiang.justice.legalaid.rest;

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
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.applicationBody;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding a legal-aid applicant's applications, and the cases they became, by name and full ID number through the kit's
 * blind index: in scope, masked, in the access log.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ApplicantSearchTest {

    static final String APPLICATIONS = BASE + "/applications";

    @Inject
    AgroalDataSource dataSource;

    static int people = 800;

    /** An application of {@code name} received by {@code orgUnit}; its id and the applicant's number. */
    static Map.Entry<UUID, String> apply(String orgUnit, String name) {
        people++;
        String number = IdNumbers.valid("430503", LocalDate.of(1965, 1, 1).plusDays(people * 13L), people);
        UUID id = UUID.randomUUID();
        as("township-clerk", orgUnit).body(applicationBody(id, orgUnit, "CIVIL", "2018-11-05", number).replace("张三丰", name))
                .post(APPLICATIONS).then().statusCode(201);
        return Map.entry(id, number);
    }

    static List<String> found(RequestSpecification who, String path, String query) {
        return who.get(path + "?size=100&" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void anApplicantIsFoundByNameExactlyByPrefixWithOneWrongCharacterAndByFullIdNumber() {
        var application = apply(CAIE, "张俊熙");
        String id = application.getKey().toString();
        assertTrue(found(admin(), APPLICATIONS, "name=张俊熙").contains(id));
        assertTrue(found(admin(), APPLICATIONS, "name=张俊").contains(id), "prefix");
        assertTrue(found(admin(), APPLICATIONS, "name=张骏熙").contains(id), "one wrong character");
        assertFalse(found(admin(), APPLICATIONS, "name=章骏熙").contains(id), "two wrong characters");
        assertEquals(List.of(id), found(admin(), APPLICATIONS, "idNumber=" + application.getValue()));
        long logged = count(dataSource, "SELECT count(*) FROM legalaid.access_log");
        admin().get(APPLICATIONS + "?idNumber=" + application.getValue().substring(0, 14)).then().statusCode(400)
                .body("errors[0].field", equalTo("idNumber"));
        assertEquals(logged, count(dataSource, "SELECT count(*) FROM legalaid.access_log"));
    }

    @Test
    void theCaseAnApplicationBecameIsFoundByItsApplicant() {
        var application = apply(CAIE, "张子墨");
        String caseId = as("township-clerk", CAIE).body("{\"acceptedOn\":\"2018-11-12\",\"version\":1}")
                .post(APPLICATIONS + "/" + application.getKey() + "/accept").then().statusCode(201).extract().path("id");
        assertEquals(List.of(caseId), found(admin(), BASE + "/cases", "idNumber=" + application.getValue()));
        assertTrue(found(admin(), BASE + "/cases", "name=张子默").contains(caseId), "one wrong character");
        assertEquals(List.of(), found(as("township-clerk", BANQIAO), BASE + "/cases", "idNumber=" + application.getValue()));
    }

    @Test
    void anotherOfficeFindsNothingAProvincialReaderSeesItMaskedAndTheSearchIsLogged() {
        var application = apply(CAIE, "张雨桐");
        String id = application.getKey().toString();
        assertEquals(List.of(), found(as("township-clerk", BANQIAO), APPLICATIONS, "idNumber=" + application.getValue()));
        assertEquals(List.of(), found(as("township-clerk", BANQIAO), APPLICATIONS, "name=张雨桐"));
        String number = application.getValue();
        as("provincial-reader", PROVINCE).get(APPLICATIONS + "?idNumber=" + number).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].applicantName", equalTo("张**"))
                .body("items[0].applicantIdNumber", equalTo(number.substring(0, 6) + "********" + number.substring(14)));

        as("district-admin", DISTRICT).header("X-Request-Id", "req-applicant-search-0001")
                .get(APPLICATIONS + "?idNumber=" + number).then().statusCode(200);
        JsonPath log = admin().get(BASE + "/access-log?size=50").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = log.getMap("items.find { it.requestId == 'req-applicant-search-0001' }");
        assertEquals(List.of("idNumber"), row.get("search"));
        assertEquals(List.of(id), row.get("recordIds"));
        assertFalse(log.prettify().contains(number));
    }
}
