package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static cn.daxiang.justice.mediation.MediationTestSupport.mediator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reward rates and payouts; the years 2018 and 2019 and 城西街道 belong to this test alone. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class RewardPayoutTest {

    static final String RATES = BASE + "/rewards/rates";
    static final String PAYOUTS = BASE + "/rewards/payouts";
    static final String CHENGXI = "430503004000";

    @Inject
    AgroalDataSource dataSource;

    UUID rate(int year, String grade, String amount) {
        return UUID.fromString(admin().body("{\"year\":%d,\"complexityGrade\":\"%s\",\"amount\":%s}".formatted(year, grade, amount))
                .post(RATES).then().statusCode(201).body("version", equalTo(1)).extract().path("id"));
    }

    /** Registers, mediates successfully and archives a dispute through the API. */
    static UUID dossier(String orgUnit, UUID committee, List<UUID> mediators, String concludedOn, String archivedOn, String grade) {
        return dossier(orgUnit, committee, mediators, "2018-01-02", concludedOn, archivedOn, grade);
    }

    /** The same, registered on {@code registeredOn} and started the day after. */
    static UUID dossier(String orgUnit, UUID committee, List<UUID> mediators, String registeredOn, String concludedOn, String archivedOn,
                        String grade) {
        UUID id = UUID.randomUUID();
        String ids = mediators.isEmpty() ? "" : "\"" + String.join("\",\"", mediators.stream().map(UUID::toString).toList()) + "\"";
        String path = BASE + "/disputes/" + id;
        admin().body("""
                {"id":"%s","orgUnit":"%s","committeeId":"%s","registeredOn":"%s","source":"APPLICATION","category":"CONTRACT",
                 "summary":"欠款纠纷","parties":[{"name":"甲","role":"APPLICANT"},{"name":"乙","role":"RESPONDENT"}],"mediatorIds":[%s]}
                """.formatted(id, orgUnit, committee, registeredOn, ids)).post(BASE + "/disputes").then().statusCode(201);
        admin().body("{\"startedOn\":\"%s\",\"version\":1}".formatted(java.time.LocalDate.parse(registeredOn).plusDays(1)))
                .post(path + "/start").then().statusCode(200);
        admin().body("{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"%s\",\"agreementForm\":\"WRITTEN\",\"version\":2}".formatted(concludedOn))
                .post(path + "/conclude").then().statusCode(200);
        if (archivedOn != null) {
            admin().body("{\"archivedOn\":\"%s\",\"complexityGrade\":\"%s\",\"version\":3}".formatted(archivedOn, grade))
                    .post(path + "/archive").then().statusCode(200);
        }
        return id;
    }

    static JsonPath payouts(String role, String orgUnit, int year) {
        return as(role, orgUnit).queryParam("year", year).get(PAYOUTS).then().statusCode(200).extract().body()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    static void money(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))), "expected " + expected + " but was " + actual);
    }

    @Test
    void payoutsAreRatesTimesArchivedDossiersEachPaidOnceInItsArchiveYear() {
        rate(2018, "SIMPLE", "100");
        rate(2018, "GENERAL", "150.00");
        rate(2018, "COMPLEX", "300");
        // no MAJOR rate for 2018: such a dossier is counted but earns nothing
        rate(2019, "COMPLEX", "320");

        UUID banqiao = committee(BANQIAO);
        UUID chengxi = committee(CHENGXI);
        UUID a = mediator(banqiao, "甲调解员", "FULL_TIME", "2017-01-01", null);
        UUID b = mediator(banqiao, "乙调解员", "PART_TIME", "2017-01-01", null);
        UUID c = mediator(banqiao, "丙调解员", "PART_TIME", "2017-01-01", null);
        UUID d = mediator(chengxi, "丁调解员", "PART_TIME", "2017-01-01", null);

        UUID first = dossier(BANQIAO, banqiao, List.of(a), "2018-03-01", "2018-03-10", "SIMPLE");
        dossier(BANQIAO, banqiao, List.of(a, b), "2018-05-01", "2018-05-10", "GENERAL");
        dossier(BANQIAO, banqiao, List.of(a, b, c), "2018-06-01", "2018-06-10", "SIMPLE");
        dossier(BANQIAO, banqiao, List.of(), "2018-06-20", "2018-07-01", "MAJOR");
        dossier(BANQIAO, banqiao, List.of(b), "2018-12-20", "2019-01-05", "COMPLEX");
        dossier(CHENGXI, chengxi, List.of(d), "2018-07-20", "2018-08-01", "GENERAL");
        dossier(BANQIAO, banqiao, List.of(c), "2018-09-01", null, null);

        // a dossier cannot be archived (and so paid) a second time
        admin().body("{\"archivedOn\":\"2019-02-01\",\"complexityGrade\":\"COMPLEX\",\"version\":4}")
                .post(BASE + "/disputes/" + first + "/archive").then().statusCode(409);

        JsonPath y2018 = payouts("district-admin", DISTRICT, 2018);
        assertEquals(2018, y2018.getInt("year"));
        assertEquals(5, y2018.getInt("dossiers"));
        assertEquals(1, y2018.getInt("unratedDossiers"));
        money("500.00", y2018.get("total"));
        money("350.00", y2018.get("committees.find { it.committeeId == '" + banqiao + "' }.amount"));
        assertEquals(4, y2018.getInt("committees.find { it.committeeId == '" + banqiao + "' }.dossiers"));
        money("150.00", y2018.get("committees.find { it.committeeId == '" + chengxi + "' }.amount"));
        // shares in cents, the odd cent to the lead mediator; every dossier's reward is paid out exactly once
        money("208.34", y2018.get("mediators.find { it.mediatorId == '" + a + "' }.amount"));
        assertEquals(3, y2018.getInt("mediators.find { it.mediatorId == '" + a + "' }.dossiers"));
        money("108.33", y2018.get("mediators.find { it.mediatorId == '" + b + "' }.amount"));
        money("33.33", y2018.get("mediators.find { it.mediatorId == '" + c + "' }.amount"));
        money("150.00", y2018.get("mediators.find { it.mediatorId == '" + d + "' }.amount"));
        BigDecimal mediatorSum = y2018.getList("mediators.amount", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        money("500.00", mediatorSum);
        BigDecimal committeeSum = y2018.getList("committees.amount", BigDecimal.class).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        money("500.00", committeeSum);
        money("100.00", y2018.get("grades.find { it.complexityGrade == 'SIMPLE' }.rate"));
        assertEquals(2, y2018.getInt("grades.find { it.complexityGrade == 'SIMPLE' }.dossiers"));
        money("200.00", y2018.get("grades.find { it.complexityGrade == 'SIMPLE' }.amount"));
        money("300.00", y2018.get("grades.find { it.complexityGrade == 'GENERAL' }.amount"));
        assertNull(y2018.get("grades.find { it.complexityGrade == 'MAJOR' }.rate"));
        money("0", y2018.get("grades.find { it.complexityGrade == 'MAJOR' }.amount"));
        assertNull(y2018.get("grades.find { it.complexityGrade == 'COMPLEX' }"), "the December dossier archived in January is not 2018's");

        // every line is also on the paged lists, in the list envelope, and the pages add up to the same total
        assertEquals(2, y2018.getInt("committeesTotal"));
        assertEquals(4, y2018.getInt("mediatorsTotal"));
        BigDecimal paged = BigDecimal.ZERO;
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            JsonPath one = as("district-admin", DISTRICT).queryParam("year", 2018).queryParam("page", page).queryParam("size", 1)
                    .get(PAYOUTS + "/mediators").then().statusCode(200).extract().body()
                    .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
            assertEquals(4, one.getInt("totalItems"));
            assertEquals(page, one.getInt("page"));
            seen.add(one.getString("items[0].mediatorId"));
            paged = paged.add(new BigDecimal(one.getString("items[0].amount")));
        }
        money("500.00", paged);
        assertEquals(y2018.getList("mediators.mediatorId", String.class), seen);
        JsonPath committeePage = as("district-admin", DISTRICT).queryParam("year", 2018).queryParam("size", 200)
                .get(PAYOUTS + "/committees").then().statusCode(200).extract().body()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(2, committeePage.getInt("totalItems"));
        money("350.00", committeePage.get("items.find { it.committeeId == '" + banqiao + "' }.amount"));
        as("district-admin", DISTRICT).queryParam("year", 2018).queryParam("page", 51).queryParam("size", 200)
                .get(PAYOUTS + "/mediators").then().statusCode(400).contentType("application/problem+json");
        as("district-admin", DISTRICT).get(PAYOUTS + "/committees").then().statusCode(400).contentType("application/problem+json");

        // concluded in 2018, archived in 2019: paid in 2019, at 2019's rate
        JsonPath y2019 = payouts("district-admin", DISTRICT, 2019);
        assertEquals(1, y2019.getInt("dossiers"));
        money("320.00", y2019.get("total"));
        money("320.00", y2019.get("mediators.find { it.mediatorId == '" + b + "' }.amount"));
        assertEquals(List.of(banqiao.toString()), y2019.getList("committees.committeeId", String.class));
        assertEquals(0, payouts("district-admin", DISTRICT, 2017).getInt("dossiers"));

        // a clerk's payouts cover its own office only; the stats agree with the payouts
        JsonPath clerk = payouts("township-clerk", BANQIAO, 2018);
        assertEquals(4, clerk.getInt("dossiers"));
        money("350.00", clerk.get("total"));
        assertEquals(List.of(banqiao.toString()), clerk.getList("committees.committeeId", String.class));
        Map<String, Object> stats = as("service", DISTRICT).queryParam("orgUnit", BANQIAO).queryParam("from", "2018-01-01")
                .queryParam("to", "2018-12-31").get(BASE + "/stats").then().statusCode(200).extract().jsonPath().getMap("metrics");
        money("350.00", stats.get("mediation.rewards.amount"));
        assertEquals(4, ((Number) stats.get("mediation.dossiers.archived")).intValue());

        // an export is bulk: masked names for the provincial reader and the district alike, in full for the office
        JsonPath reader = payouts("provincial-reader", PROVINCE, 2018);
        assertTrue(reader.getList("mediators.name", String.class).stream().allMatch(n -> n.matches(".\\*+")), reader.prettify());
        assertTrue(as("provincial-reader", PROVINCE).queryParam("year", 2018).get(PAYOUTS + "/mediators").then().statusCode(200)
                .extract().jsonPath().getList("items.name", String.class).stream().allMatch(n -> n.matches(".\\*+")));
        assertTrue(as("district-admin", DISTRICT).queryParam("year", 2018).get(PAYOUTS + "/mediators").then().statusCode(200)
                .extract().jsonPath().getList("items.name", String.class).stream().allMatch(n -> n.matches(".\\*+")));
        assertEquals("甲***", y2018.getString("mediators.find { it.mediatorId == '" + a + "' }.name"));
        assertTrue(clerk.getList("mediators.name", String.class).stream().noneMatch(n -> n.contains("*")), clerk.prettify());
    }

    @Test
    void ratesAreSetByTheDistrictOnly() {
        UUID id = rate(2016, "SIMPLE", "80");
        admin().body("{\"year\":2016,\"complexityGrade\":\"SIMPLE\",\"amount\":90}").post(RATES).then().statusCode(409)
                .contentType("application/problem+json");
        as("township-clerk", BANQIAO).body("{\"year\":2016,\"complexityGrade\":\"GENERAL\",\"amount\":90}").post(RATES).then().statusCode(403);
        as("provincial-reader", PROVINCE).body("{\"year\":2016,\"complexityGrade\":\"GENERAL\",\"amount\":90}").post(RATES).then().statusCode(403);
        admin().body("{\"year\":2016,\"complexityGrade\":\"GENERAL\",\"amount\":-1}").post(RATES).then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        admin().body("{\"year\":2016,\"complexityGrade\":\"GENERAL\",\"amount\":1.005}").post(RATES).then().statusCode(400)
                .body("errors.field", hasItem("amount"));
        admin().body("{\"year\":1999,\"complexityGrade\":\"GENERAL\",\"amount\":10}").post(RATES).then().statusCode(400)
                .body("errors.field", hasItem("year"));
        admin().body("{\"year\":2016,\"complexityGrade\":\"EASY\",\"amount\":10}").post(RATES).then().statusCode(400)
                .body("errors.field", hasItem("complexityGrade"));
        admin().body("{\"year\":2016,\"complexityGrade\":\"SIMPLE\",\"amount\":85.5,\"version\":1}").put(RATES + "/" + id).then()
                .statusCode(200).body("version", equalTo(2)).body("amount", equalTo(85.5f));
        admin().body("{\"year\":2016,\"complexityGrade\":\"SIMPLE\",\"amount\":99,\"version\":1}").put(RATES + "/" + id).then()
                .statusCode(412).body("currentVersion", equalTo(2));
        as("township-clerk", BANQIAO).queryParam("year", 2016).get(RATES).then().statusCode(200)
                .body("complexityGrade", equalTo(List.of("SIMPLE"))).body("amount", equalTo(List.of(85.5f)));
        admin().get(PAYOUTS).then().statusCode(400).body("errors.field", hasItem("year"));
        admin().queryParam("year", "last").get(PAYOUTS).then().statusCode(400).contentType("application/problem+json");
        as("evaluator", DISTRICT).queryParam("year", 2016).get(PAYOUTS).then().statusCode(403);
        assertEquals(List.of("CREATE", "UPDATE"), auditActions(dataSource, "RewardRate", id));
    }
}
