package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.Rows;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scorecards (issue 23): the default system, writes checked whole (nothing stored on a 400), versions, activation and
 * its state sequence, manual scores with their required reason, roles and scope.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ScorecardResourceTest {

    static final String SCORECARDS = "/api/v1/evaluation/scorecards";
    static final String SCORES = "/api/v1/evaluation/scorecard-scores";
    static final String PROBLEM = "application/problem+json";
    /** 百春园街道: no other test class defines scorecards for it. */
    static final String ORG = "430503006000";
    static final String OTHER_TOWNSHIP = "430503010000";

    @Inject
    AgroalDataSource dataSource;

    /** A small scorecard: 决策 20 (one manual leaf), 产出 80 (proportional, full-at-target and deduction leaves). */
    static String card(UUID id, String orgUnit, String code, String outputPoints, String mediationTarget, String extra) {
        return """
                {"id":"%s","orgUnit":"%s","code":"%s","nameZh":"测试评分体系","items":[
                 {"key":"DECISION","name":"决策","points":20,"children":[
                   {"key":"GOALS","name":"绩效目标","points":20,"method":"MANUAL","criteria":"目标明确、细化、量化"}]},
                 {"key":"OUTPUT","name":"产出","points":%s,"children":[
                   {"key":"MEDIATION","name":"人民调解成功率","points":40,"method":"PROPORTIONAL","indicator":"MEDIATION_SUCCESS_RATE","target":"%s"},
                   {"key":"TEAM","name":"五包一落实率","points":20,"method":"FULL_AT_TARGET","indicator":"RESETTLEMENT_KEY_TARGET_TEAM_RATE","target":"100"},
                   {"key":"DATA","name":"数据质量","points":20,"method":"DEDUCTION","rules":["CORRECTIONS_ACTIVE_BY_TYPE","MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED"],"deduction":5}]}]%s}
                """.formatted(id, orgUnit, code, outputPoints, mediationTarget, extra);
    }

    static String create(String orgUnit, String code) {
        UUID id = UUID.randomUUID();
        as("evaluator", DISTRICT).body(card(id, orgUnit, code, "80", "99", "")).post(SCORECARDS).then().statusCode(201);
        return id.toString();
    }

    static void activate(String id, long version) {
        as("district-admin", DISTRICT).body("{\"version\":" + version + "}").post(SCORECARDS + "/" + id + "/activation").then()
                .statusCode(200).body("status", equalTo("ACTIVE"));
    }

    static String score(String orgUnit, String code, String item, int year, String score, String reason) {
        return """
                {"orgUnit":"%s","scorecard":"%s","item":"%s","from":"%d-01-01","to":"%d-12-31","score":%s%s}
                """.formatted(orgUnit, code, item, year, year, score, reason == null ? "" : ",\"reason\":\"" + reason + "\"");
    }

    long scorecards() {
        return Rows.count(dataSource, "SELECT count(*) FROM scorecard");
    }

    long scores() {
        return Rows.count(dataSource, "SELECT count(*) FROM scorecard_score");
    }

    @Test
    void theDefaultSystemForTheDistrictIsInForceWithItsFourDimensions() {
        as("township-clerk", LUOSHI).queryParam("code", "DISTRICT_BUREAU").get(SCORECARDS).then().statusCode(200)
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].orgUnit", equalTo(DISTRICT))
                .body("items[0].totalPoints", equalTo(100))
                .body("items[0].items.name", equalTo(List.of("决策", "过程", "产出", "效益")))
                .body("items[0].items.points", equalTo(List.of(15, 20, 35, 30)))
                .body("items[0].items[2].children.name", hasItems("社区矫正", "安置帮教", "人民调解", "法律援助", "公共法律服务",
                        "普法宣传", "行政复议", "行政执法监督"))
                .body("items[0].items[1].children.name", hasItems("预算执行率", "数据质量", "队伍建设"));
        String id = as("evaluator", DISTRICT).queryParam("code", "DISTRICT_BUREAU").get(SCORECARDS).then().extract().path("items[0].id");
        as("provincial-reader", PROVINCE).get(SCORECARDS + "/" + id + "/versions").then().statusCode(200)
                // version 2 (V18): the spending leaf scored from 预算执行率
                .body("items.version", equalTo(List.of(1, 2))).body("items[0].definition.code", equalTo("DISTRICT_BUREAU"))
                .body("items[1].definition.items[1].children[0].method", equalTo("PROPORTIONAL"));
    }

    @Test
    void aScorecardStartsAsADraftIsVersionedByPutAndActivatedOnce() {
        UUID id = UUID.randomUUID();
        as("evaluator", DISTRICT).body(card(id, ORG, "TEST_CARD_VERSIONS", "80", "99", "")).post(SCORECARDS).then().statusCode(201)
                .header("Location", containsString(SCORECARDS + "/" + id))
                .body("status", equalTo("DRAFT")).body("version", equalTo(1)).body("totalPoints", equalTo(100))
                .body("items[1].children[0].target", equalTo("99"))
                .body("items[1].children[2].rules", equalTo(List.of("CORRECTIONS_ACTIVE_BY_TYPE", "MEDIATION_SUCCEEDED_NOT_ABOVE_MEDIATED")));
        as("district-admin", DISTRICT).body(card(id, ORG, "TEST_CARD_VERSIONS", "80", "95", ",\"version\":1")).put(SCORECARDS + "/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("items[1].children[0].target", equalTo("95"))
                .body("status", equalTo("DRAFT"));
        as("evaluator", DISTRICT).body("{\"version\":1}").post(SCORECARDS + "/" + id + "/activation").then().statusCode(412);
        activate(id.toString(), 2);
        // activating an active scorecard is an illegal transition
        as("evaluator", DISTRICT).body("{\"version\":3}").post(SCORECARDS + "/" + id + "/activation").then().statusCode(409)
                .contentType(PROBLEM);
        as("evaluator", DISTRICT).get(SCORECARDS + "/" + id + "/versions").then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2, 3)))
                .body("items.definition.status", equalTo(List.of("DRAFT", "DRAFT", "ACTIVE")));
        // the code cannot change
        as("evaluator", DISTRICT).body(card(id, ORG, "TEST_CARD_RENAMED", "80", "95", ",\"version\":3")).put(SCORECARDS + "/" + id)
                .then().statusCode(400).body("errors.field", hasItem("code"));
        as("evaluator", DISTRICT).body(card(UUID.randomUUID(), ORG, "TEST_CARD_VERSIONS", "80", "95", "")).post(SCORECARDS).then()
                .statusCode(409);
    }

    @Test
    void activatingAScorecardRetiresTheOneInForceForTheSameOrgUnit() {
        String first = create(OTHER_TOWNSHIP, "TEST_CARD_FIRST");
        String second = create(OTHER_TOWNSHIP, "TEST_CARD_SECOND");
        activate(first, 1);
        activate(second, 1);
        as("evaluator", DISTRICT).get(SCORECARDS + "/" + first).then().statusCode(200).body("status", equalTo("RETIRED"))
                .body("version", equalTo(3));
        assertEquals(1, Rows.count(dataSource, "SELECT count(*) FROM scorecard WHERE org_unit = ? AND status = 'ACTIVE'", OTHER_TOWNSHIP));
        // the district's default stays in force for the district
        assertEquals(1, Rows.count(dataSource, "SELECT count(*) FROM scorecard WHERE org_unit = ? AND status = 'ACTIVE'", DISTRICT));
        activate(first, 3);
        as("evaluator", DISTRICT).get(SCORECARDS + "/" + second).then().statusCode(200).body("status", equalTo("RETIRED"));
    }

    @Test
    void pointsThatDoNotAddUpAreRejectedAndNothingIsStored() {
        long before = scorecards();
        // 20 + 70: the first-level points must add up to 100 (and 产出 is not the sum of its children)
        as("evaluator", DISTRICT).body(card(UUID.randomUUID(), ORG, "TEST_CARD_BAD_SUM", "70", "99", "")).post(SCORECARDS).then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors.find { it.field == 'items' }.message", equalTo("各一级指标分值之和应为100分，现为90分"))
                .body("errors.field", hasItem("items[1].points"));
        String bad = card(UUID.randomUUID(), ORG, "TEST_CARD_BAD_LEAVES", "80", "99", "")
                .replace("\"indicator\":\"MEDIATION_SUCCESS_RATE\"", "\"indicator\":\"NO_SUCH_INDICATOR\"")
                .replace("\"target\":\"100\"", "\"target\":\"100 +\"")
                .replace("\"CORRECTIONS_ACTIVE_BY_TYPE\"", "\"NO_SUCH_RULE\"")
                .replace(",\"method\":\"MANUAL\"", "");
        as("evaluator", DISTRICT).body(bad).post(SCORECARDS).then().statusCode(400)
                .body("errors.field", hasItems("items[1].children[1].target"));
        as("evaluator", DISTRICT).body(bad.replace("\"target\":\"100 +\"", "\"target\":\"100\"")).post(SCORECARDS).then().statusCode(400)
                .body("errors.field", hasItems("items[0].children[0].method", "items[1].children[0].indicator",
                        "items[1].children[2].rules[0]"));
        String noTarget = card(UUID.randomUUID(), ORG, "TEST_CARD_NO_TARGET", "80", "99", "").replace(",\"target\":\"99\"", "")
                .replace("\"key\":\"TEAM\"", "\"key\":\"GOALS\"");
        as("evaluator", DISTRICT).body(noTarget).post(SCORECARDS).then().statusCode(400)
                .body("errors.field", hasItems("items[1].children[0].target", "items[1].children[1].key"));
        as("evaluator", DISTRICT).body(card(UUID.randomUUID(), ORG, "TEST_CARD_NEGATIVE", "80", "99", "").replace("\"points\":20,\"method\":\"MANUAL\"",
                "\"points\":20.005,\"method\":\"MANUAL\"")).post(SCORECARDS).then().statusCode(400);
        assertEquals(before, scorecards(), "nothing stored");
    }

    @Test
    void aManualScoreNeedsAReasonAndAtMostTheLeafsPoints() {
        create(ORG, "TEST_CARD_SCORES");
        long before = scores();
        as("evaluator", DISTRICT).body(score(ORG, "TEST_CARD_SCORES", "GOALS", 2040, "18", null)).post(SCORES).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("reason"));
        as("evaluator", DISTRICT).body(score(ORG, "TEST_CARD_SCORES", "GOALS", 2040, "18", "  ")).post(SCORES).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as("evaluator", DISTRICT).body(score(ORG, "TEST_CARD_SCORES", "GOALS", 2040, "20.5", "目标明确")).post(SCORES).then().statusCode(400)
                .body("errors.find { it.field == 'score' }.message", equalTo("得分不能超过该指标分值20分"));
        as("evaluator", DISTRICT).body(score(ORG, "TEST_CARD_SCORES", "MEDIATION", 2040, "18", "按比例")).post(SCORES).then().statusCode(400)
                .body("errors.field", hasItem("item"));
        as("evaluator", DISTRICT).body(score(ORG, "NO_SUCH_CARD", "GOALS", 2040, "18", "目标明确")).post(SCORES).then().statusCode(400)
                .body("errors.field", hasItem("scorecard"));
        as("evaluator", DISTRICT).body(score(ORG, "TEST_CARD_SCORES", "GOALS", 2040, "18.123", "目标明确")).post(SCORES).then().statusCode(400);
        assertEquals(before, scores(), "nothing stored");

        String id = as("evaluator", DISTRICT).body(score(ORG, "TEST_CARD_SCORES", "GOALS", 2040, "18", "目标明确，未量化，扣2分"))
                .post(SCORES).then().statusCode(201).body("score", equalTo(18)).body("reason", equalTo("目标明确，未量化，扣2分"))
                .extract().path("id");
        as("evaluator", DISTRICT).body(score(ORG, "TEST_CARD_SCORES", "GOALS", 2040, "19", "再评")).post(SCORES).then().statusCode(409);
        as("district-admin", DISTRICT).body(score(ORG, "TEST_CARD_SCORES", "GOALS", 2040, "19.5", "复核后加分").replace("}", ",\"version\":1}"))
                .put(SCORES + "/" + id).then().statusCode(200).body("version", equalTo(2)).body("score", equalTo(new java.math.BigDecimal("19.5")));
        as("township-clerk", ORG).queryParam("scorecard", "TEST_CARD_SCORES").get(SCORES).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void onlyEvaluatorsAndDistrictAdminsWriteAndATownshipSeesItsOwnOnly() {
        String id = create(ORG, "TEST_CARD_SCOPE");
        long before = scorecards();
        as("township-clerk", ORG).body(card(UUID.randomUUID(), ORG, "TEST_CARD_CLERK", "80", "99", "")).post(SCORECARDS).then().statusCode(403);
        as("provincial-reader", PROVINCE).body(card(UUID.randomUUID(), ORG, "TEST_CARD_READER", "80", "99", "")).post(SCORECARDS).then()
                .statusCode(403);
        as("township-clerk", ORG).body("{\"version\":1}").post(SCORECARDS + "/" + id + "/activation").then().statusCode(403);
        assertEquals(before, scorecards());
        as("township-clerk", ORG).get(SCORECARDS + "/" + id).then().statusCode(200);
        as("township-clerk", LUOSHI).get(SCORECARDS + "/" + id).then().statusCode(404).contentType(PROBLEM);
        as("township-clerk", LUOSHI).queryParam("code", "TEST_CARD_SCOPE").get(SCORECARDS).then().statusCode(200)
                .body("totalItems", equalTo(0));
        String score = as("evaluator", DISTRICT).body(score(ORG, "TEST_CARD_SCOPE", "GOALS", 2041, "10", "一般")).post(SCORES).then()
                .statusCode(201).extract().path("id");
        as("township-clerk", LUOSHI).get(SCORES + "/" + score).then().statusCode(404);
        as("township-clerk", ORG).body(score(ORG, "TEST_CARD_SCOPE", "GOALS", 2042, "10", "一般")).post(SCORES).then().statusCode(403);
        // a score for a unit the scorecard does not apply to
        as("evaluator", DISTRICT).body(score(LUOSHI, "TEST_CARD_SCOPE", "GOALS", 2041, "10", "一般")).post(SCORES).then().statusCode(400)
                .body("errors.field", hasItem("scorecard"));
    }
}
