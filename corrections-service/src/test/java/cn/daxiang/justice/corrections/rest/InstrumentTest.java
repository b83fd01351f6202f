package cn.daxiang.justice.corrections.rest;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Documents.docxText;
import static cn.daxiang.justice.devsupport.testing.Documents.pdfFontsNotEmbedded;
import static cn.daxiang.justice.devsupport.testing.Documents.pdfText;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 社区矫正宣告书 and 解除社区矫正证明书 (社区矫正法第四十四条) through the API: issued, numbered per office, kind and year, read
 * back as DOCX (POI) and PDF (PDFBox); refused for a subject in the wrong state; scoped. Announcements in 板桥乡 (2021),
 * releases in 蔡锷乡 (2022): no other test issues an instrument.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class InstrumentTest {

    static final String CLERK = "township-clerk";

    @Inject
    AgroalDataSource dataSource;

    static String readDocx(String town, String path) {
        return docxText(as(CLERK, town).accept("*/*").queryParam("format", "docx").get(path).then().statusCode(200)
                .extract().asByteArray());
    }

    static byte[] readPdf(String town, String path) {
        return as(CLERK, town).accept("application/pdf").get(path).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
    }

    @Test
    void theAnnouncementIsDatedOnTheAnnouncementDayAndHoldsTheJudgmentThePeriodTheDutiesAndTheTeam() {
        String subject = TestData.newSubject(BANQIAO, "PROBATION", LocalDate.of(2021, 9, 28));
        as(CLERK, BANQIAO).body(map("kind", "ANNOUNCEMENT", "occurredOn", "2021-09-30", "conductedBy", "李明", "result", "已宣告"))
                .post(SUBJECTS + "/" + subject + "/supervision-records").then().statusCode(201);
        as(CLERK, BANQIAO).body(map("role", "COMMITTEE_MEMBER", "name", "王芳", "phone", "13812345678", "unit", "板桥村村民委员会",
                "joinedOn", "2021-09-30", "letterSignedOn", "2021-09-30")).post(SUBJECTS + "/" + subject + "/team-members")
                .then().statusCode(201);
        String path = SUBJECTS + "/" + subject + "/instruments/announcement";
        as(CLERK, BANQIAO).post(SUBJECTS + "/" + subject + "/instruments/release").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("未解除矫正"));

        JsonPath issued = as(CLERK, BANQIAO).post(path).then().statusCode(201).extract().jsonPath();
        assertEquals("〔2021〕大司板桥矫宣字第1号", issued.getString("documentNumber"));
        assertEquals("2021-09-30", issued.getString("issuedOn"));
        String idNumber = as(CLERK, BANQIAO).get(SUBJECTS + "/" + subject).then().statusCode(200).extract().path("idNumber");

        String text = readDocx(BANQIAO, path);
        for (String value : List.of("社区矫正宣告书", "〔2021〕大司板桥矫宣字第1号", "王五", idNumber, "危险驾驶罪", "拘役三个月，缓刑六个月",
                "大祥区人民法院", "宣告缓刑", "自2021年9月25日起至2023年3月28日止", "第二十三条", "王芳（居（村）民委员会人员）",
                "板桥乡司法所", "2021年9月30日")) {
            assertTrue(text.contains(value), value + " in " + text);
        }
        byte[] pdf = readPdf(BANQIAO, path);
        String pdfText = pdfText(pdf).replaceAll("\\R", ""); // lines break anywhere in a PDF
        for (String value : List.of("社区矫正宣告书", "〔2021〕大司板桥矫宣字第1号", "王五", "危险驾驶罪", "板桥乡司法所")) {
            assertTrue(pdfText.contains(value), value + " in " + pdfText);
        }
        assertEquals(List.of(), pdfFontsNotEmbedded(pdf));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Instrument", issued.getString("id")));
        assertEquals(2, count(dataSource, "SELECT count(*) FROM corrections.access_log WHERE record_ids @> ARRAY[?::uuid]"
                + " AND operation = 'getSubjectInstrument'", subject));
    }

    @Test
    void aReleasedSubjectGetsItsCertificateAndATerminatedOneNone() {
        String released = TestData.newSubject(CAIE, "PAROLE", LocalDate.of(2022, 1, 10));
        as(CLERK, CAIE).body(map("date", "2022-03-01", "reason", "TERM_SERVED", "version", 1))
                .post(SUBJECTS + "/" + released + "/release").then().statusCode(200);
        String terminated = TestData.newSubject(CAIE, "PAROLE", LocalDate.of(2022, 1, 10));
        as(CLERK, CAIE).body(map("date", "2022-03-01", "reason", "REVOKED", "version", 1))
                .post(SUBJECTS + "/" + terminated + "/terminate").then().statusCode(200);

        as(CLERK, CAIE).post(SUBJECTS + "/" + terminated + "/instruments/release").then().statusCode(409);
        as(CLERK, CAIE).post(SUBJECTS + "/" + released + "/instruments/announcement").then().statusCode(409)
                .body("detail", containsString("社区矫正已结束"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM corrections.instrument WHERE org_unit = ?", CAIE));

        String path = SUBJECTS + "/" + released + "/instruments/release";
        as(CLERK, BANQIAO).post(path).then().statusCode(404);
        as("provincial-reader", "430000000000").post(path).then().statusCode(403);
        JsonPath issued = as(CLERK, CAIE).post(path).then().statusCode(201).extract().jsonPath();
        assertEquals("〔2022〕大司蔡锷矫解字第1号", issued.getString("documentNumber"));
        String text = readDocx(CAIE, path);
        for (String value : List.of("解除社区矫正证明书", "〔2022〕大司蔡锷矫解字第1号", "王五", "裁定假释", "于2022年3月1日社区矫正期满",
                "第四十四条", "依法解除社区矫正", "蔡锷乡司法所")) {
            assertTrue(text.contains(value), value + " in " + text);
        }
        assertTrue(pdfText(readPdf(CAIE, path)).contains("解除社区矫正证明书"));
        as(CLERK, BANQIAO).accept("*/*").get(path).then().statusCode(404);
        as("provincial-reader", "430000000000").accept("*/*").get(path).then().statusCode(403);
    }
}
