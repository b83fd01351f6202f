package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.Documents.docxText;
import static cn.daxiang.justice.devsupport.testing.Documents.pdfFontsNotEmbedded;
import static cn.daxiang.justice.devsupport.testing.Documents.pdfText;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.mediation.MediationTestSupport.DISPUTES;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static cn.daxiang.justice.mediation.MediationTestSupport.concluded;
import static cn.daxiang.justice.mediation.MediationTestSupport.mediator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 人民调解协议书 (人民调解法第二十九条) from a successful mediation's written agreement: issued once under the committee's
 * office number, read back as DOCX (POI) and PDF (PDFBox), refused for a dispute without a written agreement, scoped.
 * Issues in 翠园街道 (2021) and 百春园街道 (2022), where no other test issues an instrument.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgreementInstrumentTest {

    static final String CLERK = "township-clerk";
    static final String CUIYUAN = "430503005000";
    static final String BAICHUNYUAN = "430503006000";
    static final String AGREEMENT = """
            {"outcome":"SUCCEEDED","concludedOn":"2021-09-28","agreementForm":"WRITTEN","agreement":
             {"matters":"养殖场排污致鱼塘死鱼，争议为赔偿数额","performanceMethod":"现金当面交付，村调委会见证",
              "terms":[{"obligorParty":1,"obligation":"赔偿鱼苗损失","amount":3000.5,"dueOn":"2021-10-08"},
                       {"obligorParty":1,"obligation":"修建沉淀池，不再直排"}]}}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWrittenAgreementIsPrintedWithItsPartiesMattersTermsPerformanceCommitteeAndMediator() {
        UUID committee = committee(CUIYUAN);
        UUID mediator = mediator(committee, "钱调解员", "FULL_TIME", "2020-01-01", null);
        String id = concluded(CUIYUAN, committee, "2021-09-20", "APPLICATION", ",\"mediatorIds\":[\"" + mediator + "\"]", AGREEMENT);
        String path = DISPUTES + "/" + id + "/instruments/agreement";

        JsonPath issued = as(CLERK, CUIYUAN).post(path).then().statusCode(201).extract().jsonPath();
        assertEquals("〔2021〕大司翠园调字第1号", issued.getString("documentNumber"));
        assertEquals("2021-09-28", issued.getString("issuedOn"));
        assertEquals(issued.getString("id"), as(CLERK, CUIYUAN).post(path).then().statusCode(200).extract().path("id"));

        String docx = docxText(as(CLERK, CUIYUAN).accept("*/*").queryParam("format", "docx").get(path).then().statusCode(200)
                .extract().asByteArray());
        for (String value : List.of("人民调解协议书", "〔2021〕大司翠园调字第1号", "申请人：周甲", "被申请人：吴乙", "养殖场排污损害赔偿纠纷",
                "养殖场排污致鱼塘死鱼，争议为赔偿数额", "1. 吴乙赔偿鱼苗损失，金额人民币3000.50元，于2021年10月8日前履行。",
                "2. 吴乙修建沉淀池，不再直排。", "现金当面交付，村调委会见证", "一式3份", "钱调解员", "测试人民调解委员会", "2021年9月28日")) {
            assertTrue(docx.contains(value), value + " in " + docx);
        }
        byte[] pdf = as(CLERK, CUIYUAN).accept("application/pdf").get(path).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        String text = pdfText(pdf);
        for (String value : List.of("人民调解协议书", "〔2021〕大司翠园调字第1号", "周甲", "吴乙", "赔偿鱼苗损失", "钱调解员", "测试人民调解委员会")) {
            assertTrue(text.contains(value), value + " in " + text);
        }
        assertEquals(List.of(), pdfFontsNotEmbedded(pdf));
        assertEquals(List.of("CREATE"), auditActions(dataSource, "Instrument", issued.getString("id")));
        assertEquals(2, count(dataSource, "SELECT count(*) FROM mediation.access_log WHERE record_ids @> ARRAY[?::uuid]"
                + " AND operation = 'getDisputeInstrument'", id));
    }

    @Test
    void noAgreementIsPrintedForAFailedMediationAnOralAgreementOrOneWithoutItsContentAndNoNumberIsSpent() {
        UUID committee = committee(BAICHUNYUAN);
        String failed = concluded(BAICHUNYUAN, committee, "2022-03-01", "APPLICATION", "",
                "{\"outcome\":\"FAILED\",\"concludedOn\":\"2022-03-04\",\"referral\":\"LITIGATION\"}");
        String oral = concluded(BAICHUNYUAN, committee, "2022-03-01", "APPLICATION", "",
                "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2022-03-04\",\"agreementForm\":\"ORAL\"}");
        String bare = concluded(BAICHUNYUAN, committee, "2022-03-01", "APPLICATION", "",
                "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2022-03-04\",\"agreementForm\":\"WRITTEN\"}");
        as(CLERK, BAICHUNYUAN).post(DISPUTES + "/" + failed + "/instruments/agreement").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("未调解成功"));
        as(CLERK, BAICHUNYUAN).post(DISPUTES + "/" + oral + "/instruments/agreement").then().statusCode(409)
                .body("detail", containsString("口头协议"));
        as(CLERK, BAICHUNYUAN).post(DISPUTES + "/" + bare + "/instruments/agreement").then().statusCode(409)
                .body("detail", containsString("尚未登记调解协议内容"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM mediation.instrument_counter WHERE org_unit = ?", BAICHUNYUAN));

        String written = concluded(BAICHUNYUAN, committee, "2022-03-01", "APPLICATION", "", AGREEMENT.replace("2021-", "2022-"));
        String path = DISPUTES + "/" + written + "/instruments/agreement";
        as(CLERK, CUIYUAN).post(path).then().statusCode(404);
        as("provincial-reader", "430000000000").post(path).then().statusCode(403);
        as(CLERK, BAICHUNYUAN).post(path).then().statusCode(201).body("documentNumber", equalTo("〔2022〕大司百春调字第1号"));
        as(CLERK, CUIYUAN).accept("*/*").get(path).then().statusCode(404);
        as("provincial-reader", "430000000000").accept("*/*").get(path).then().statusCode(403);
    }
}
