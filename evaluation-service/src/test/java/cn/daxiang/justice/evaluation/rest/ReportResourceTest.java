package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.PROBLEM;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.RUNS;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.as;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.manualSeedYear;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.run;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.stubSeedYear;
import static cn.daxiang.justice.evaluation.rest.RunResourceTest.target;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report of a run in its four formats, the export, and who may read them. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class ReportResourceTest {

    static final String XSS = "<script>alert(1)</script>";
    /** A year no other test class uses, so that its figures, targets and runs are this class's alone. */
    static final int YEAR = 2030;

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    /** The seed's year for a township, with an indicator whose Chinese name carries markup and one that starts like a formula. */
    static String seedRun(String org) {
        stubSeedYear(org, YEAR);
        manualSeedYear(org, YEAR);
        target(org, YEAR, "legalaid.cases.accepted", "380");
        // indicator codes are unique across org units: one pair per township
        indicator(org, "TEST_MARKUP_" + org, XSS + "调解指标");
        indicator(org, "TEST_FORMULA_" + org, "=HYPERLINK(\\\"http://x\\\")");
        return run(org, YEAR).getString("id");
    }

    static void indicator(String org, String code, String nameZh) {
        as("evaluator", DISTRICT).body("""
                {"orgUnit":"%s","code":"%s","nameZh":"%s","nameEn":"test","numerator":"mediation.disputes.succeeded",
                 "denominator":"1","factor":1,"decimals":0,"unit":"件","direction":"NEUTRAL"}
                """.formatted(org, code, nameZh)).post("/api/v1/evaluation/indicators").then().statusCode(201);
    }

    static String row(String html, String code) {
        int start = html.indexOf("data-code=\"" + code + "\"");
        assertTrue(start > 0, code);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void theHtmlReportIsInChineseWithTheSeedsFiguresAndEscapesData() {
        String org = "430503007000";
        String id = seedRun(org);
        var response = as("provincial-reader", PROVINCE).get(RUNS + "/" + id + "/report").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Disposition", startsWith("inline; filename=\"evaluation-report-430503007000-2030-01-01_2030-12-31.html\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''" + java.net.URLEncoder.encode("城南街道2030年度", StandardCharsets.UTF_8)))
                .extract();
        String html = response.asString();
        assertTrue(html.contains("<h1>城南街道2030年度司法行政工作绩效评价报告</h1>"));
        for (String heading : List.of("社区矫正与安置帮教", "人民调解", "法律援助", "其他（人工填报）", "绩效指标", "校验结果",
                "数据来源与截止时间", "下级机构排名", "年度趋势")) {
            assertTrue(html.contains(heading), heading);
        }
        // the figures in sentences, as the seed writes them
        assertTrue(html.contains("累计接收社区矫正对象927人，累计解除779人，目前在册管理148人"), "cumulative figures");
        assertTrue(html.contains("缓刑137人，假释2人，暂予监外执行8人"));
        assertTrue(html.contains("共调处矛盾纠纷236件，调处成功228件，成功率96.6%，预防矛盾纠纷升级78起"));
        assertTrue(html.contains("共受理法律援助案件593件，完成率为156.1%"));
        assertTrue(html.contains("共收到行政复议15件，审查办结8件，办结率53.3%"));
        // the indicator table: target, actual, rate, source
        String completion = row(html, "LEGALAID_TASK_COMPLETION_RATE");
        assertTrue(completion.contains(">380<") && completion.contains(">593<") && completion.contains(">156.1%<"), completion);
        assertTrue(completion.contains("法律援助服务、任务指标"), completion);
        assertTrue(row(html, "MEDIATION_SUCCESS_RATE").contains(">228 / 236<"));
        assertTrue(row(html, "RECONSIDERATION_CLOSURE_RATE").contains("人工填报"));
        assertTrue(row(html, "CORRECTIONS_CUMULATIVE_RECEIVED").contains(">927人<"));
        assertTrue(html.contains("通过"), "rule results");
        assertTrue(html.contains("2022-01-05T08:00:00Z"), "asOf of the sources");
        // printable, with an inline chart
        assertTrue(html.contains("@page { size: A4"));
        assertTrue(html.contains("aria-label=\"指标与目标对比\""));
        // markup from data is text, never markup
        assertFalse(html.contains(XSS));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;调解指标"));
        // no child runs, no other yearly runs: notes instead of charts
        assertTrue(html.contains("未绘制排名图"));
        assertTrue(html.contains("未绘制趋势图"));

        // a second yearly run (2029) of the same unit: the trend chart is drawn from the two
        stubSeedYear(org, YEAR - 1);
        run(org, YEAR - 1);
        String again = as("provincial-reader", PROVINCE).get(RUNS + "/" + id + "/report").then().statusCode(200).extract().asString();
        assertTrue(again.contains("aria-label=\"年度趋势\""));
        assertTrue(again.contains(">2029年<") && again.contains(">2030年<") && again.contains(">2028年<"), "five years, gaps named");
        assertTrue(again.contains(">96.6%<"), "the trend's points carry their values");
    }

    @Test
    void aPartialRunsReportNamesTheUnavailableLineAndShowsNoZero() {
        String org = "430503006000";
        stubSeedYear(org, YEAR);
        LineStubs.answer(LineStubs.LEGAL_AID, org, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), aResponse().withStatus(500));
        manualSeedYear(org, YEAR);
        String id = run(org, YEAR).getString("id");
        String html = as("evaluator", DISTRICT).get(RUNS + "/" + id + "/report").then().statusCode(200).extract().asString();
        assertTrue(html.contains("法律援助：服务不可用，相关指标未计算（原因：法律援助服务（legalaid-service）不可用：HTTP 500）"));
        assertTrue(html.contains("部分：法律援助服务不可用"));
        for (String code : List.of("LEGALAID_CASES_ACCEPTED", "LEGALAID_TASK_COMPLETION_RATE", "LEGALAID_SERVICE_POINTS")) {
            String row = row(html, code);
            assertTrue(row.contains("不可用"), row);
            assertFalse(row.contains(">0<") || row.contains(">0%<") || row.contains(">0件<"), row);
        }
        assertFalse(html.contains("共受理法律援助案件"));
        // the other lines are still written out
        assertTrue(html.contains("成功率96.6%"));
    }

    @Test
    void theXlsxHoldsTheSameNumbersAsNumericCells() throws IOException {
        String id = seedRun("430503005000");
        byte[] xlsx = as("provincial-reader", PROVINCE).queryParam("format", "xlsx").get(RUNS + "/" + id + "/report").then()
                .statusCode(200).contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", startsWith("attachment; filename=\"evaluation-report-430503005000"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("绩效指标");
            assertNotNull(sheet);
            assertEquals("指标代码", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("完成率/比率或计数", sheet.getRow(0).getCell(6).getStringCellValue());
            Map<String, Row> rows = new HashMap<>();
            for (Row r : sheet) {
                rows.put(r.getCell(0).getStringCellValue(), r);
            }
            Row completion = rows.get("LEGALAID_TASK_COMPLETION_RATE");
            assertNumber(completion.getCell(2), 380);
            assertNumber(completion.getCell(3), 593);
            assertNumber(completion.getCell(6), 156.1);
            assertEquals("法律援助案件任务完成率", completion.getCell(1).getStringCellValue());
            assertNumber(rows.get("MEDIATION_SUCCESS_RATE").getCell(6), 96.6);
            assertNumber(rows.get("RECONSIDERATION_CLOSURE_RATE").getCell(6), 53.3);
            assertNumber(rows.get("CORRECTIONS_CUMULATIVE_RECEIVED").getCell(6), 927);
            assertEquals(XSS + "调解指标", rows.get("TEST_MARKUP_430503005000").getCell(1).getStringCellValue(), "text, as entered");
            // nobody entered training figures: the text says so, no 0
            assertEquals(CellType.STRING, rows.get("TRAINING_SESSIONS").getCell(6).getCellType());
            assertEquals("无数据", rows.get("TRAINING_SESSIONS").getCell(6).getStringCellValue());
            assertTrue(wb.getSheet("报告").getRow(0).getCell(0).getStringCellValue().contains("2030年度司法行政工作绩效评价报告"));
            assertNotNull(wb.getSheet("校验结果"));
            assertNotNull(wb.getSheet("数据来源"));
        }
    }

    static void assertNumber(Cell cell, double expected) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number, not text: " + cell);
        assertEquals(expected, cell.getNumericCellValue(), 1e-9);
    }

    /** RFC 4180 with every cell quoted, as the report writes it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\r\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theCsvHasABomAChineseHeaderAndNeutralisedFormulas() {
        String id = seedRun("430503004000");
        byte[] bytes = as("township-clerk", "430503004000").queryParam("format", "csv").get(RUNS + "/" + id + "/report").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = parseCsv(text);
        assertEquals(List.of("指标代码", "指标", "目标值", "实际值", "分子", "分母", "完成率/比率或计数", "单位", "等级", "状态", "数据来源", "说明"),
                rows.get(0));
        Map<String, List<String>> byCode = new HashMap<>();
        rows.forEach(r -> byCode.put(r.get(0), r));
        assertEquals(List.of("380", "593", "593", "380", "156.1", "%"), byCode.get("LEGALAID_TASK_COMPLETION_RATE").subList(2, 8));
        assertEquals("96.6", byCode.get("MEDIATION_SUCCESS_RATE").get(6));
        assertEquals("53.3", byCode.get("RECONSIDERATION_CLOSURE_RATE").get(6));
        assertEquals("'=HYPERLINK(\"http://x\")", byCode.get("TEST_FORMULA_430503004000").get(1), "a formula is neutralised");
        assertEquals(XSS + "调解指标", byCode.get("TEST_MARKUP_430503004000").get(1));
    }

    @Test
    void theJsonReportIsAStructuredDocumentAndFormatsAreChecked() {
        String id = seedRun("430503003000");
        JsonPath doc = as("evaluator", DISTRICT).accept("application/json").get(RUNS + "/" + id + "/report").then()
                .statusCode(200).contentType(containsString("application/json")).extract().jsonPath();
        assertEquals("城北路街道2030年度司法行政工作绩效评价报告", doc.getString("title"));
        assertEquals(List.of("社区矫正与安置帮教", "人民调解", "法律援助", "跨业务线人员情况（平台所见）", "其他（人工填报）", "预算执行情况"),
                doc.getList("sections.heading"));
        assertEquals("156.1%", doc.getString("indicators.find { it.code == 'LEGALAID_TASK_COMPLETION_RATE' }.rateText"));
        assertEquals("TARGET_RATE", doc.getString("indicators.find { it.code == 'LEGALAID_TASK_COMPLETION_RATE' }.kind"));
        assertEquals("LEGAL_AID", doc.getString("indicators.find { it.code == 'LEGALAID_TASK_COMPLETION_RATE' }.section"));
        assertTrue(doc.getList("validation.resultText").contains("通过"));
        as("evaluator", DISTRICT).queryParam("format", "odt").get(RUNS + "/" + id + "/report").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("format"));
        as("evaluator", DISTRICT).queryParam("format", "xml").get(RUNS + "/" + id + "/export").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("format"));
        as("evaluator", DISTRICT).queryParam("indicator", "NO_SUCH").get(RUNS + "/" + id + "/report").then().statusCode(400)
                .body("errors.field", hasItem("indicator"));
    }

    @Test
    void theExportHasStableCodesInJsonAndCsv() {
        String org = "430503002000";
        String id = seedRun(org);
        RunReviewTest.approved(id);
        JsonPath export = as("provincial-reader", PROVINCE).get(RUNS + "/" + id + "/export").then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath();
        assertEquals(1, export.getInt("formatVersion"));
        Map<String, Object> completion = export.getMap("indicators.find { it.indicatorCode == 'LEGALAID_TASK_COMPLETION_RATE' }");
        assertEquals(org, completion.get("orgUnit"));
        assertEquals("2030-01-01", completion.get("periodFrom"));
        assertEquals("2030-12-31", completion.get("periodTo"));
        assertEquals("156.1", String.valueOf(completion.get("value")));
        assertEquals("593", String.valueOf(completion.get("numerator")));
        assertEquals("380", String.valueOf(completion.get("denominator")));
        assertEquals("OK", completion.get("status"));
        assertEquals("%", completion.get("unit"));
        assertEquals(1, completion.get("definitionVersion"));
        assertNull(export.get("indicators.find { it.indicatorCode == 'TRAINING_SESSIONS' }.value"));
        Map<String, Object> metric = export.getMap("metrics.find { it.metric == 'cumulative:corrections.subjects.received' }");
        assertEquals("927", String.valueOf(metric.get("value")));
        assertEquals("CORRECTIONS_SERVICE", metric.get("source"));
        assertEquals("2022-01-05T08:00:00Z", metric.get("asOf"));

        String csv = as("provincial-reader", PROVINCE).queryParam("format", "csv").get(RUNS + "/" + id + "/export").then()
                .statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        List<List<String>> rows = parseCsv(csv);
        assertEquals(List.of("rowType", "orgUnit", "periodFrom", "periodTo", "code", "value", "numerator", "denominator", "status",
                "unit", "definitionVersion", "source", "asOf"), rows.get(0));
        assertTrue(rows.contains(List.of("INDICATOR", org, "2030-01-01", "2030-12-31", "LEGALAID_TASK_COMPLETION_RATE", "156.1", "593",
                "380", "OK", "%", "1", "", "")));
        assertTrue(rows.contains(List.of("METRIC", org, "2030-01-01", "2030-12-31", "legalaid.cases.accepted", "593", "", "", "", "", "",
                "LEGAL_AID_SERVICE", "2022-01-05T08:00:00Z")));
    }

    @Test
    void rolesAndScopeOfReportsAndExports() {
        String org = "430503001000";
        String id = seedRun(org);
        RunReviewTest.approved(id);
        for (String path : List.of("/report", "/export")) {
            as("provincial-reader", PROVINCE).get(RUNS + "/" + id + path).then().statusCode(200);
            as("township-clerk", org).get(RUNS + "/" + id + path).then().statusCode(200);
            as("township-clerk", "430503202000").get(RUNS + "/" + id + path).then().statusCode(404).contentType(PROBLEM);
            as("district-admin", DISTRICT).get(RUNS + "/" + id + path).then().statusCode(200);
            as("nobody-role", DISTRICT).get(RUNS + "/" + id + path).then().statusCode(403).contentType(PROBLEM);
            given().get(RUNS + "/" + id + path).then().statusCode(401).contentType(PROBLEM);
            as("evaluator", DISTRICT).get(RUNS + "/" + UUID.randomUUID() + path).then().statusCode(404).contentType(PROBLEM)
                    .body("status", equalTo(404));
        }
    }
}
