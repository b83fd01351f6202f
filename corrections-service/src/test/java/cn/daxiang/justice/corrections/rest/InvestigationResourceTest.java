package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.OrgUnitScopeChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditRows;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class InvestigationResourceTest extends OrgUnitScopeChecks {

    static final String PATH = "/api/v1/corrections/investigations";

    InvestigationResourceTest() {
        super(PATH, "Investigation");
    }

    @Override
    protected String body(UUID id, String orgUnit, String extra) {
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

        staleWritersAreToldTheCurrentVersion(id, LUOSHI, 2);

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
