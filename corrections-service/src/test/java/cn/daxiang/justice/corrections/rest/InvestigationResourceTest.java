package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditRows;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class InvestigationResourceTest {

    static final String PATH = "/api/v1/corrections/investigations";

    @Inject
    AgroalDataSource dataSource;

    static String body(UUID id, String orgUnit, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","entrustingAuthority":"COURT","entrustingOrgan":"大祥区人民法院",
                 "personName":"张三","personIdNumber":"11010519491231002X","entrustedOn":"2021-03-01"%s}
                """.formatted(id, orgUnit, extra);
    }

    @Test
    void investigationLifeCycle() {
        UUID id = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(body(id, LUOSHI, "")).post(PATH).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id.toString())).body("version", equalTo(1)).body("status", equalTo("PENDING"))
                .body("personIdNumber", equalTo("11010519491231002X"));

        as("township-clerk", LUOSHI).body(body(id, LUOSHI, ",\"completedOn\":\"2021-03-15\",\"opinion\":\"SUITABLE\",\"version\":1"))
                .put(PATH + "/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("COMPLETED")).body("opinion", equalTo("SUITABLE"));

        // a second writer still holding version 1 is told the current version
        as("district-admin", DISTRICT).body(body(id, LUOSHI, ",\"version\":1")).put(PATH + "/" + id).then()
                .statusCode(412).body("currentVersion", equalTo(2));

        as("provincial-reader", "430000000000").get(PATH + "/" + id).then().statusCode(200)
                .body("personIdNumber", equalTo("110105********002X"));
        as("district-admin", DISTRICT).queryParam("status", "COMPLETED").queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items.personIdNumber", hasItem("110105********002X"))
                // other tests' investigations are listed too: every one of them masked
                .body("items.personIdNumber", everyItem(matchesPattern("\\d{6}\\*{8}\\d{3}[\\dX]")));
        assertEquals(2, auditRows(dataSource, id));
    }

    @Test
    void clerksCannotReachAnotherTownshipsInvestigations() {
        UUID theirs = UUID.randomUUID();
        as("township-clerk", CAIE).body(body(theirs, CAIE, "")).post(PATH).then().statusCode(201);
        as("township-clerk", LUOSHI).get(PATH + "/" + theirs).then().statusCode(404);
        as("township-clerk", LUOSHI).body(body(theirs, CAIE, ",\"version\":1")).put(PATH + "/" + theirs).then().statusCode(404);
        as("township-clerk", LUOSHI).body(body(UUID.randomUUID(), CAIE, "")).post(PATH).then().statusCode(403);
        as("township-clerk", LUOSHI).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)));
        as("provincial-reader", "430000000000").body(body(UUID.randomUUID(), LUOSHI, "")).post(PATH).then().statusCode(403);
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("11010519491231002X", "110105194912310021"))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("personIdNumber"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, ",\"completedOn\":\"2021-02-01\",\"opinion\":\"SUITABLE\""))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("completedOn"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, ",\"completedOn\":\"2021-03-02\""))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("opinion"));
        as("district-admin", DISTRICT).body(body(id, "430503999000", "")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("orgUnit"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("COURT", "JUDGE")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("entrustingAuthority"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("张三", "张".repeat(2000))).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("personName"));
        as("district-admin", DISTRICT).queryParam("size", 201).get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as("district-admin", DISTRICT).get(PATH + "/" + id).then().statusCode(404);
        assertEquals(0, auditRows(dataSource, id));
    }
}
