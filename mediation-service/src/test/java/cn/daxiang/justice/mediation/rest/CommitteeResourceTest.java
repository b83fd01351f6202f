package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.OrgUnitScopeChecks;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CommitteeResourceTest extends OrgUnitScopeChecks {

    static final String PATH = "/api/v1/mediation/committees";

    CommitteeResourceTest() {
        super(PATH, "Committee");
    }

    @Override
    protected String body(UUID id, String orgUnit, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","name":"罗市镇人民调解委员会","level":"TOWNSHIP",
                 "termStart":"2021-01-01","status":"ACTIVE"%s}
                """.formatted(id, orgUnit, extra);
    }

    @Test
    void committeeLifeCycle() {
        UUID id = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(body(id, LUOSHI, "")).post(PATH).then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", org.hamcrest.Matchers.endsWith(PATH + "/" + id))
                .body("id", equalTo(id.toString())).body("version", equalTo(1))
                .body("orgUnit", equalTo(LUOSHI)).body("level", equalTo("TOWNSHIP")).body("status", equalTo("ACTIVE"))
                .body("termStart", equalTo("2021-01-01")).body("termEnd", nullValue())
                .body("createdAt", not(nullValue())).body("updatedAt", not(nullValue()));

        as("township-clerk", LUOSHI).get(PATH + "/" + id).then().statusCode(200).header("ETag", "\"1\"");

        // the term ends and the committee is dissolved
        as("township-clerk", LUOSHI)
                .body(body(id, LUOSHI, ",\"termEnd\":\"2024-12-31\",\"version\":1").replace("\"ACTIVE\"", "\"DISSOLVED\""))
                .put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2)).body("status", equalTo("DISSOLVED")).body("termEnd", equalTo("2024-12-31"));

        staleWritersAreToldTheCurrentVersion(id, LUOSHI, 2);
        // no version at all: 428
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "")).put(PATH + "/" + id).then().statusCode(428);

        as("provincial-reader", PROVINCE).get(PATH + "/" + id).then().statusCode(200).body("version", equalTo(2));
        as("district-admin", DISTRICT)
                .queryParam("orgUnit", LUOSHI).queryParam("status", "DISSOLVED").queryParam("level", "TOWNSHIP")
                .queryParam("size", 200).queryParam("sort", "createdAt,desc")
                .get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items.status", everyItem(equalTo("DISSOLVED")))
                .body("items.level", everyItem(equalTo("TOWNSHIP")))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)))
                .body("size", equalTo(200)).body("page", equalTo(0));
        as("district-admin", DISTRICT).queryParam("status", "ACTIVE").queryParam("size", 200).get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem(id.toString())));
        as("district-admin", DISTRICT).queryParam("level", "VILLAGE").queryParam("size", 200).get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem(id.toString())));

        assertEquals(List.of("CREATE", "UPDATE"), auditActions(id));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("TOWNSHIP", "CITY")).post(PATH).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("level"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("ACTIVE", "RETIRED")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("status"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, ",\"termEnd\":\"2020-12-31\"")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("termEnd"));
        as("district-admin", DISTRICT).body(body(id, "430503999000", "")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("orgUnit"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("罗市镇人民调解委员会", "调".repeat(2000))).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("name"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("罗市镇人民调解委员会", " ")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("name"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("\"termStart\":\"2021-01-01\",", "")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("termStart"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, ",\"chairman\":\"张三\"")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("chairman"));
        as("district-admin", DISTRICT).queryParam("size", 201).get(PATH).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
        as("district-admin", DISTRICT).queryParam("sort", "orgUnit,asc").get(PATH).then()
                .statusCode(400).body("errors.field", hasItem("sort"));
        as("district-admin", DISTRICT).queryParam("status", "RETIRED").get(PATH).then()
                .statusCode(400).contentType("application/problem+json");

        as("district-admin", DISTRICT).get(PATH + "/" + id).then().statusCode(404);
        assertEquals(0, committeeRows(id));
        assertEquals(List.of(), auditActions(id));
    }

    @Test
    void sortableFieldsAreAccepted() {
        for (String sort : List.of("name,asc", "termStart,desc", "createdAt")) {
            as("district-admin", DISTRICT).queryParam("sort", sort).get(PATH).then().statusCode(200);
        }
    }

    @Test
    void openApiDescribesTheCommittees() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("人民调解 API (mediation-service)"))
                .body("paths.'/api/v1/mediation/committees'.post.operationId", equalTo("createCommittee"))
                .body("paths.'/api/v1/mediation/committees'.get.operationId", equalTo("listCommittees"))
                .body("paths.'/api/v1/mediation/committees/{id}'.get.operationId", equalTo("getCommittee"))
                .body("paths.'/api/v1/mediation/committees/{id}'.put.operationId", equalTo("updateCommittee"))
                .body("paths.'/api/v1/mediation/committees'.post.tags", hasItem("committees"))
                .body("components.schemas.CommitteeInput.properties.level.description", containsString("VILLAGE 村/社区"))
                .body("components.schemas.Committee.properties.status.description", containsString("DISSOLVED 撤销"));
    }

    long committeeRows(UUID id) {
        return count(dataSource, "SELECT count(*) FROM committee WHERE id = ?", id);
    }
}
