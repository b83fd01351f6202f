package cn.daxiang.justice.evaluation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.evaluation.LineStubs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report in the six parts of a 部门整体支出绩效评价报告, and as Word and PDF. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(LineStubs.class)
class ReportWordAndPdfTest {

    /** Years no other test class uses: this class's figures, targets and runs are its own. */
    static final int YEAR = 2034;
    static final int BELOW_TARGET_YEAR = 2035;
    static final List<String> CHAPTERS = List.of("一、基本情况", "二、绩效目标", "三、绩效评价结论", "四、主要绩效", "五、存在问题", "六、改进建议");
    /** The seed's figures as the report writes them, in every format. */
    static final List<String> FIGURES = List.of("累计接收社区矫正对象927人，累计解除779人，目前在册管理148人",
            "共调处矛盾纠纷236件，调处成功228件，成功率96.6%，预防矛盾纠纷升级78起", "共受理法律援助案件593件，完成率为156.1%",
            "共收到行政复议15件，审查办结8件，办结率53.3%");

    @BeforeEach
    @AfterEach
    void reset() {
        LineStubs.reset();
    }

    static String seedRun(String org, int year, String legalAidTarget) {
        stubSeedYear(org, year);
        manualSeedYear(org, year);
        target(org, year, "legalaid.cases.accepted", legalAidTarget);
        return run(org, year).getString("id");
    }

    /** The report of the seed year's run {@code id} of {@code org} in {@code format}, with its content type and file name checked. */
    static byte[] download(String id, String org, String format, String contentType, String disposition) {
        return as("provincial-reader", PROVINCE).queryParam("format", format).get(RUNS + "/" + id + "/report").then()
                .statusCode(200).contentType(containsString(contentType))
                .header("Content-Disposition", startsWith(disposition + "; filename=\"evaluation-report-" + org + "-" + YEAR + "-01-01_" + YEAR
                        + "-12-31." + format + "\""))
                .extract().asByteArray();
    }

    /** The JSON report of run {@code id}, which the district's default scorecard scored. */
    static JsonPath scoredReport(String id) {
        JsonPath doc = as("evaluator", DISTRICT).queryParam("format", "json").get(RUNS + "/" + id + "/report").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("DISTRICT_BUREAU", doc.getString("conclusion.scorecard.code"));
        assertTrue(List.of("优", "良", "中", "差").contains(doc.getString("conclusion.scorecard.grade")));
        return doc;
    }

    /** Text with the line breaks and spaces a renderer puts in removed, to find a sentence however it was wrapped. */
    static String joined(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void theReportIsInTheSixPartsOfADepartmentsPerformanceReport() {
        String id = seedRun("430503008000", YEAR, "380");
        JsonPath doc = as("evaluator", DISTRICT).accept("application/json").get(RUNS + "/" + id + "/report").then().statusCode(200)
                .extract().jsonPath();
        String basics = String.join("", doc.getList("basics", String.class));
        assertTrue(basics.contains("评价对象为火车南站街道（机构代码430503008000），评价期间为2034年度（2034年1月1日至2034年12月31日）"), basics);
        assertTrue(basics.contains("覆盖社区矫正、人民调解、法律援助共3条业务线"), basics);
        assertTrue(basics.contains("人工填报数据4项，上级下达任务指标1项"), basics);
        assertTrue(String.join("", doc.getList("goals", String.class)).contains("法律援助案件任务完成率：目标值380"));
        assertEquals(List.of("法律援助案件任务完成率156.1%"), doc.getList("conclusion.met"));
        assertEquals(List.of(), doc.getList("conclusion.notMet"));
        assertTrue(String.join("", doc.getList("conclusion.paragraphs", String.class)).contains("达到目标1项（法律援助案件任务完成率156.1%），未达到目标0项"));
        // nobody entered the training figures: a problem of missing data, with its suggestion
        List<String> kinds = doc.getList("problems.kind");
        assertTrue(kinds.contains("MISSING_DATA"), kinds.toString());
        assertFalse(kinds.contains("BELOW_TARGET") || kinds.contains("LINE_UNAVAILABLE"), kinds.toString());
        assertTrue(doc.getString("problems.find { it.kind == 'MISSING_DATA' }.text").contains("业务培训"));
        List<String> warnings = doc.getList("problems.findAll { it.kind == 'DATA_WARNING' }.text");
        assertFalse(warnings.isEmpty(), "records complete since 2020: the cumulative figures' warning");
        assertTrue(warnings.stream().allMatch(w -> w.startsWith("数据提示：") && w.endsWith("。")), warnings.toString());
        assertEquals(kinds.stream().distinct().sorted().toList(), doc.getList("suggestions.kind", String.class).stream().sorted().toList(),
                "one suggestion per kind of problem");

        String html = as("evaluator", DISTRICT).get(RUNS + "/" + id + "/report").then().statusCode(200).extract().asString();
        int last = -1;
        for (String chapter : CHAPTERS) {
            int at = html.indexOf("<h2>" + chapter + "</h2>");
            assertTrue(at > last, chapter + " in its place");
            last = at;
        }
        assertTrue(html.indexOf("data-code=\"LEGALAID_TASK_COMPLETION_RATE\"") > html.indexOf("三、绩效评价结论"), "the indicator table in the conclusion");
        assertTrue(html.indexOf("累计接收社区矫正对象927人") > html.indexOf("四、主要绩效"), "the lines' figures are the main achievements");
        // the district's default scorecard is in force: the conclusion opens with the score and its table, the first table
        int conclusion = html.indexOf("<h2>三、绩效评价结论</h2>");
        assertTrue(html.indexOf("<p class=\"score\" id=\"scorecard\">综合评分：" + doc.getString("conclusion.scoreText")) > conclusion);
        assertEquals(html.indexOf("<table class=\"scorecard\">"), html.indexOf("<table"), "the scorecard is the first table");
        assertTrue(html.indexOf("<table") > conclusion, "no table in 基本情况 or 绩效目标");
        assertTrue(doc.getString("conclusion.scoreText").startsWith(doc.getString("conclusion.scorecard.scoreText") + "分（满分100分），评价等级为“"
                + doc.getString("conclusion.scorecard.grade") + "”"), doc.getString("conclusion.scoreText"));
        // the sources' table is the appendix after the six parts
        assertTrue(html.indexOf("附表　数据来源与截止时间") > html.indexOf("<h2>六、改进建议</h2>"), "the sources in the appendix");
        assertTrue(basics.contains("各数据来源的截止时间见附表"), basics);
    }

    @Test
    void aTargetNotMetAndAnUnreachableLineAreProblemsWithTheirSuggestions() {
        String org = "430503009000";
        stubSeedYear(org, BELOW_TARGET_YEAR);
        LineStubs.answer(LineStubs.CORRECTIONS, org, LocalDate.of(BELOW_TARGET_YEAR, 1, 1), LocalDate.of(BELOW_TARGET_YEAR, 12, 31),
                aResponse().withStatus(500));
        manualSeedYear(org, BELOW_TARGET_YEAR);
        target(org, BELOW_TARGET_YEAR, "legalaid.cases.accepted", "700");
        String id = run(org, BELOW_TARGET_YEAR).getString("id");
        JsonPath doc = as("evaluator", DISTRICT).queryParam("format", "json").get(RUNS + "/" + id + "/report").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("法律援助案件任务完成率84.7%"), doc.getList("conclusion.notMet"));
        assertEquals("法律援助案件任务完成率未达到目标：完成率84.7%（实际593，目标700）。",
                doc.getString("problems.find { it.kind == 'BELOW_TARGET' }.text"));
        assertTrue(doc.getString("problems.find { it.kind == 'LINE_UNAVAILABLE' }.text").startsWith("社区矫正：服务不可用"));
        List<String> suggestions = doc.getList("suggestions.kind");
        assertTrue(suggestions.containsAll(List.of("LINE_UNAVAILABLE", "BELOW_TARGET")), suggestions.toString());
        assertTrue(doc.getString("suggestions.find { it.kind == 'BELOW_TARGET' }.text").contains("整改措施"));
        String conclusion = String.join("", doc.getList("conclusion.paragraphs", String.class));
        assertTrue(conclusion.contains("部分业务线数据不可用，有任务指标未达到目标"), conclusion);
        assertTrue(String.join("", doc.getList("basics", String.class)).contains("（其中社区矫正服务不可用）"));
        String html = as("evaluator", DISTRICT).get(RUNS + "/" + id + "/report").then().statusCode(200).extract().asString();
        assertTrue(html.contains("法律援助案件任务完成率未达到目标：完成率84.7%（实际593，目标700）"));
    }

    @Test
    void theWordReportHasTheSixPartsTheFiguresTheScorecardFirstTheTableAndTheCharts() throws IOException {
        String id = seedRun("430503010000", YEAR, "380");
        JsonPath doc = scoredReport(id);
        byte[] docx = download(id, "430503010000", "docx", "wordprocessingml", "attachment");
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            String text = extractor.getText();
            assertTrue(text.startsWith("雨溪街道2034年度司法行政工作绩效评价报告"), text.substring(0, 40));
            List<String> headings = word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            List<String> parts = new ArrayList<>(CHAPTERS);
            parts.add("附表　数据来源与截止时间");
            assertEquals(parts, headings, "the six parts, then the appendix");
            for (String figure : FIGURES) {
                assertTrue(text.contains(figure), figure);
            }
            XWPFTable scorecard = word.getTables().get(0);
            assertEquals(List.of("指标", "分值", "得分", "评分方法", "得分说明"),
                    scorecard.getRow(0).getTableCells().stream().map(c -> c.getText()).toList(), "the first table is the scorecard");
            assertEquals(doc.getList("conclusion.scorecard.rows.name", String.class),
                    scorecard.getRows().subList(1, scorecard.getNumberOfRows() - 1).stream().map(r -> r.getCell(0).getText()).toList());
            String total = scorecard.getRow(scorecard.getNumberOfRows() - 1).getCell(2).getText();
            assertEquals(doc.getString("conclusion.scorecard.scoreText"), total);
            XWPFTable indicators = word.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("目标值")).findFirst()
                    .orElseThrow();
            var completion = indicators.getRows().stream().filter(r -> r.getCell(0).getText().equals("法律援助案件任务完成率"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("380", "593", "156.1%"), List.of(completion.getCell(1).getText(), completion.getCell(2).getText(),
                    completion.getCell(3).getText()));
            assertTrue(text.contains("综合评分：" + doc.getString("conclusion.scoreText")), "the conclusion opens with the score");
            assertFalse(word.getAllPictures().isEmpty(), "the target chart as a picture");
            List<String> fonts = new ArrayList<>();
            word.getParagraphs().forEach(p -> p.getRuns().stream().map(XWPFRun::getFontFamily).forEach(fonts::add));
            assertTrue(fonts.contains("仿宋_GB2312") && fonts.contains("宋体") && fonts.contains("黑体"), fonts.toString());
        }
    }

    @Test
    void thePdfReportHoldsTheFiguresWithItsFontsEmbeddedAndRendersPageOne() throws IOException {
        String id = seedRun("430503011000", YEAR, "380");
        JsonPath doc = scoredReport(id);
        byte[] pdf = download(id, "430503011000", "pdf", "application/pdf", "inline");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "several A4 pages");
            PDPage first = document.getPage(0);
            assertEquals(595, Math.round(first.getMediaBox().getWidth()), "A4 width in points");
            assertEquals(842, Math.round(first.getMediaBox().getHeight()), "A4 height in points");
            String text = joined(new PDFTextStripper().getText(document));
            assertTrue(text.contains("檀江街道2034年度司法行政工作绩效评价报告"), text.substring(0, Math.min(200, text.length())));
            for (String part : CHAPTERS) {
                assertTrue(text.contains(part), part);
            }
            for (String figure : FIGURES) {
                assertTrue(text.contains(figure), figure);
            }
            assertTrue(text.contains("法律援助案件任务完成率380593156.1%"), "the indicator table's row");
            assertTrue(text.contains(joined("综合评分：" + doc.getString("conclusion.scoreText"))), "the total and grade");
            assertTrue(text.contains(joined("合计100" + doc.getString("conclusion.scorecard.scoreText") + "评价等级："
                    + doc.getString("conclusion.scorecard.grade"))), "the scorecard table's total row");
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setSortByPosition(true);
            firstPage.setEndPage(1);
            assertTrue(joined(firstPage.getText(document)).endsWith("第1页共" + document.getNumberOfPages() + "页"), "page numbers at the foot");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 50);
            long ink = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        ink++;
                    }
                }
            }
            assertTrue(ink > image.getWidth() * image.getHeight() / 100, "page 1 is not blank: " + ink + " pixels");
        }
    }

    @Test
    void theFormatComesFromTheAcceptHeaderAndAnUnknownOneIsRefused() {
        String id = seedRun("430503101000", YEAR, "380");
        as("evaluator", DISTRICT).accept("application/pdf").get(RUNS + "/" + id + "/report").then().statusCode(200)
                .contentType(containsString("application/pdf"));
        as("evaluator", DISTRICT).accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .get(RUNS + "/" + id + "/report").then().statusCode(200).contentType(containsString("wordprocessingml"));
        as("evaluator", DISTRICT).queryParam("format", "odt").get(RUNS + "/" + id + "/report").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("format"));
        // a township clerk of another office sees neither
        for (String format : List.of("pdf", "docx")) {
            as("township-clerk", "430503202000").queryParam("format", format).get(RUNS + "/" + id + "/report").then().statusCode(404)
                    .contentType(PROBLEM);
        }
    }
}
