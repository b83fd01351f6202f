package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Documents.docxText;
import static cn.daxiang.justice.devsupport.testing.Documents.pdfFontsNotEmbedded;
import static cn.daxiang.justice.devsupport.testing.Documents.pdfText;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.acceptedCase;
import static cn.daxiang.justice.legalaid.LegalAidApi.assign;
import static cn.daxiang.justice.legalaid.LegalAidApi.createApplication;
import static cn.daxiang.justice.legalaid.LegalAidApi.createProvider;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Legal aid's formal instruments (格式文书) through the API: 给予/不予法律援助决定书 and 指派通知书 issued, numbered and read
 * back as DOCX (POI); refusals by state, scope and role; gapless numbers under concurrency; a year's sequence; an
 * operator's template. Numbers are per office, kind and year: each test issues in an office and year of its own
 * (城北路 2022, 城西 2022, 雨溪 2024/2025, 檀江 2020, 火车南站 2023, 学院路 2024, 百春园 and 城南 2025), which no
 * other test issues in; none in 2021, whose district-wide figures LegalAidStatsTest counts.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class InstrumentTest {

    static final String CLERK = "township-clerk";
    static final String CHENGBEI = "430503003000";
    static final String CHENGXI = "430503004000";
    static final String YUXI = "430503010000";
    static final String TANJIANG = "430503011000";
    static final String STATION = "430503008000";
    static final String XUEYUAN = "430503009000";

    @Inject
    AgroalDataSource dataSource;

    static UUID grantedApplication(String orgUnit, String receivedOn, String acceptedOn) {
        UUID app = createApplication(orgUnit, "CIVIL", receivedOn);
        as(CLERK, orgUnit).body("{\"acceptedOn\":\"%s\",\"version\":1}".formatted(acceptedOn))
                .post(BASE + "/applications/" + app + "/accept").then().statusCode(201);
        return app;
    }

    static UUID refusedApplication(String orgUnit, String receivedOn, String refusedOn) {
        UUID app = createApplication(orgUnit, "CIVIL", receivedOn);
        as(CLERK, orgUnit).body("{\"refusedOn\":\"%s\",\"reason\":\"申请人家庭经济状况不符合法律援助条件\",\"version\":1}".formatted(refusedOn))
                .post(BASE + "/applications/" + app + "/refuse").then().statusCode(200);
        return app;
    }

    static JsonPath issue(String orgUnit, String record, int status) {
        return as(CLERK, orgUnit).post(BASE + "/" + record).then().statusCode(status).extract().jsonPath();
    }

    static byte[] docx(String orgUnit, String record) {
        return as(CLERK, orgUnit).accept("*/*").queryParam("format", "docx").get(BASE + "/" + record).then().statusCode(200)
                .contentType(containsString("wordprocessingml")).extract().asByteArray();
    }

    static byte[] pdf(String orgUnit, String record) {
        return as(CLERK, orgUnit).accept("application/pdf").get(BASE + "/" + record).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
    }

    @Test
    void aGrantedApplicationGetsItsDecisionNumberedAndTheDocxHoldsTheApplicantTheMatterTheGroundAndTheNumber() {
        UUID app = grantedApplication(CHENGBEI, "2022-09-28", "2022-10-08");
        String record = "applications/" + app + "/instruments/grant";

        JsonPath issued = issue(CHENGBEI, record, 201);
        assertEquals("〔2022〕大司城北援决字第1号", issued.getString("documentNumber"));
        assertEquals("给予法律援助决定书", issued.getString("title"));
        assertEquals(1, issued.getInt("number"));
        assertEquals("2022-10-08", issued.getString("issuedOn"));
        assertTrue(issued.getString("links.docx").endsWith("/instruments/grant?format=docx"), issued.getString("links.docx"));

        String text = docxText(docx(CHENGBEI, record));
        assertTrue(text.contains("给予法律援助决定书"), text);
        assertTrue(text.contains("〔2022〕大司城北援决字第1号"), text);
        assertTrue(text.contains("张三丰") && text.contains("拖欠劳动报酬") && text.contains("2022年9月28日"), text);
        assertTrue(text.contains("《中华人民共和国法律援助法》第三十一条、第四十一条"), text);
        assertTrue(text.contains("城北路街道司法所") && text.contains("2022年10月8日"), text);
        String pdfText = pdfText(pdf(CHENGBEI, record));
        assertTrue(pdfText.contains("给予法律援助决定书") && pdfText.contains("〔2022〕大司城北援决字第1号"), pdfText);
        assertTrue(pdfText.contains("张三丰") && pdfText.contains("拖欠劳动报酬") && pdfText.contains("城北路街道司法所"), pdfText);
        assertEquals(List.of(), pdfFontsNotEmbedded(pdf(CHENGBEI, record)));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Instrument", issued.getString("id")));
        assertEquals(3, count(dataSource, "SELECT count(*) FROM legalaid.access_log WHERE record_ids @> ARRAY[?::uuid]"
                + " AND operation = 'getApplicationInstrument'", app.toString()));
    }

    @Test
    void aRefusalUpheldAgainAfterAnObjectionGetsItsOwnNewlyNumberedDecisionAndTheFirstStays() {
        UUID app = refusedApplication(TANJIANG, "2024-09-24", "2024-09-27");
        String record = "applications/" + app + "/instruments/refuse";
        JsonPath first = issue(TANJIANG, record, 201);
        // the objection (法律援助法第四十九条) is upheld across National Day and the centre decides again
        String objection = as(CLERK, TANJIANG).body("{\"receivedOn\":\"2024-09-30\",\"grounds\":\"申请人已补交低保证明\"}")
                .post(BASE + "/applications/" + app + "/objections").then().statusCode(201).extract().path("id");
        as("district-admin", "430503000000").header("If-Match", "1")
                .body("{\"decidedOn\":\"2024-10-08\",\"decision\":\"CORRECTED\",\"reason\":\"重新审查\"}")
                .post(BASE + "/objections/" + objection + "/decide").then().statusCode(200);
        long version = as(CLERK, TANJIANG).get(BASE + "/applications/" + app).then().statusCode(200).extract().jsonPath()
                .getLong("version");
        as(CLERK, TANJIANG).body("{\"refusedOn\":\"2024-10-10\",\"reason\":\"经重新审查，仍不符合经济困难标准\",\"version\":%d}"
                .formatted(version)).post(BASE + "/applications/" + app + "/refuse").then().statusCode(200);

        JsonPath second = issue(TANJIANG, record, 201);
        assertEquals("2024-10-10", second.getString("issuedOn"));
        assertEquals(first.getInt("number") + 1, second.getInt("number"));
        assertTrue(pdfText(pdf(TANJIANG, record)).contains(second.getString("documentNumber")));
        assertEquals(2, count(dataSource, "SELECT count(*) FROM legalaid.instrument WHERE record_id = ?::uuid", app.toString()));
    }

    @Test
    void anIssuedDecisionIsFiledOnceAmongTheApplicationsFilesAsItsPdf() {
        UUID app = grantedApplication(CHENGXI, "2024-09-27", "2024-10-08");
        String record = "applications/" + app + "/instruments/grant";
        String number = issue(CHENGXI, record, 201).getString("documentNumber");
        issue(CHENGXI, record, 200);

        JsonPath files = as(CLERK, CHENGXI).get(BASE + "/applications/" + app + "/attachments").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("DECISION"), files.getList("kind"));
        assertEquals("application/pdf", files.getString("[0].contentType"));
        assertEquals("给予法律援助决定书（" + number + "）", files.getString("[0].title"));
        byte[] filed = as(CLERK, CHENGXI).get(files.getString("[0].downloadUrl")).then().statusCode(200).extract().asByteArray();
        String text = pdfText(filed);
        assertTrue(text.contains(number) && text.contains("张三丰"), text);
    }

    @Test
    void printingAgainKeepsTheNumberAndTheContentDispositionNamesTheFileInChinese() {
        UUID app = grantedApplication(STATION, "2023-03-01", "2023-03-03");
        String record = "applications/" + app + "/instruments/grant";
        JsonPath first = issue(STATION, record, 201);
        JsonPath again = issue(STATION, record, 200);
        assertEquals(first.getString("id"), again.getString("id"));
        assertEquals("〔2023〕大司火车援决字第1号", again.getString("documentNumber"));

        String disposition = as(CLERK, STATION).accept("*/*").queryParam("format", "docx").get(BASE + "/" + record)
                .then().statusCode(200).extract().header("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"instrument.docx\"; filename*=UTF-8''"), disposition);
        assertEquals("给予法律援助决定书（〔2023〕大司火车援决字第1号）.docx",
                URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8));
        assertTrue(docxText(docx(STATION, record)).contains("〔2023〕大司火车援决字第1号"));
        assertEquals(1, count(dataSource, "SELECT count(*) FROM legalaid.instrument WHERE record_id = ?::uuid", app.toString()));
    }

    @Test
    void aRefusalGetsItsDecisionWithTheReasonAndTheObjectionRightsButNoGrantAndTheRefusedAttemptTakesNoNumber() {
        UUID refused = refusedApplication(CHENGXI, "2022-09-23", "2022-09-28");
        as(CLERK, CHENGXI).post(BASE + "/applications/" + refused + "/instruments/grant").then().statusCode(409)
                .contentType("application/problem+json").body("title", equalTo("与记录当前状态冲突"))
                .body("detail", containsString("不能出具给予法律援助决定书"));
        UUID granted = grantedApplication(CHENGXI, "2022-09-23", "2022-09-28");
        as(CLERK, CHENGXI).post(BASE + "/applications/" + granted + "/instruments/refuse").then().statusCode(409);
        UUID pending = createApplication(CHENGXI, "CIVIL", "2022-09-23");
        as(CLERK, CHENGXI).post(BASE + "/applications/" + pending + "/instruments/refuse").then().statusCode(409);
        assertEquals(0, count(dataSource, "SELECT count(*) FROM legalaid.instrument WHERE org_unit = ?", CHENGXI));

        String record = "applications/" + refused + "/instruments/refuse";
        assertEquals("〔2022〕大司城西援不字第1号", issue(CHENGXI, record, 201).getString("documentNumber"));
        String text = docxText(docx(CHENGXI, record));
        assertTrue(text.contains("不予法律援助决定书") && text.contains("申请人家庭经济状况不符合法律援助条件"), text);
        assertTrue(text.contains("可以向大祥区司法局提出") && text.contains("第四十九条"), text);
        // the grant's sequence of the office was not touched by the refused attempts
        assertEquals("〔2022〕大司城西援决字第1号",
                issue(CHENGXI, "applications/" + granted + "/instruments/grant", 201).getString("documentNumber"));
    }

    @Test
    void anAssignedCaseGetsItsNoticeNamingTheProviderTheApplicantAndTheContactDeadline() {
        UUID caseId = acceptedCase(XUEYUAN, "CIVIL", "2024-09-27", "2024-09-29", null);
        String record = "cases/" + caseId + "/instruments/assign";
        as(CLERK, XUEYUAN).post(BASE + "/" + record).then().statusCode(409).body("detail", containsString("尚未指派"));

        UUID provider = createProvider(XUEYUAN, false);
        assign(caseId, XUEYUAN, provider, "2024-09-30", 1);
        JsonPath issued = issue(XUEYUAN, record, 201);
        assertEquals("〔2024〕大司学院援指字第1号", issued.getString("documentNumber"));
        String text = docxText(docx(XUEYUAN, record));
        assertTrue(text.contains("指派通知书") && text.contains("湖南某律师事务所：") && text.contains("李律师"), text);
        assertTrue(text.contains("14305201010123456") && text.contains("张三丰") && text.contains("拖欠劳动报酬"), text);
        // three working days after Monday 2024-09-30, over National Day (10-01..10-07 off; 10-12 a working Saturday)
        assertTrue(text.contains("于2024年10月10日前与受援人取得联系"), text);
    }

    @Test
    void eightConcurrentIssuesForEightApplicationsGetTheNumbersOneToEightWithoutGapsOrDoubles() throws Exception {
        List<UUID> apps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            apps.add(grantedApplication(TANJIANG, "2020-06-01", "2020-06-03"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = apps.stream().<Callable<Integer>>map(app -> () ->
                    issue(TANJIANG, "applications/" + app + "/instruments/grant", 201).getInt("number")).toList();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                numbers.add(f.get());
            }
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), numbers.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
        assertEquals(8, count(dataSource, "SELECT last FROM legalaid.instrument_counter WHERE org_unit = ? AND kind = 'grant' AND year = 2020", TANJIANG));
    }

    @Test
    void aNewYearStartsTheOfficesSequenceAtOneAgain() {
        UUID december = grantedApplication(YUXI, "2024-12-27", "2024-12-31");
        UUID december2 = grantedApplication(YUXI, "2024-12-30", "2024-12-31");
        UUID january = grantedApplication(YUXI, "2024-12-30", "2025-01-02");
        assertEquals("〔2024〕大司雨溪援决字第1号", issue(YUXI, "applications/" + december + "/instruments/grant", 201).getString("documentNumber"));
        assertEquals("〔2024〕大司雨溪援决字第2号", issue(YUXI, "applications/" + december2 + "/instruments/grant", 201).getString("documentNumber"));
        JsonPath next = issue(YUXI, "applications/" + january + "/instruments/grant", 201);
        assertEquals(2025, next.getInt("year"));
        assertEquals("〔2025〕大司雨溪援决字第1号", next.getString("documentNumber"));
    }

    @Test
    void anotherOfficeSeesNoInstrumentAndAReadOnlyRoleNeitherIssuesNorReadsOne() {
        UUID app = grantedApplication("430503006000", "2025-03-03", "2025-03-05");
        String record = BASE + "/applications/" + app + "/instruments/grant";
        as(CLERK, CHENGBEI).post(record).then().statusCode(404);
        as("provincial-reader", "430000000000").post(record).then().statusCode(403);
        assertEquals(0, count(dataSource, "SELECT count(*) FROM legalaid.instrument WHERE record_id = ?::uuid", app.toString()));
        as(CLERK, "430503006000").get(record).then().statusCode(404).body("detail", containsString("尚未出具"));
        as(CLERK, "430503006000").post(record).then().statusCode(201);
        as(CLERK, CHENGBEI).accept("*/*").get(record).then().statusCode(404);
        as("provincial-reader", "430000000000").accept("*/*").get(record).then().statusCode(403);
        as(CLERK, "430503006000").accept("*/*").queryParam("format", "odt").get(record).then().statusCode(400);
        as(CLERK, "430503006000").post(BASE + "/applications/" + app + "/instruments/assign").then().statusCode(404);
    }

    @Test
    void anOperatorsTemplateInTheConfiguredDirectoryWinsOverTheBuiltInOne() throws Exception {
        UUID app = grantedApplication("430503007000", "2025-04-01", "2025-04-02");
        String record = "applications/" + app + "/instruments/grant";
        issue("430503007000", record, 201);
        Path replaced = Path.of("target", "operator-templates", "instruments", "legal-aid", "grant.docx");
        Files.createDirectories(replaced.getParent());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("大祥区法律援助中心 {{title}} {{number}} 受援人{{applicantName}}");
            doc.write(out);
            Files.write(replaced, out.toByteArray());
        }
        Path page = replaced.resolveSibling("grant.html");
        Files.writeString(page, "<html><body><p>大祥区法律援助中心 {title} {number} 受援人{applicantName}</p></body></html>");
        try {
            String text = docxText(docx("430503007000", record));
            assertTrue(text.startsWith("大祥区法律援助中心 给予法律援助决定书 〔2025〕大司城南援决字第1号 受援人张三丰"), text);
            assertTrue(pdfText(pdf("430503007000", record)).contains("大祥区法律援助中心 给予法律援助决定书"));
        } finally {
            Files.delete(replaced);
            Files.delete(page);
        }
        assertFalse(docxText(docx("430503007000", record)).contains("大祥区法律援助中心"));
        assertFalse(pdfText(pdf("430503007000", record)).contains("大祥区法律援助中心"));
    }
}
