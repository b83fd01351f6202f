package cn.daxiang.justice.e2e;

import cn.daxiang.justice.devsupport.testing.Callers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.Callers.evaluator;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.e2e.SeedHistory.TOWNSHIPS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9: the seed report's year, entered by township offices and the bureau through the gateway
 * only, evaluated by the platform as the seed reports it. The packaged services run as
 * {@code ./platform up} runs them, on a database of the suite's own.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedYearThroughGatewayIT {

    /** The seed's figures as the 2021 report writes them (HTML and PDF). */
    static final List<String> SEED_REPORT_FIGURES = List.of("156.1", "96.6", "53.3", "累计接收社区矫正对象927人", "累计解除779人",
            "目前在册管理148人", "累计开展社区矫正调查评估886例", "累计实施教育矫正875人次", "593", "人民调解", "法律援助", "社区矫正",
            "221份调解卷宗", "3.7万余元");

    private static final System.Logger LOG = System.getLogger(SeedYearThroughGatewayIT.class.getName());

    static Platform platform;
    static SeedHistory history;
    static JsonPath completeRun;

    @BeforeAll
    static void load() throws Exception {
        platform = SharedPlatform.get();
        history = new SeedHistory();
        history.load();
    }

    static BigDecimal indicator(JsonPath run, String code) {
        Object value = run.get("indicators.find { it.code == '" + code + "' }.value");
        assertNotNull(value, () -> code + " has no value: " + run.get("indicators.find { it.code == '" + code + "' }"));
        return new BigDecimal(value.toString());
    }

    static BigDecimal metric(JsonPath run, String name) {
        Object value = run.get("metrics.find { it.name == '" + name + "' }.value");
        assertNotNull(value, () -> "metric " + name + " missing");
        return new BigDecimal(value.toString());
    }

    static void assertValue(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": expected " + expected + ", was " + actual);
    }

    @Test
    @Order(1)
    void theLinesCountWhatTheOfficesEntered() {
        JsonPath corrections = admin().queryParam("orgUnit", DISTRICT).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/corrections/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(148, corrections.getInt("metrics.'corrections.subjects.active'"));
        assertEquals(137, corrections.getInt("metrics.'corrections.subjects.active.probation'"));
        assertEquals(2, corrections.getInt("metrics.'corrections.subjects.active.parole'"));
        assertEquals(8, corrections.getInt("metrics.'corrections.subjects.active.outsidePrison'"));
        assertEquals(1, corrections.getInt("metrics.'corrections.subjects.active.control'"));
        assertEquals(875, corrections.getInt("metrics.'corrections.education.personTimes'"));
        assertEquals(213, corrections.getInt("metrics.'corrections.resettlement.received'"));
        assertEquals(143, corrections.getInt("metrics.'corrections.resettlement.received.prisonRelease'"));
        assertEquals(70, corrections.getInt("metrics.'corrections.resettlement.received.correctionRelease'"));
        assertEquals(47, corrections.getInt("metrics.'corrections.resettlement.keyTargets'"));
        assertEquals(47, corrections.getInt("metrics.'corrections.resettlement.keyTargetsWithTeam'"));
        // 衔接 (issue 19): every prison release of 2021 notified, 130 picked up at the gate; the 70 released from
        // correction handed over by the older clients' flag
        assertEquals(143, corrections.getInt("metrics.'corrections.resettlement.prisonReleases.notified'"));
        assertEquals(130, corrections.getInt("metrics.'corrections.resettlement.prisonReleases.handedOver'"));
        assertEquals(70, corrections.getInt("metrics.'corrections.resettlement.correctionReleases'"));
        assertEquals(70, corrections.getInt("metrics.'corrections.resettlement.correctionReleases.handedOver'"));
        JsonPath cumulative = admin().queryParam("orgUnit", DISTRICT).queryParam("to", "2021-12-31")
                .get("/api/v1/corrections/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(927, cumulative.getInt("metrics.'corrections.subjects.received'"));
        assertEquals(779, cumulative.getInt("metrics.'corrections.subjects.released'"));
        assertEquals(886, cumulative.getInt("metrics.'corrections.investigations.completed'"));

        JsonPath mediation = admin().queryParam("orgUnit", DISTRICT).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/mediation/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(236, mediation.getInt("metrics.'mediation.disputes.mediated'"));
        assertEquals(228, mediation.getInt("metrics.'mediation.disputes.succeeded'"));
        assertEquals(78, mediation.getInt("metrics.'mediation.disputes.escalationPrevented'"));
        // 以奖代补 (issue 20): 2020's 221 dossiers paid in 2021 by one batch, approved through the kit's approvals
        assertEquals(221, mediation.getInt("metrics.'mediation.rewards.paid.dossiers'"));
        assertValue("37570.00", new BigDecimal(mediation.getString("metrics.'mediation.rewards.paid.amount'")), "rewards paid in 2021");
        assertEquals(4, mediation.getInt("metrics.'mediation.rewards.paid.mediators'"));
        assertEquals(0, mediation.getInt("metrics.'mediation.dossiers.archived'"), "2021's disputes are not archived: 2020's are");

        JsonPath legalAid = admin().queryParam("orgUnit", DISTRICT).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/legal-aid/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(593, legalAid.getInt("metrics.'legalaid.cases.accepted'"));
        assertEquals(364, legalAid.getInt("metrics.'legalaid.cases.accepted.civil'"));
        assertEquals(1, legalAid.getInt("metrics.'legalaid.servicePoints.centers'"));
        assertEquals(14, legalAid.getInt("metrics.'legalaid.servicePoints.workstations'"));
        assertEquals(98, legalAid.getInt("metrics.'legalaid.servicePoints.workPoints'"));
    }

    @Test
    @Order(2)
    void anEvaluatorSetsTheTargetAndTheFiguresOfTheLinesWithoutAService() {
        evaluator().body(Map.of("year", 2021, "orgUnit", DISTRICT, "metric", "legalaid.cases.accepted", "value", 380))
                .post("/api/v1/evaluation/targets").then().statusCode(201);
        Map<String, Integer> figures = Map.of("normativeDocuments.reviewed", 7, "normativeDocuments.filed", 7);
        figures.forEach((metric, value) -> evaluator().body(Map.of("metric", metric, "orgUnit", DISTRICT, "from", "2021-01-01",
                "to", "2021-12-31", "value", value)).post("/api/v1/evaluation/manual-figures").then().statusCode(201));
        // issue 23: every other figure of the seed that no service counts, through the manual-figure catalog
        SEED_CATALOG_FIGURES.forEach((metric, value) -> evaluator().body(Map.of("metric", metric, "orgUnit", DISTRICT,
                "from", "2021-01-01", "to", "2021-12-31", "value", value)).post("/api/v1/evaluation/manual-figures").then().statusCode(201));
        // 行政复议 since the reform of 1 June 2021 (the seed's «自2021年6月1日改革以来»)
        Map.of("reconsideration.received", 15, "reconsideration.concluded", 8).forEach((metric, value) -> evaluator().body(Map.of(
                "metric", metric, "orgUnit", DISTRICT, "from", "2021-06-01", "to", "2021-12-31", "value", value))
                .post("/api/v1/evaluation/manual-figures").then().statusCode(201));
        // a metric outside the catalog is refused
        evaluator().body(Map.of("metric", "team.study.unknown", "orgUnit", DISTRICT, "from", "2021-01-01", "to", "2021-12-31",
                "value", 1)).post("/api/v1/evaluation/manual-figures").then().statusCode(400);
        // a township clerk may do neither
        clerk(TOWNSHIPS.get(0)).body(Map.of("year", 2021, "orgUnit", TOWNSHIPS.get(0), "metric", "legalaid.cases.accepted", "value", 1))
                .post("/api/v1/evaluation/targets").then().statusCode(403);
        // issue 23: the default scorecard's manual leaves, each scored with its reason
        MANUAL_SCORES.forEach((item, score) -> evaluator().body(Map.of("orgUnit", DISTRICT, "scorecard", "DISTRICT_BUREAU", "item", item,
                "from", "2021-01-01", "to", "2021-12-31", "score", score.getKey(), "reason", score.getValue()))
                .post("/api/v1/evaluation/scorecard-scores").then().statusCode(201));
        // issue 23: the year's budget and expenditure, which score the spending leaf (PROCESS_SPENDING, no longer manual)
        SPENDING_2021.forEach(row -> evaluator().body(row).post("/api/v1/evaluation/spending").then().statusCode(201));
        clerk(TOWNSHIPS.get(0)).body(Map.of("orgUnit", TOWNSHIPS.get(0), "scorecard", "DISTRICT_BUREAU", "item", "DECISION_GOALS",
                "from", "2021-01-01", "to", "2021-12-31", "score", 5, "reason", "自评")).post("/api/v1/evaluation/scorecard-scores")
                .then().statusCode(403);
    }

    /**
     * The seed's figures that no service counts (issue 23), entered for 2021 under the manual-figure catalog's codes. The
     * seed gives only the total of the mediation committees' re-election (换届370人); the split by level is this test's.
     */
    static final Map<String, Integer> SEED_CATALOG_FIGURES = Map.ofEntries(
            Map.entry("team.rectification.plans", 4), Map.entry("team.rectification.taskForces", 3),
            Map.entry("team.study.political", 7), Map.entry("team.study.partyHistory", 3), Map.entry("team.study.warning", 5),
            Map.entry("team.study.models", 2), Map.entry("team.study.reflectionsPerPerson", 3),
            Map.entry("training.political.sessions", 1), Map.entry("training.political.attendances", 40),
            Map.entry("training.sessions", 9), Map.entry("training.attendances", 338),
            Map.entry("team.selfInspection.rounds", 2), Map.entry("team.selfInspection.reportRounds", 2),
            Map.entry("team.officers.cameForward", 8), Map.entry("team.officers.disciplined", 8),
            Map.entry("team.people.visited", 72), Map.entry("team.people.forums", 7), Map.entry("team.people.practicalDeeds", 9),
            Map.entry("team.people.convenienceMeasures", 6), Map.entry("team.rectification.symposiums", 2),
            Map.entry("team.rectification.suggestions", 21), Map.entry("team.rectification.suggestionsResolved", 21),
            Map.entry("team.rectification.mechanisms", 4),
            Map.entry("publicity.events", 20), Map.entry("publicity.lawSchools", 98), Map.entry("publicity.modelSchools", 37),
            Map.entry("publicity.lessonsPerSchool", 6), Map.entry("publicity.lessonsPerModelSchool", 12),
            Map.entry("enforcement.certifiedOfficers", 372), Map.entry("normativeDocuments.filedOnTime", 7),
            Map.entry("normativeDocuments.conforming", 7), Map.entry("normativeDocuments.reviewApplications", 0),
            Map.entry("normativeDocuments.ordersToCorrect", 0),
            Map.entry("mediationCommittees.reelected.township", 26), Map.entry("mediationCommittees.reelected.village", 319),
            Map.entry("mediationCommittees.reelected.sectoral", 25));

    /** How the 2021 report writes them (and the derived «已超额完成213件», «换届370人»). */
    static final List<String> SEED_CATALOG_SENTENCES = List.of("制定出台实施方案4个", "成立工作专班3个", "举行政治学习7次", "党史教育3次",
            "警示教育5次", "英模教育2次", "每人撰写心得体会3篇", "举办政治轮训1班次", "参加轮训40人次", "举办业务培训9班次", "参加培训338人次",
            "组织开展谈心谈话和自查自纠2次", "全体干警填写《自查报告表》2次", "发现并核实主动说明问题司法行政干警8人", "已处理处分8人",
            "走访群众72人", "召开民情恳谈会7次", "为群众办实事9件", "出台便民利民措施6件", "召开座谈会2次", "收集整改意见建议21条", "已解决21件",
            "建立长效机制4条", "组织开展大型法治宣教活动20次", "建成市（村）民法治学校98所", "示范法治学校37所",
            "每所市（村）民法治学校全年不少于6堂课", "示范法治学校不少于12堂课", "共收到行政复议15件（自2021年6月1日起）", "审查办结8件",
            "持证执法人员372人", "审查规范性文件7件", "依法报备7件", "按期报备7件", "符合规范7件", "公民、法人或其他组织申请审查规范性文件0件",
            "被责令改正或者撤销0件", "人民调解委员会换届370人", "已超额完成213件的目标任务");

    /** The manual leaves of the district's default scorecard (V17; the spending leaf is computed since V18) with the score and reason an evaluator gives them. */
    static final Map<String, Map.Entry<BigDecimal, String>> MANUAL_SCORES = Map.ofEntries(
            Map.entry("DECISION_GOALS", Map.entry(new BigDecimal("4.5"), "绩效目标明确，但部分指标未量化，扣0.5分")),
            Map.entry("DECISION_BUDGET", Map.entry(new BigDecimal("5"), "预算编制与年度工作任务相匹配")),
            Map.entry("DECISION_ALLOCATION", Map.entry(new BigDecimal("4"), "法律援助办案补贴分配未细化到项目，扣1分")),
            Map.entry("PROCESS_TEAM", Map.entry(new BigDecimal("6"), "开展教育整顿、政治轮训与业务培训，制度健全")),
            Map.entry("OUTPUT_PUBLIC_LEGAL_SERVICES", Map.entry(new BigDecimal("3"), "建成1个中心、14个工作站、98个工作点")),
            Map.entry("OUTPUT_PUBLICITY", Map.entry(new BigDecimal("2"), "法治宣传活动按计划开展")),
            Map.entry("OUTPUT_RECONSIDERATION", Map.entry(new BigDecimal("0.5"), "收到行政复议15件，办结8件，办结率53.3%，扣0.5分")),
            Map.entry("OUTPUT_ENFORCEMENT_SUPERVISION", Map.entry(new BigDecimal("1"), "规范性文件7件全部依法报备")),
            Map.entry("OUTCOME_SATISFACTION", Map.entry(new BigDecimal("5.5"), "满意度调查个别事项评价一般，扣0.5分")),
            Map.entry("OUTCOME_SUSTAINABILITY", Map.entry(new BigDecimal("6"), "建立矛盾纠纷排查化解等长效机制")));

    /**
     * The district's 2021 budget and expenditure: sample figures (the seed report gives no budget), the subsidy and 以奖代补
     * projects as the seed's work suggests. 1,717,070 spent of 1,760,000 adjusted: 预算执行率 97.6 %.
     */
    static final List<Map<String, Object>> SPENDING_2021 = List.of(
            Map.of("year", 2021, "orgUnit", DISTRICT, "fund", "BASIC", "budgeted", 1500000, "adjusted", 1520000, "spent", 1480000),
            Map.of("year", 2021, "orgUnit", DISTRICT, "fund", "PROJECT", "projectCode", "legalAidSubsidy", "projectName", "法律援助办案补贴",
                    "budgeted", 200000, "spent", 199500, "outputTarget", 380, "outputAchieved", 593, "outputUnit", "件"),
            Map.of("year", 2021, "orgUnit", DISTRICT, "fund", "PROJECT", "projectCode", "mediationReward", "projectName", "人民调解“以奖代补”",
                    "budgeted", 40000, "spent", 37570, "outputTarget", 221, "outputAchieved", 221, "outputUnit", "份"));

    @Test
    @Order(3)
    void theDistrictsRunFor2021GivesTheSeedsFigures() throws IOException {
        completeRun = evaluator().body(Map.of("orgUnit", DISTRICT, "year", 2021, "includeChildren", true))
                .post("/api/v1/evaluation/runs").then().statusCode(201).extract().jsonPath();
        assertEquals("COMPLETE", completeRun.getString("status"), () -> completeRun.prettify());
        assertValue("156.1", indicator(completeRun, "LEGALAID_TASK_COMPLETION_RATE"), "legal-aid completion rate 593/380");
        assertValue("96.6", indicator(completeRun, "MEDIATION_SUCCESS_RATE"), "mediation success rate 228/236");
        assertValue("100", indicator(completeRun, "RESETTLEMENT_KEY_TARGET_TEAM_RATE"), "key targets with a team 47/47");
        assertValue("90.9", indicator(completeRun, "RESETTLEMENT_HANDOVER_RATE"), "prison releases handed over 130/143");
        assertValue("100", indicator(completeRun, "CORRECTION_RELEASE_HANDOVER_RATE"), "correction releases handed over 70/70");
        assertValue("53.3", indicator(completeRun, "RECONSIDERATION_CLOSURE_RATE"), "reconsideration closure 8/15");
        assertValue("100", indicator(completeRun, "NORMATIVE_DOCUMENT_FILING_RATE"), "normative documents filed 7/7");
        assertValue("148", indicator(completeRun, "CORRECTIONS_ACTIVE"), "in correction");
        assertValue("593", indicator(completeRun, "LEGALAID_CASES_ACCEPTED"), "legal-aid cases accepted");
        assertValue("236", indicator(completeRun, "MEDIATION_DISPUTES_MEDIATED"), "disputes mediated");
        assertValue("78", indicator(completeRun, "MEDIATION_ESCALATION_PREVENTED"), "escalations prevented");
        assertValue("113", indicator(completeRun, "LEGALAID_SERVICE_POINTS"), "service points 1 + 14 + 98");
        assertValue("213", indicator(completeRun, "RESETTLEMENT_RECEIVED"), "resettlement persons received");
        assertValue("875", indicator(completeRun, "CORRECTIONS_EDUCATION_PERSON_TIMES"), "education person-times");
        assertValue("3.76", indicator(completeRun, "REWARD_PAYMENT_AMOUNT"), "以奖代补 paid in 2021, 万元");
        assertValue("221", indicator(completeRun, "REWARD_PAYMENT_DOSSIERS"), "dossiers rewarded in 2021");
        assertValue("927", metric(completeRun, "cumulative:corrections.subjects.received"), "received since records began");
        assertValue("779", metric(completeRun, "cumulative:corrections.subjects.released"), "released since records began");
        assertValue("886", metric(completeRun, "cumulative:corrections.investigations.completed"), "investigations since records began");
        // the seed's rule holds on live data: in correction = the four types
        assertEquals("PASS", completeRun.getString("rules.find { it.code == 'CORRECTIONS_ACTIVE_BY_TYPE' }.result"),
                () -> String.valueOf(completeRun.getList("rules")));

        String html = evaluator().accept("text/html").get("/api/v1/evaluation/runs/" + completeRun.getString("id") + "/report")
                .then().statusCode(200).extract().asString();
        for (String expected : SEED_REPORT_FIGURES) {
            assertTrue(html.contains(expected), "the report holds " + expected);
        }
        for (String expected : SEED_CATALOG_SENTENCES) {
            assertTrue(html.contains(expected), "the report holds the catalog figure " + expected);
        }
        // the PDF (the HTML report rendered with an embedded Chinese font) holds the same figures as text
        byte[] pdf = evaluator().queryParam("format", "pdf").get("/api/v1/evaluation/runs/" + completeRun.getString("id") + "/report")
                .then().statusCode(200).contentType(containsString("application/pdf")).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (String expected : SEED_REPORT_FIGURES) {
                assertTrue(text.contains(expected), "the PDF report holds " + expected);
            }
        }
        List<String> mediationText = evaluator().accept("application/json").get("/api/v1/evaluation/runs/" + completeRun.getString("id")
                + "/report").then().statusCode(200).extract().jsonPath().getList("sections.find { it.key == 'MEDIATION' }.paragraphs", String.class);
        assertTrue(mediationText.contains("针对上年度221份调解卷宗，发放“以奖代补”3.7万余元。"), () -> String.valueOf(mediationText));
        approvedBeforeItIsExported(completeRun);
    }

    /**
     * Issue 23: the run says which townships reported each line, and it reaches the province only once the district admin
     * has approved it: export 409 before, submitted by the evaluator, approved in the evaluation's approvals queue, then
     * exported; asked again, the lines give the figures the run froze.
     */
    static void approvedBeforeItIsExported(JsonPath run) {
        String runId = run.getString("id");
        assertEquals(List.of("CORRECTIONS", "MEDIATION", "LEGAL_AID"), run.getList("completeness.line", String.class));
        assertEquals(List.of(14, 14, 14), run.getList("completeness.expected", Integer.class));
        String export = "/api/v1/evaluation/runs/" + runId + "/export";
        evaluator().get(export).then().statusCode(409).body("detail", containsString("尚未审定"));

        JsonPath submitted = evaluator().body(Map.of("reasons", "2021年度绩效评价结果，请审定"))
                .post("/api/v1/evaluation/runs/" + runId + "/submission").then().statusCode(200).extract().jsonPath();
        assertEquals("SUBMITTED", submitted.getString("state"));
        admin().body(Map.of("outcome", "APPROVE", "opinion", "同意报送", "version", submitted.getLong("approvalVersion")))
                .post("/api/v1/evaluation/approvals/" + submitted.getString("approvalId") + "/decisions").then().statusCode(200);
        JsonPath checked = evaluator().post("/api/v1/evaluation/runs/" + runId + "/review/check").then().statusCode(200).extract().jsonPath();
        assertEquals("APPROVED", checked.getString("state"));
        assertFalse(checked.getBoolean("changedAfterApproval"), () -> checked.getString("message"));
        evaluator().get(export).then().statusCode(200).body("runId", org.hamcrest.Matchers.equalTo(runId));
    }

    @Test
    @Order(4)
    void theDistrictsRunFor2021IsScoredWithEveryLostPointExplained() throws IOException {
        JsonPath run = completeRun;
        assertEquals("DISTRICT_BUREAU", run.getString("scorecard.code"), () -> String.valueOf(run.get("scorecard")));
        assertEquals(List.of("决策", "过程", "产出", "效益"), run.getList("scorecard.items.name", String.class));
        BigDecimal total = new BigDecimal(run.getString("scorecard.score"));
        BigDecimal dimensions = BigDecimal.ZERO;
        for (Object score : run.getList("scorecard.items.score")) {
            dimensions = dimensions.add(new BigDecimal(String.valueOf(score)));
        }
        assertValue(total.toPlainString(), dimensions, "the total is the sum of the four dimensions");
        String grade = total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
                : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
        assertEquals(grade, run.getString("scorecard.grade"), "grade of " + total);

        List<Map<String, Object>> leaves = leaves(run.getList("scorecard.items"));
        assertEquals(24, leaves.size(), "the default system's leaves");
        for (Map<String, Object> leaf : leaves) {
            BigDecimal points = new BigDecimal(String.valueOf(leaf.get("points")));
            BigDecimal score = new BigDecimal(String.valueOf(leaf.get("score")));
            String reason = String.valueOf(leaf.get("reason"));
            assertTrue(score.compareTo(points) <= 0, leaf::toString);
            if (score.compareTo(points) < 0) {
                assertTrue(reason.matches(".*(不得分|扣[0-9.]+分|按比例得[0-9.]+分|得[0-9.]+分（满分|人工评分[0-9.]+分).*"),
                        () -> "a lost point without its reason: " + leaf);
            }
        }
        Map<String, Map<String, Object>> byKey = new java.util.HashMap<>();
        leaves.forEach(l -> byKey.put(String.valueOf(l.get("key")), l));
        assertEquals("刑满释放人员衔接率90.9%，低于目标100%，按比例得2.73分（满分3分）", byKey.get("OUTPUT_RESETTLEMENT_HANDOVER").get("reason"));
        assertEquals("法律援助案件任务完成率156.1%，达到目标100%，得满分4分", byKey.get("OUTPUT_LEGALAID_TASK").get("reason"));
        assertEquals("人民调解成功率96.6%，达到目标95%，得满分4分", byKey.get("OUTPUT_MEDIATION_SUCCESS").get("reason"));
        assertEquals("PROPORTIONAL", byKey.get("PROCESS_SPENDING").get("method"), "the spending leaf is computed (V18)");
        assertTrue(String.valueOf(byKey.get("PROCESS_SPENDING").get("reason")).startsWith("预算执行率97.6%"),
                () -> String.valueOf(byKey.get("PROCESS_SPENDING")));
        assertEquals("人工评分0.5分（满分1分）：收到行政复议15件，办结8件，办结率53.3%，扣0.5分", byKey.get("OUTPUT_RECONSIDERATION").get("reason"));

        String html = evaluator().accept("text/html").get("/api/v1/evaluation/runs/" + run.getString("id") + "/report")
                .then().statusCode(200).extract().asString();
        int first = html.indexOf("<table");
        assertEquals(html.indexOf("<table class=\"scorecard\">"), first, "the report's first table is the scorecard");
        assertTrue(html.substring(first, html.indexOf("</table>", first)).contains("按比例得2.73分（满分3分）"));
        assertTrue(html.contains("评价等级：" + grade));
        // the score belongs to 三、绩效评价结论 of the six parts, which opens with the total and grade
        int conclusion = html.indexOf("<h2>三、绩效评价结论</h2>");
        assertTrue(conclusion > 0 && conclusion < first, "the scorecard opens the conclusion");
        JsonPath report = evaluator().accept("application/json").get("/api/v1/evaluation/runs/" + run.getString("id") + "/report")
                .then().statusCode(200).extract().jsonPath();
        assertValue(total.toPlainString(), new BigDecimal(report.getString("conclusion.scorecard.score")), "the report's total");
        assertEquals(grade, report.getString("conclusion.scorecard.grade"));
        String scoreText = "综合评分：" + report.getString("conclusion.scoreText");
        assertTrue(html.contains(scoreText), scoreText);
        // the PDF holds the scorecard too: the total and grade
        byte[] pdf = evaluator().queryParam("format", "pdf").get("/api/v1/evaluation/runs/" + run.getString("id") + "/report")
                .then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains(scoreText.replaceAll("\\s+", "")), "the PDF report holds " + scoreText);
            assertTrue(text.contains("评价等级：" + grade), "the PDF report holds the grade");
        }
    }

    /** The leaves of a scorecard tree, depth first. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> leaves(List<Map<String, Object>> items) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Map<String, Object> item : items) {
            List<Map<String, Object>> children = (List<Map<String, Object>>) item.get("children");
            if (children == null || children.isEmpty()) {
                out.add(item);
            } else {
                out.addAll(leaves(children));
            }
        }
        return out;
    }

    @Test
    @Order(5)
    void theTownshipRankingAndAClerksOwnViewAddUpToTheDistrict() {
        String runId = completeRun.getString("id");
        JsonPath ranking = evaluator().queryParam("indicator", "MEDIATION_DISPUTES_MEDIATED").queryParam("parent", DISTRICT)
                .queryParam("year", 2021).get("/api/v1/evaluation/rankings").then().statusCode(200).extract().jsonPath();
        BigDecimal sum = BigDecimal.ZERO;
        for (String township : TOWNSHIPS) {
            Object value = ranking.get("items.find { it.orgUnit == '" + township + "' }.value");
            assertNotNull(value, () -> township + " missing from the ranking of run " + runId + ": " + ranking.prettify());
            sum = sum.add(new BigDecimal(value.toString()));
        }
        assertValue("236", sum, "the townships' disputes mediated add up to the district's");

        // each clerk's own stats are the ranking's figure for the township
        for (String township : TOWNSHIPS) {
            int own = clerk(township).queryParam("orgUnit", township).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                    .get("/api/v1/mediation/stats").then().statusCode(200).extract().jsonPath().getInt("metrics.'mediation.disputes.mediated'");
            assertValue(String.valueOf(own), new BigDecimal(ranking.get("items.find { it.orgUnit == '" + township + "' }.value").toString()),
                    township + ": clerk's view and ranking");
        }
    }

    @Test
    @Order(6)
    void aTownshipClerkSeesNothingOfAnotherTownship() {
        String mine = TOWNSHIPS.get(0);
        String theirs = TOWNSHIPS.get(1);
        Map<String, List<String>> theirIds = history.idsByTownship.get(theirs);
        String subject = theirIds.get("subjects").get(0);
        String dispute = theirIds.get("disputes").get(0);
        String application = theirIds.get("applications").get(0);

        clerk(mine).get("/api/v1/corrections/subjects/" + subject).then().statusCode(404);
        clerk(mine).get("/api/v1/mediation/disputes/" + dispute).then().statusCode(404);
        clerk(mine).get("/api/v1/legal-aid/applications/" + application).then().statusCode(404);
        // a list filtered on another township is the empty intersection with the clerk's scope
        clerk(mine).queryParam("orgUnit", theirs).get("/api/v1/corrections/subjects").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
        clerk(mine).queryParam("orgUnit", theirs).get("/api/v1/mediation/stats").then().statusCode(403);
        clerk(mine).queryParam("orgUnit", DISTRICT).get("/api/v1/legal-aid/stats").then().statusCode(403);
        // the unfiltered list and the change feed hold the clerk's own township only
        List<String> listed = clerk(mine).queryParam("size", 200).get("/api/v1/mediation/disputes").then().statusCode(200)
                .extract().jsonPath().getList("items.orgUnit");
        assertFalse(listed.isEmpty());
        assertTrue(listed.stream().allMatch(mine::equals), "disputes listed to " + mine + ": " + listed);
        List<String> fed = clerk(mine).queryParam("limit", 1000).get("/api/v1/corrections/sync/subjects/changes").then().statusCode(200)
                .extract().jsonPath().getList("changes.record.orgUnit");
        assertFalse(fed.isEmpty());
        assertTrue(fed.stream().allMatch(mine::equals), "subjects fed to " + mine);
        // a record of another township cannot be changed by sync either, nor is its content revealed
        JsonPath upload = clerk(mine).body(Map.of("records", List.of(Map.of("id", subject, "deleted", true, "version", 2))))
                .post("/api/v1/corrections/sync/subjects").then().statusCode(200).extract().jsonPath();
        assertEquals("REJECTED", upload.getString("results[0].status"));
        assertNull(upload.get("results[0].current"));
        // the district's evaluation is not the clerk's to read
        clerk(mine).get("/api/v1/evaluation/runs/" + completeRun.getString("id")).then().statusCode(404);
        clerk(mine).get("/api/v1/evaluation/runs/" + completeRun.getString("id") + "/report").then().statusCode(404)
                .body(not(containsString("156.1")));
    }

    @Test
    @Order(7)
    void aLineThatIsDownMakesTheRunPartialAndTheRestUnchanged() throws Exception {
        platform.stop("legalaid-service");
        JsonPath partial = evaluator().body(Map.of("orgUnit", DISTRICT, "year", 2021))
                .post("/api/v1/evaluation/runs").then().statusCode(201).extract().jsonPath();
        assertEquals("PARTIAL", partial.getString("status"));
        assertEquals("UNAVAILABLE", partial.getString("indicators.find { it.code == 'LEGALAID_TASK_COMPLETION_RATE' }.status"));
        assertNull(partial.get("indicators.find { it.code == 'LEGALAID_TASK_COMPLETION_RATE' }.value"));
        assertValue("96.6", indicator(partial, "MEDIATION_SUCCESS_RATE"), "mediation unaffected");
        assertValue("148", indicator(partial, "CORRECTIONS_ACTIVE"), "corrections unaffected");
        assertValue("53.3", indicator(partial, "RECONSIDERATION_CLOSURE_RATE"), "manual figures unaffected");
        // the gateway says so too, as problem details
        admin().get("/api/v1/legal-aid/applications").then().statusCode(502).contentType(containsString("problem+json"));

        platform.restart("legalaid-service");
        // the evaluation service's circuit breaker may still be open for a while: run again until complete, as an operator would
        JsonPath again = null;
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            again = evaluator().body(Map.of("orgUnit", DISTRICT, "year", 2021)).post("/api/v1/evaluation/runs")
                    .then().statusCode(201).extract().jsonPath();
            if ("COMPLETE".equals(again.getString("status"))) {
                break;
            }
            Thread.sleep(5_000);
        }
        assertNotNull(again);
        assertEquals("COMPLETE", again.getString("status"));
        assertValue("156.1", indicator(again, "LEGALAID_TASK_COMPLETION_RATE"), "legal aid back");
    }

    /**
     * Issue 10: every JSON answer with a 2xx status the suite received through the gateway (the seeding,
     * the tests above, and a read of every GET operation of the contract as the district admin) validates
     * against the response schema the contract declares for it. Answers that were not 2xx during the read
     * are not violations; they are listed for review.
     */
    /**
     * Issue 10: the contract's own sync examples are records a front end can send as they are (with an
     * id of its own and real references), and a conflict answers the server's record typed as the
     * resource's view. These are also the resources the seed does not create, so that the contract read
     * below meets their answers, nulls included.
     */
    @Test
    @Order(8)
    void theContractsSyncExamplesAreAcceptedAndAConflictAnswersTheTypedRecord() throws Exception {
        JsonNode contract = new ObjectMapper().readTree(PublishedContractIT.COMMITTED.toFile());
        String committee = admin().queryParam("size", 1).get("/api/v1/mediation/committees")
                .then().statusCode(200).extract().path("items[0].id");
        Map<String, Object> mediator = example(contract, "/api/v1/mediation/sync/mediators");
        mediator.put("committeeId", committee);
        created("/api/v1/mediation/sync/mediators", mediator);
        Map<String, Object> training = example(contract, "/api/v1/mediation/sync/trainings");
        training.put("attendeeIds", List.of(mediator.get("id")));
        created("/api/v1/mediation/sync/trainings", training);
        created("/api/v1/mediation/sync/screenings", example(contract, "/api/v1/mediation/sync/screenings"));
        created("/api/v1/corrections/sync/remote-visits", example(contract, "/api/v1/corrections/sync/remote-visits"));
        created("/api/v1/legal-aid/sync/providers", example(contract, "/api/v1/legal-aid/sync/providers"));
        Map<String, Object> consultation = example(contract, "/api/v1/legal-aid/sync/consultations");
        created("/api/v1/legal-aid/sync/consultations", consultation);

        // an office edits version 1 twice: the second edit is a conflict, answered with the server's record
        Map<String, Object> first = new java.util.LinkedHashMap<>(consultation);
        first.put("version", 1);
        first.put("topic", "宅基地使用权纠纷");
        Map<String, Object> second = new java.util.LinkedHashMap<>(first);
        second.put("topic", "赡养费纠纷");
        JsonPath answer = admin().body(Map.of("records", List.of(first, second)))
                .post("/api/v1/legal-aid/sync/consultations").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("UPDATED", "CONFLICT"), answer.getList("results.status"));
        assertEquals("宅基地使用权纠纷", answer.getString("results[1].current.topic"));
        assertEquals(2, answer.getInt("results[1].current.version"));
    }

    /** The first record of the contract's example body of a sync upload, with a new id. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> example(JsonNode contract, String path) {
        JsonNode example = contract.path("paths").path(path).path("post").path("requestBody").path("content")
                .path("application/json").path("example").path("records").path(0);
        assertTrue(example.isObject() && example.has("id"), path + " has no example record with an id");
        Map<String, Object> record = new ObjectMapper().convertValue(example, Map.class);
        record.put("id", UUID.randomUUID().toString());
        return record;
    }

    static void created(String path, Map<String, Object> record) {
        JsonPath answer = admin().body(Map.of("records", List.of(record))).post(path).then().statusCode(200).extract().jsonPath();
        assertEquals("CREATED", answer.getString("results[0].status"),
                () -> path + ": " + answer.getString("results[0].status") + " " + answer.getList("results[0].errors"));
    }

    @Test
    @Order(9)
    void everyAnswerConformsToThePublishedContract() throws Exception {
        ContractConformance contract = ContractConformance.platform();
        ContractCrawl crawl = new ContractCrawl(contract, Callers::admin);
        crawl.run();
        List<ContractConformance.Violation> violations = contract.violations();
        String outcome = "Contract conformance: " + contract.checked() + " answers checked against " + ContractConformance.documentLocation()
                + ", " + violations.size() + " do not conform\n";
        // the whole story for review (no answer bodies): the crawl and every distinct problem
        Path report = PublishedContractIT.ROOT.resolve("e2e/target/contract-conformance.txt");
        Files.writeString(report, crawl.report() + outcome + String.join("\n", ContractConformance.summary(violations, Integer.MAX_VALUE)) + "\n");
        LOG.log(System.Logger.Level.INFO, crawl.report() + outcome);
        assertFalse(crawl.covered.isEmpty(), "the crawl called no operation");
        assertTrue(contract.checked() > 0, "no answer was checked against the contract");
        assertTrue(violations.isEmpty(), () -> violations.size() + " answers do not conform (all of them in " + report + "):\n"
                + String.join("\n", ContractConformance.summary(violations, 49)));
    }

    /**
     * Issue 23: the approved 2021 run is locked. A consultation of 8 October 2021 (the first working day after the National
     * Day holiday) entered afterwards through the gateway changes the legal-aid line's figures: the check against the real
     * line names the figure with its frozen and current value, «数据已在审定后变更», and the run can no longer be exported.
     */
    @Test
    @Order(10)
    void aRecordEnteredAfterApprovalFlagsTheRunAndStopsItsExport() {
        String runId = completeRun.getString("id");
        BigDecimal frozen = metric(completeRun, "legalaid.consultations");
        created("/api/v1/legal-aid/sync/consultations", new java.util.LinkedHashMap<>(Map.of("id", UUID.randomUUID().toString(),
                "orgUnit", TOWNSHIPS.get(2), "consultedOn", "2021-10-08", "channel", "VISIT", "topic", "赡养费纠纷咨询")));
        int now = admin().queryParam("orgUnit", DISTRICT).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/api/v1/legal-aid/stats").then().statusCode(200).extract().jsonPath().getInt("metrics.'legalaid.consultations'");
        assertTrue(now > frozen.intValue(), "the line counts the late consultation");

        JsonPath checked = evaluator().post("/api/v1/evaluation/runs/" + runId + "/review/check").then().statusCode(200).extract().jsonPath();
        assertTrue(checked.getBoolean("changedAfterApproval"), () -> checked.prettify());
        assertTrue(checked.getString("message").startsWith("数据已在审定后变更"), checked.getString("message"));
        Map<String, Object> change = checked.getMap("lateChanges.find { it.metric == 'legalaid.consultations' }");
        assertNotNull(change, () -> String.valueOf(checked.getList("lateChanges")));
        assertEquals("LINE_FIGURE", change.get("kind"));
        assertEquals("LEGAL_AID", change.get("line"));
        assertValue(frozen.toPlainString(), new BigDecimal(change.get("frozen").toString()), "the figure the run froze");
        assertValue(String.valueOf(now), new BigDecimal(change.get("current").toString()), "the line's figure now");
        evaluator().get("/api/v1/evaluation/runs/" + runId + "/export").then().statusCode(409)
                .body("detail", containsString("数据已在审定后变更"));
    }
}
