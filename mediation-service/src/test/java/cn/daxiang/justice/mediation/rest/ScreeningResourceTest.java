package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Screening reports and zero reports; 城北路街道 and 翠园街道 belong to this test alone. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ScreeningResourceTest {

    static final String PATH = BASE + "/screenings";
    static final String CHENGBEI = "430503003000";
    static final String CUIYUAN = "430503005000";

    static String body(UUID id, String orgUnit, String month, String found, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","periodStart":"%s-01","periodEnd":"%s-28"%s%s}
                """.formatted(id, orgUnit, month, month, found == null ? "" : ",\"disputesFound\":" + found, extra);
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aZeroReportIsAReportAndSilenceIsNot() {
        UUID zero = UUID.randomUUID();
        UUID found = UUID.randomUUID();
        as("township-clerk", CHENGBEI).body(body(zero, CHENGBEI, "2023-02", "0", "")).post(PATH).then().statusCode(201)
                .body("zeroReport", equalTo(true)).body("disputesFound", equalTo(0)).body("version", equalTo(1));
        as("township-clerk", CHENGBEI).body(body(found, CHENGBEI, "2023-03", "4", ",\"zeroReport\":false")).post(PATH).then()
                .statusCode(201).body("zeroReport", equalTo(false));
        // "nothing found" must be said explicitly: no count is not a zero report
        as("township-clerk", CHENGBEI).body(body(UUID.randomUUID(), CHENGBEI, "2023-04", null, "")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("disputesFound"));
        as("township-clerk", CHENGBEI).body(body(UUID.randomUUID(), CHENGBEI, "2023-04", "3", ",\"zeroReport\":true")).post(PATH).then()
                .statusCode(400).body("errors.field", hasItem("zeroReport"));
        as("township-clerk", CHENGBEI).body(body(UUID.randomUUID(), CHENGBEI, "2023-04", "-1", "")).post(PATH).then().statusCode(400)
                .body("errors.field", hasItem("disputesFound"));
        as("township-clerk", CHENGBEI).body(body(UUID.randomUUID(), CHENGBEI, "2023-04", "1", "").replace("2023-04-28", "2023-03-28"))
                .post(PATH).then().statusCode(400).body("errors.field", hasItem("periodEnd"));
        // one report per office and period
        as("township-clerk", CHENGBEI).body(body(UUID.randomUUID(), CHENGBEI, "2023-02", "1", "")).post(PATH).then().statusCode(409);

        as("township-clerk", CHENGBEI).queryParam("zeroReport", true).get(PATH).then().statusCode(200)
                .body("items.id", equalTo(List.of(zero.toString())));
        var stats = as("service", DISTRICT).queryParam("from", "2023-01-01").queryParam("to", "2023-12-31");
        stats.queryParam("orgUnit", CHENGBEI).get(BASE + "/stats").then().statusCode(200)
                .body("metrics.'mediation.screenings.reported'", equalTo(2))
                .body("metrics.'mediation.screenings.zeroReports'", equalTo(1))
                .body("metrics.'mediation.screenings.disputesFound'", equalTo(4));
        as("service", DISTRICT).queryParam("orgUnit", CUIYUAN).queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .get(BASE + "/stats").then().statusCode(200)
                .body("metrics.'mediation.screenings.reported'", equalTo(0))
                .body("metrics.'mediation.screenings.zeroReports'", equalTo(0));

        // a correction: something was found after all
        as("township-clerk", CHENGBEI).body(body(zero, CHENGBEI, "2023-02", "2", ",\"version\":1")).put(PATH + "/" + zero).then()
                .statusCode(200).body("zeroReport", equalTo(false)).body("version", equalTo(2));
        as("township-clerk", CHENGBEI).body(body(zero, CHENGBEI, "2023-03", "2", ",\"version\":2")).put(PATH + "/" + zero).then()
                .statusCode(409);
        as("township-clerk", CUIYUAN).get(PATH + "/" + zero).then().statusCode(404);
        as("township-clerk", CUIYUAN).body(body(zero, CHENGBEI, "2023-02", "2", ",\"version\":2")).put(PATH + "/" + zero).then().statusCode(404);
        as("township-clerk", CUIYUAN).body(body(UUID.randomUUID(), CHENGBEI, "2023-05", "0", "")).post(PATH).then().statusCode(403);
        as("provincial-reader", "430000000000").get(PATH + "/" + zero).then().statusCode(200);
        as("provincial-reader", "430000000000").body(body(UUID.randomUUID(), CHENGBEI, "2023-06", "0", "")).post(PATH).then().statusCode(403);

        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "Screening", zero));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Screening", found));
        assertEquals(2, count(dataSource, "SELECT count(*) FROM screening WHERE org_unit = ?", CHENGBEI));
    }
}
