package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Budget and expenditure rows (issue 23) entered one by one: life cycle, uniqueness, bad input and scope. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SpendingResourceTest {

    static final String PATH = "/api/v1/evaluation/spending";
    static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    static String project(UUID id, int year, String orgUnit, String code, String name, String budgeted, String spent, String extra) {
        return """
                {"id":"%s","year":%d,"orgUnit":"%s","fund":"PROJECT","projectCode":"%s","projectName":"%s","budgeted":%s,"spent":%s%s}
                """.formatted(id, year, orgUnit, code, name, budgeted, spent, extra);
    }

    static String basic(UUID id, int year, String orgUnit, String budgeted, String spent, String extra) {
        return """
                {"id":"%s","year":%d,"orgUnit":"%s","fund":"BASIC","budgeted":%s,"spent":%s%s}
                """.formatted(id, year, orgUnit, budgeted, spent, extra);
    }

    @Test
    void aProjectRowIsEnteredReadAndCorrectedWithTheAdjustedBudgetDefaultingToTheInitialOne() {
        UUID id = UUID.randomUUID();
        as("evaluator", DISTRICT).body(project(id, 2061, DISTRICT, "legalAidSubsidy", "法律援助办案补贴", "200000", "199500.5",
                        ",\"outputTarget\":380,\"outputAchieved\":395,\"outputUnit\":\"件\""))
                .post(PATH).then().statusCode(201)
                .header("Location", startsWith("http")).header("ETag", "\"1\"")
                .body("fund", equalTo("PROJECT")).body("projectName", equalTo("法律援助办案补贴"))
                .body("budgeted", comparesEqualTo(new BigDecimal("200000")))
                .body("adjusted", comparesEqualTo(new BigDecimal("200000")))
                .body("spent", comparesEqualTo(new BigDecimal("199500.50")))
                .body("outputTarget", comparesEqualTo(new BigDecimal("380")));

        as("evaluator", DISTRICT).body(project(id, 2061, DISTRICT, "legalAidSubsidy", "法律援助办案补贴", "200000", "205000",
                        ",\"adjusted\":210000,\"version\":1"))
                .put(PATH + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("adjusted", comparesEqualTo(new BigDecimal("210000"))).body("spent", comparesEqualTo(new BigDecimal("205000")));
        as("provincial-reader", PROVINCE).get(PATH + "/" + id).then().statusCode(200).body("version", equalTo(2));
        as("evaluator", DISTRICT).queryParam("year", 2061).queryParam("fund", "PROJECT").get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE entity_type = 'Spending' AND entity_id = ? AND action = 'CREATE'", id));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE entity_type = 'Spending' AND entity_id = ? AND action = 'UPDATE'", id));
    }

    @Test
    void aSecondRowForTheSameYearOrgUnitFundAndProjectIsAConflictAndNothingIsStored() {
        as("evaluator", DISTRICT).body(basic(UUID.randomUUID(), 2062, DISTRICT, "1500000", "1480000", "")).post(PATH)
                .then().statusCode(201);
        as("evaluator", DISTRICT).body(project(UUID.randomUUID(), 2062, DISTRICT, "mediationReward", "人民调解“以奖代补”", "40000", "37570", ""))
                .post(PATH).then().statusCode(201);
        long before = rows();
        as("district-admin", DISTRICT).body(basic(UUID.randomUUID(), 2062, DISTRICT, "1", "1", "")).post(PATH)
                .then().statusCode(409).contentType(PROBLEM).body("title", equalTo("与记录当前状态冲突"));
        as("district-admin", DISTRICT).body(project(UUID.randomUUID(), 2062, DISTRICT, "mediationReward", "以奖代补", "1", "1", ""))
                .post(PATH).then().statusCode(409).contentType(PROBLEM);
        // another project, or the same one in another year, is a row of its own
        as("district-admin", DISTRICT).body(project(UUID.randomUUID(), 2062, DISTRICT, "correctionsFunds", "社区矫正经费", "100000", "80000", ""))
                .post(PATH).then().statusCode(201);
        as("district-admin", DISTRICT).body(basic(UUID.randomUUID(), 2063, DISTRICT, "1", "1", "")).post(PATH).then().statusCode(201);
        assertEquals(before + 2, rows());
    }

    @Test
    void badAmountsAndRowsThatDoNotFitTheirFundAreRefusedWithAChineseProblemAndNothingIsStored() {
        long before = rows();
        as("evaluator", DISTRICT).body(basic(UUID.randomUUID(), 2064, DISTRICT, "-1", "10", "")).post(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("请求参数校验失败"))
                .body("errors.message", hasItem("金额不能为负数"));
        as("evaluator", DISTRICT).body(basic(UUID.randomUUID(), 2064, DISTRICT, "10", "10.123", "")).post(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("spent"));
        as("evaluator", DISTRICT).body("""
                        {"year":2064,"orgUnit":"%s","fund":"PROJECT","budgeted":1,"spent":1}""".formatted(DISTRICT)).post(PATH)
                .then().statusCode(400).contentType(PROBLEM).body("errors.message", hasItem("项目支出须填写项目代码"));
        as("evaluator", DISTRICT).body(basic(UUID.randomUUID(), 2064, DISTRICT, "10", "10", ",\"projectCode\":\"legalAidSubsidy\""))
                .post(PATH).then().statusCode(400).contentType(PROBLEM).body("errors.message", hasItem("基本支出不填写项目代码、项目名称和产出"));
        as("evaluator", DISTRICT).body(project(UUID.randomUUID(), 2064, DISTRICT, "Legal-aid", "法律援助", "1", "1", ""))
                .post(PATH).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("projectCode"));
        as("evaluator", DISTRICT).body(project(UUID.randomUUID(), 2064, DISTRICT, "legalAid", "法律援助", "1", "1", ",\"outputAchieved\":5"))
                .post(PATH).then().statusCode(400).contentType(PROBLEM).body("errors.message", hasItem("填写实际产出时须填写产出目标"));
        as("evaluator", DISTRICT).body("""
                        {"year":2064,"orgUnit":"%s","fund":"OTHER","budgeted":1,"spent":1}""".formatted(DISTRICT)).post(PATH)
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals(before, rows());
    }

    @Test
    void aTownshipClerkReadsItsOwnOfficesRowsOnlyAndWritesNone() {
        UUID luoshi = UUID.randomUUID();
        UUID caie = UUID.randomUUID();
        as("evaluator", DISTRICT).body(basic(luoshi, 2065, LUOSHI, "300000", "290000", "")).post(PATH).then().statusCode(201);
        as("district-admin", DISTRICT).body(basic(caie, 2065, CAIE, "320000", "300000", "")).post(PATH).then().statusCode(201);
        long before = rows();

        as("township-clerk", LUOSHI).get(PATH + "/" + luoshi).then().statusCode(200);
        as("township-clerk", LUOSHI).get(PATH + "/" + caie).then().statusCode(404).contentType(PROBLEM);
        as("township-clerk", LUOSHI).queryParam("year", 2065).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(luoshi.toString())).body("items.id", not(hasItem(caie.toString())))
                .body("items.orgUnit", everyItem(equalTo(LUOSHI)));
        as("township-clerk", LUOSHI).body(basic(UUID.randomUUID(), 2066, LUOSHI, "1", "1", "")).post(PATH)
                .then().statusCode(403).contentType(PROBLEM);
        as("township-clerk", LUOSHI).body(basic(luoshi, 2065, LUOSHI, "1", "1", ",\"version\":1")).put(PATH + "/" + luoshi)
                .then().statusCode(403).contentType(PROBLEM);
        // an evaluator acting for one township cannot enter another's
        as("evaluator", LUOSHI).body(basic(UUID.randomUUID(), 2066, CAIE, "1", "1", "")).post(PATH)
                .then().statusCode(403).contentType(PROBLEM);
        as("provincial-reader", PROVINCE).body(basic(UUID.randomUUID(), 2066, CAIE, "1", "1", "")).post(PATH)
                .then().statusCode(403).contentType(PROBLEM);
        assertEquals(before, rows());
    }

    long rows() {
        return Rows.count(dataSource, "SELECT count(*) FROM spending");
    }

    long count(String sql, UUID id) {
        return Rows.count(dataSource, sql, id.toString());
    }
}
