package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.OrgUnitScopeChecks;
import cn.daxiang.justice.devsupport.testing.Rows;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ServicePointResourceTest extends OrgUnitScopeChecks {

    static final String PATH = "/api/v1/legal-aid/service-points";

    ServicePointResourceTest() {
        super(PATH, "ServicePoint");
    }

    @Override
    protected String body(UUID id, String orgUnit, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","level":"WORKSTATION","name":"罗市镇公共法律服务工作站",
                 "address":"大祥区罗市镇司法所","status":"OPEN"%s}
                """.formatted(id, orgUnit, extra);
    }

    @Test
    void servicePointLifeCycle() {
        UUID id = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(body(id, LUOSHI, "")).post(PATH).then().statusCode(201)
                .header("ETag", "\"1\"")
                .header("Location", org.hamcrest.Matchers.endsWith(PATH + "/" + id))
                .body("id", equalTo(id.toString())).body("version", equalTo(1))
                .body("orgUnit", equalTo(LUOSHI)).body("level", equalTo("WORKSTATION"))
                .body("name", equalTo("罗市镇公共法律服务工作站")).body("status", equalTo("OPEN"));

        // the township closes its workstation
        as("township-clerk", LUOSHI).body(body(id, LUOSHI, ",\"version\":1").replace("\"OPEN\"", "\"CLOSED\""))
                .put(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2)).body("status", equalTo("CLOSED"));

        staleWritersAreToldTheCurrentVersion(id, LUOSHI, 2);

        as("provincial-reader", "430000000000").get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("CLOSED")).body("version", equalTo(2));

        as("district-admin", DISTRICT).queryParam("level", "WORKSTATION").queryParam("status", "CLOSED")
                .queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items.level", everyItem(equalTo("WORKSTATION")))
                .body("items.status", everyItem(equalTo("CLOSED")))
                .body("page", equalTo(0)).body("size", equalTo(200));
        as("district-admin", DISTRICT).queryParam("status", "OPEN").queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())))
                .body("items.status", everyItem(equalTo("OPEN")));
        as("district-admin", DISTRICT).queryParam("level", "WORK_POINT").queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem(id.toString())));
        as("district-admin", DISTRICT).queryParam("orgUnit", LUOSHI).queryParam("sort", "name,desc")
                .queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id.toString()))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)));

        assertEquals(List.of("CREATE", "UPDATE"), auditActions(id));
    }

    @Test
    void addressIsOptionalAndTheDistrictRunsTheCentre() {
        UUID id = UUID.randomUUID();
        as("district-admin", DISTRICT)
                .body("{\"id\":\"%s\",\"orgUnit\":\"%s\",\"level\":\"CENTER\",\"name\":\"大祥区公共法律服务中心\",\"status\":\"OPEN\"}"
                        .formatted(id, DISTRICT))
                .post(PATH).then().statusCode(201)
                .body("level", equalTo("CENTER")).body("address", nullValue());
        // the same id again is a conflict, not a second record
        as("district-admin", DISTRICT)
                .body("{\"id\":\"%s\",\"orgUnit\":\"%s\",\"level\":\"CENTER\",\"name\":\"大祥区公共法律服务中心\",\"status\":\"OPEN\"}"
                        .formatted(id, DISTRICT))
                .post(PATH).then().statusCode(409);
        // no version at all: 428
        as("district-admin", DISTRICT)
                .body("{\"orgUnit\":\"%s\",\"level\":\"CENTER\",\"name\":\"大祥区公共法律服务中心\",\"status\":\"CLOSED\"}"
                        .formatted(DISTRICT))
                .put(PATH + "/" + id).then().statusCode(428);
        // an id the server generates
        as("district-admin", DISTRICT)
                .body("{\"orgUnit\":\"%s\",\"level\":\"WORK_POINT\",\"name\":\"罗市镇某村工作点\",\"status\":\"OPEN\"}"
                        .formatted(LUOSHI))
                .post(PATH).then().statusCode(201).body("id", not(nullValue())).body("version", equalTo(1));
        assertEquals(List.of("CREATE"), auditActions(id));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        UUID id = UUID.randomUUID();
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("WORKSTATION", "PROVINCE_CENTER"))
                .post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("level"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("\"OPEN\"", "\"SUSPENDED\""))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("status"));
        as("district-admin", DISTRICT).body(body(id, "430503999000", "")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("orgUnit"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("\"name\":\"罗市镇公共法律服务工作站\",", ""))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("name"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("罗市镇公共法律服务工作站", "   "))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("name"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("罗市镇公共法律服务工作站", "站".repeat(2000)))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("name"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, "").replace("大祥区罗市镇司法所", "址".repeat(201)))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("address"));
        as("district-admin", DISTRICT).body(body(id, LUOSHI, ",\"opened\":true"))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("opened"));
        as("district-admin", DISTRICT).queryParam("size", 201).get(PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("size"));
        as("district-admin", DISTRICT).queryParam("sort", "address,asc").get(PATH).then().statusCode(400)
                .body("errors.field", hasItem("sort"));
        as("district-admin", DISTRICT).queryParam("level", "PROVINCE_CENTER").get(PATH).then().statusCode(400)
                .contentType("application/problem+json");

        as("district-admin", DISTRICT).get(PATH + "/" + id).then().statusCode(404);
        assertEquals(0, count("SELECT count(*) FROM service_point WHERE id = ?", id));
        assertEquals(List.of(), auditActions(id));
    }

    long count(String sql, UUID id) {
        return Rows.count(dataSource, sql, id);
    }
}
