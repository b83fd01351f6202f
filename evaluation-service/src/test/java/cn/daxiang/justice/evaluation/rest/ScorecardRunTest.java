package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.RUNS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.corrections2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.legalAid2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.mediation2021;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.run;
import static cn.daxiang.justice.evaluation.rest.ScorecardResourceTest.SCORECARDS;
import static cn.daxiang.justice.evaluation.rest.ScorecardResourceTest.SCORES;
import static cn.daxiang.justice.evaluation.rest.ScorecardResourceTest.activate;
import static cn.daxiang.justice.evaluation.rest.ScorecardResourceTest.card;
import static cn.daxiang.justice.evaluation.rest.ScorecardResourceTest.score;
import static cn.daxiang.justice.evaluation.rest.TimelinessIndicatorsTest.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run scored against the scorecard in force (issue 23): leaf scores, subtotals, total and grade with every lost
 * point explained, frozen with the run (a later edit changes later runs only), an unreachable line scoring 0 with the
 * reason, the report's first table, and the district's default system on the seed year.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class ScorecardRunTest {

    /** 蔡锷乡: its own scorecard, activated once for the class. */
    static final String ORG = "430503202000";
    static final String CODE = "TEST_CARD_RUNS";
    /** 檀江街道: no scorecard of its own, so the district's default is in force. */
    static final String DEFAULT_ORG = "430503011000";

    static String cardId;

    @BeforeEach
    void cardInForce() {
        LineStubs.reset();
        if (cardId == null) {
            UUID id = UUID.randomUUID();
            as("evaluator", DISTRICT).body(card(id, ORG, CODE, "80", "99", "")).post(SCORECARDS).then().statusCode(201);
            activate(id.toString(), 1);
            cardId = id.toString();
        }
    }

    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static void stub(String org, int year) {
        LineStubs.answerAll(org, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), corrections2021(), mediation2021(), legalAid2021());
    }

    static Map<String, Object> leaf(JsonPath run, String key) {
        Map<String, Object> leaf = run.getMap("scorecard.items.children.flatten().find { it.key == '" + key + "' }");
        assertNotNull(leaf, key);
        return leaf;
    }

    static void assertDecimal(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))), expected + " ≠ " + actual);
    }

    @Test
    void aRunIsScoredLeafByLeafWithEveryLostPointExplained() {
        stub(ORG, 2045);
        as("evaluator", DISTRICT).body(score(ORG, CODE, "GOALS", 2045, "15", "绩效目标未细化量化，扣5分")).post(SCORES).then().statusCode(201);
        JsonPath run = run(ORG, 2045);

        assertEquals(CODE, run.getString("scorecard.code"));
        // 228 ÷ 236 = 96.6 %: 96.6 ÷ 99 × 40 = 39.03
        Map<String, Object> mediation = leaf(run, "MEDIATION");
        assertDecimal("39.03", mediation.get("score"));
        assertEquals("人民调解成功率96.6%，低于目标99%，按比例得39.03分（满分40分）", mediation.get("reason"));
        assertEquals("按比例得分", mediation.get("methodText"));
        assertDecimal("20", leaf(run, "TEAM").get("score"));
        assertEquals("校验规则均通过，得满分20分", leaf(run, "DATA").get("reason"));
        assertDecimal("15", leaf(run, "GOALS").get("score"));
        assertEquals("人工评分15分（满分20分）：绩效目标未细化量化，扣5分", leaf(run, "GOALS").get("reason"));
        assertDecimal("15", run.get("scorecard.items[0].score"));
        assertDecimal("79.03", run.get("scorecard.items[1].score"));
        assertDecimal("94.03", run.get("scorecard.score"));
        assertEquals("优", run.getString("scorecard.grade"));

        String id = run.getString("id");
        as("township-clerk", ORG).get(RUNS + "/" + id + "/scorecard").then().statusCode(200)
                .body("score", org.hamcrest.Matchers.equalTo(new BigDecimal("94.03")))
                .body("grade", org.hamcrest.Matchers.equalTo("优"));
        as("township-clerk", LUOSHI).get(RUNS + "/" + id + "/scorecard").then().statusCode(404);
    }

    @Test
    void anEditOfTheScorecardAfterARunLeavesThatRunAsItWas() {
        stub(ORG, 2046);
        JsonPath before = run(ORG, 2046);
        long usedVersion = before.getLong("scorecard.definitionVersion");
        assertDecimal("39.03", leaf(before, "MEDIATION").get("score"));

        long current = as("evaluator", DISTRICT).get(SCORECARDS + "/" + cardId).then().statusCode(200).extract().jsonPath().getLong("version");
        as("evaluator", DISTRICT).body(card(UUID.fromString(cardId), ORG, CODE, "80", "90", ",\"version\":" + current))
                .put(SCORECARDS + "/" + cardId).then().statusCode(200);
        JsonPath after = run(ORG, 2046);
        assertEquals(current + 1, after.getLong("scorecard.definitionVersion"));
        assertDecimal("40", leaf(after, "MEDIATION").get("score"));

        JsonPath frozen = as("evaluator", DISTRICT).get(RUNS + "/" + before.getString("id")).then().statusCode(200).extract().jsonPath();
        assertEquals(usedVersion, frozen.getLong("scorecard.definitionVersion"));
        assertDecimal("39.03", leaf(frozen, "MEDIATION").get("score"));
        assertDecimal(before.getString("scorecard.score"), frozen.get("scorecard.score"));
        // put the target back for the other tests
        as("evaluator", DISTRICT).body(card(UUID.fromString(cardId), ORG, CODE, "80", "99", ",\"version\":" + (current + 1)))
                .put(SCORECARDS + "/" + cardId).then().statusCode(200);
    }

    @Test
    void aLineThatCannotBeReachedScoresZeroWithTheReasonAndNoManualScoreScoresZeroToo() {
        LocalDate from = LocalDate.of(2047, 1, 1);
        LocalDate to = LocalDate.of(2047, 12, 31);
        LineStubs.answerBoth(LineStubs.CORRECTIONS, ORG, from, to, null, corrections2021());
        LineStubs.answerBoth(LineStubs.LEGAL_AID, ORG, from, to, null, legalAid2021());
        // mediation is not stubbed: the line does not answer
        JsonPath run = run(ORG, 2047);
        Map<String, Object> mediation = leaf(run, "MEDIATION");
        assertDecimal("0", mediation.get("score"));
        assertTrue(String.valueOf(mediation.get("reason")).startsWith("人民调解成功率数据不可用（"), String.valueOf(mediation.get("reason")));
        assertTrue(String.valueOf(mediation.get("reason")).endsWith("本项不得分（满分40分）"), String.valueOf(mediation.get("reason")));
        // the mediation rule cannot be checked: 5 points off
        assertDecimal("15", leaf(run, "DATA").get("score"));
        assertTrue(String.valueOf(leaf(run, "DATA").get("reason")).contains("«调处成功件数不能超过调处矛盾纠纷件数»无法校验"));
        assertEquals("未录入人工评分，本项不得分（满分20分）", leaf(run, "GOALS").get("reason"));
        assertDecimal("35", run.get("scorecard.score"));
        assertEquals("差", run.getString("scorecard.grade"));
    }

    @Test
    void theReportsFirstTableIsTheScorecardWithItsReasonsAtTheHeadOfTheConclusion() {
        stub(ORG, 2048);
        String id = run(ORG, 2048).getString("id");
        JsonPath json = report(id);
        assertEquals("综合评分79.03分（满分100分），评价等级为“中”。", json.getString("conclusion.scorecard.summary"));
        assertTrue(json.getString("conclusion.scoreText").startsWith("79.03分（满分100分），评价等级为“中”"),
                json.getString("conclusion.scoreText"));
        assertFalse(json.getString("conclusion.scoreText").contains("未计算"), "a scored run says its score");
        List<String> keys = json.getList("conclusion.scorecard.rows.key", String.class);
        assertEquals(List.of("DECISION", "GOALS", "OUTPUT", "MEDIATION", "TEAM", "DATA"), keys);
        assertEquals("人民调解成功率96.6%，低于目标99%，按比例得39.03分（满分40分）", json.getString("conclusion.scorecard.rows[3].reason"));
        assertNull(json.get("conclusion.scorecard.rows[2].reason"), "a dimension is a subtotal");
        assertNull(json.get("scorecard"), "the score is part of the conclusion, not a part of its own");

        String html = as("evaluator", DISTRICT).queryParam("format", "html").get(RUNS + "/" + id + "/report").then().statusCode(200)
                .extract().asString();
        int firstTable = html.indexOf("<table");
        assertTrue(firstTable > 0);
        assertEquals(html.indexOf("<table class=\"scorecard\">"), firstTable, "the scorecard is the first table");
        int conclusion = html.indexOf("<h2>三、绩效评价结论</h2>");
        int score = html.indexOf("<p class=\"score\" id=\"scorecard\">综合评分：79.03分（满分100分），评价等级为“中”");
        assertTrue(conclusion > 0 && score > conclusion, "the conclusion opens with the total and grade");
        assertTrue(html.substring(conclusion, score).indexOf("<p") < 0, "nothing before the score in the conclusion");
        assertEquals(-1, html.substring(score, firstTable).indexOf("<p", 1), "the table follows the score at once");
        assertTrue(html.indexOf("<h2>四、主要绩效</h2>") > firstTable);
        assertFalse(html.contains("绩效评分</h2>"), "no part of its own: the report keeps its six parts");
        String table = html.substring(firstTable, html.indexOf("</table>", firstTable));
        assertTrue(table.contains("人民调解成功率96.6%，低于目标99%，按比例得39.03分（满分40分）"), table);
        assertTrue(table.contains("未录入人工评分，本项不得分（满分20分）"), table);
        assertTrue(table.contains("评价等级：中"), table);
        assertFalse(table.contains("39.0300"), "scores as the report writes numbers");

        byte[] xlsx = as("evaluator", DISTRICT).queryParam("format", "xlsx").get(RUNS + "/" + id + "/report").then().statusCode(200)
                .extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            assertEquals("绩效评分", wb.getSheetName(0), "the scorecard is the first sheet");
            assertEquals("报告", wb.getSheetName(1), "then the report's text");
            List<String> text = new java.util.ArrayList<>();
            wb.getSheet("报告").forEach(row -> text.add(row.getCell(0).getStringCellValue()));
            int chapter = text.indexOf("三、绩效评价结论");
            assertTrue(chapter > text.indexOf("二、绩效目标"), text.toString());
            assertEquals("综合评分：" + json.getString("conclusion.scoreText"), text.get(chapter + 1), "the conclusion opens with the score");
            org.apache.poi.ss.usermodel.Sheet sheet = wb.getSheet("绩效评分");
            assertEquals("得分说明", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals(39.03, sheet.getRow(4).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("人民调解成功率96.6%，低于目标99%，按比例得39.03分（满分40分）", sheet.getRow(4).getCell(5).getStringCellValue());
            assertEquals("评价等级：中", sheet.getRow(7).getCell(4).getStringCellValue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDistrictsDefaultSystemGivesTheSeedYearATotalAndAGradeWithEveryLostPointExplained() {
        stub(DEFAULT_ORG, 2046);
        JsonPath run = run(DEFAULT_ORG, 2046);
        assertEquals("DISTRICT_BUREAU", run.getString("scorecard.code"));
        assertEquals(List.of("决策", "过程", "产出", "效益"), run.getList("scorecard.items.name", String.class));
        assertNotNull(run.getString("scorecard.grade"));
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> dimension : run.<Map<String, Object>>getList("scorecard.items")) {
            total = total.add(new BigDecimal(String.valueOf(dimension.get("score"))));
        }
        assertDecimal(run.getString("scorecard.score"), total);
        List<Map<String, Object>> leaves = json(run);
        assertTrue(leaves.size() >= 20, "leaves: " + leaves.size());
        for (Map<String, Object> leaf : leaves) {
            BigDecimal points = new BigDecimal(String.valueOf(leaf.get("points")));
            BigDecimal score = new BigDecimal(String.valueOf(leaf.get("score")));
            assertTrue(score.compareTo(points) <= 0, leaf::toString);
            assertFalse(String.valueOf(leaf.get("reason")).isBlank(), leaf::toString);
            if (score.compareTo(points) < 0) {
                assertTrue(String.valueOf(leaf.get("reason")).matches(".*(不得分|扣|按比例得|得[0-9.]+分|人工评分).*"), leaf::toString);
            }
        }
        // 593 cases against no target set for the year: no target, no points, and it says so
        assertTrue(leaves.stream().anyMatch(l -> "OUTPUT_LEGALAID_TASK".equals(l.get("key"))
                && String.valueOf(l.get("reason")).contains("本项不得分")), "the task rate without a target scores 0 with the reason");
    }

    /** Every leaf of a run's scorecard, depth first. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> json(JsonPath run) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<Map<String, Object>> todo = new java.util.ArrayDeque<>(run.<Map<String, Object>>getList("scorecard.items"));
        while (!todo.isEmpty()) {
            Map<String, Object> item = todo.pop();
            List<Map<String, Object>> children = (List<Map<String, Object>>) item.get("children");
            if (children == null || children.isEmpty()) {
                out.add(item);
            } else {
                children.forEach(todo::push);
            }
        }
        return out;
    }
}
