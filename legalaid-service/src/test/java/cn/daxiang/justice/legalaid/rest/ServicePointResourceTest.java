package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.AuditRows;
import cn.daxiang.justice.devsupport.testing.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
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
class ServicePointResourceTest {

    static final String PATH = "/api/v1/legal-aid/service-points";

    @Inject
    AgroalDataSource dataSource;

    static String body(UUID id, String orgUnit, String extra) {
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

        // a second writer still holding version 1 is told the current version, by body or by If-Match
        as("district-admin", DISTRICT).body(body(id, LUOSHI, ",\"version\":1")).put(PATH + "/" + id).then()
                .statusCode(412).contentType("application/problem+json").body("currentVersion", equalTo(2));
        as("district-admin", DISTRICT).header("If-Match", "\"1\"").body(body(id, LUOSHI, "")).put(PATH + "/" + id).then()
                .statusCode(412).body("currentVersion", equalTo(2));

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
    void clerksCannotReachAnotherTownshipsServicePoints() {
        UUID theirs = UUID.randomUUID();
        as("township-clerk", CAIE).body(body(theirs, CAIE, "").replace("罗市镇", "蔡锷乡")).post(PATH).then().statusCode(201);
        UUID ours = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(body(ours, LUOSHI, "")).post(PATH).then().statusCode(201);

        as("township-clerk", LUOSHI).get(PATH + "/" + theirs).then().statusCode(404)
                .contentType("application/problem+json");
        as("township-clerk", LUOSHI).body(body(theirs, CAIE, ",\"version\":1")).put(PATH + "/" + theirs).then().statusCode(404);
        UUID attempted = UUID.randomUUID();
        as("township-clerk", LUOSHI).body(body(attempted, CAIE, "")).post(PATH).then().statusCode(403)
                .contentType("application/problem+json");
        // moving one's own point to another township is refused too
        as("township-clerk", LUOSHI).body(body(ours, CAIE, ",\"version\":1")).put(PATH + "/" + ours).then().statusCode(403);

        as("township-clerk", LUOSHI).queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(ours.toString()))
                .body("items.id", not(hasItem(theirs.toString())))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)));
        // asking for the other township's unit only narrows the clerk's own scope: nothing
        as("township-clerk", LUOSHI).queryParam("orgUnit", CAIE).get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));

        as("provincial-reader", "430000000000").body(body(attempted, LUOSHI, "")).post(PATH).then().statusCode(403);
        as("provincial-reader", "430000000000").body(body(ours, LUOSHI, ",\"version\":1")).put(PATH + "/" + ours).then()
                .statusCode(403);
        as("provincial-reader", "430000000000").get(PATH + "/" + theirs).then().statusCode(200);

        as("district-admin", DISTRICT).get(PATH + "/" + attempted).then().statusCode(404);
        assertEquals(List.of("CREATE"), auditActions(theirs));
        assertEquals(List.of("CREATE"), auditActions(ours));
        assertEquals(List.of(), auditActions(attempted));
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

    List<String> auditActions(UUID id) {
        return AuditRows.auditActions(dataSource, "ServicePoint", id);
    }

    long count(String sql, UUID id) {
        return Rows.count(dataSource, sql, id);
    }
}
