package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.AuditRows.auditChanges;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.mediation.MediationTestSupport.DISPUTES;
import static cn.daxiang.justice.mediation.MediationTestSupport.act;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static cn.daxiang.justice.mediation.MediationTestSupport.concluded;
import static cn.daxiang.justice.mediation.MediationTestSupport.dispute;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agreement's content (调解协议, 人民调解法第二十八条、第二十九条) and the follow-up that checks it term by term. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AgreementContentTest {

    static final String TERMS = """
            {"matters":"养殖场排污致鱼塘死鱼，争议为赔偿数额","performanceMethod":"现金当面交付，村调委会见证","documentNumber":"罗调协〔2021〕15号",
             "terms":[{"obligorParty":1,"obligation":"赔偿鱼苗损失","amount":3000.5,"dueOn":"2021-10-08"},
                      {"obligorParty":1,"obligation":"修建沉淀池，不再直排"}]}""";

    static String written(String orgUnit, UUID committee) {
        return concluded(orgUnit, committee, "2021-09-20", "APPLICATION", "",
                "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2021-09-28\",\"agreementForm\":\"WRITTEN\",\"agreement\":" + TERMS + "}");
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWrittenAgreementRecordsItsMattersTermsAndPerformanceMethodAtConclusion() {
        UUID committee = committee(LUOSHI);
        String id = written(LUOSHI, committee);
        as("township-clerk", LUOSHI).get(DISPUTES + "/" + id).then().statusCode(200)
                .body("agreement.matters", equalTo("养殖场排污致鱼塘死鱼，争议为赔偿数额"))
                .body("agreement.documentNumber", equalTo("罗调协〔2021〕15号"))
                .body("agreement.terms.position", equalTo(List.of(0, 1)))
                .body("agreement.terms[0].obligorParty", equalTo(1))
                .body("agreement.terms[0].amount", equalTo(3000.50f))
                .body("agreement.terms[0].dueOn", equalTo("2021-10-08"))
                .body("agreement.terms[1].amount", nullValue());
        assertEquals(1, count(dataSource, "SELECT count(*) FROM agreement_term WHERE dispute_id = ?::uuid AND amount = 3000.50", id));
        // the list (and so the feed) carries the content too
        as("township-clerk", LUOSHI).queryParam("status", "SUCCEEDED").get(DISPUTES).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.agreement.terms.size()", equalTo(2));
        List<String> changes = auditChanges(dataSource, "Dispute", UUID.fromString(id));
        assertTrue(changes.get(changes.size() - 1).contains("赔偿鱼苗损失"), "the terms are audited with the dispute");
    }

    @Test
    void anOralAgreementRecordsItsContentWithoutADocument() {
        UUID committee = committee(LUOSHI);
        String id = concluded(LUOSHI, committee, "2021-09-20", "APPLICATION", "",
                "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2021-09-28\",\"agreementForm\":\"ORAL\"}");
        long terms = count(dataSource, "SELECT count(*) FROM agreement_term");
        act(LUOSHI, id, "agreement", TERMS).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("documentNumber"));
        assertEquals(terms, count(dataSource, "SELECT count(*) FROM agreement_term"), "nothing stored");
        act(LUOSHI, id, "agreement", TERMS.replace("\"documentNumber\":\"罗调协〔2021〕15号\",", "")).statusCode(200)
                .body("agreement.documentNumber", nullValue()).body("agreement.terms.size()", equalTo(2));
        assertEquals(List.of("CREATE", "START", "CONCLUDE", "AGREEMENT"), auditActions(dataSource, "Dispute", UUID.fromString(id)));
    }

    @Test
    void badAgreementContentIsRefusedAndNothingIsStored() {
        UUID committee = committee(LUOSHI);
        String id = concluded(LUOSHI, committee, "2021-09-20", "APPLICATION", "",
                "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2021-09-28\",\"agreementForm\":\"WRITTEN\"}");
        long terms = count(dataSource, "SELECT count(*) FROM agreement_term");
        // an obligor who is not a party, a term due before the agreement took effect, three decimals, no terms at all
        act(LUOSHI, id, "agreement", TERMS.replace("\"obligorParty\":1,\"obligation\":\"赔偿", "\"obligorParty\":2,\"obligation\":\"赔偿"))
                .statusCode(400).body("errors.field", hasItem("terms[0].obligorParty"));
        act(LUOSHI, id, "agreement", TERMS.replace("2021-10-08", "2021-09-27")).statusCode(400).body("errors.field", hasItem("terms[0].dueOn"));
        act(LUOSHI, id, "agreement", TERMS.replace("3000.5", "3000.555")).statusCode(400).body("title", equalTo("请求参数校验失败"));
        act(LUOSHI, id, "agreement", "{\"matters\":\"x\",\"performanceMethod\":\"y\",\"terms\":[]}").statusCode(400);
        assertEquals(terms, count(dataSource, "SELECT count(*) FROM agreement_term"), "nothing stored");
        // a failure has no agreement
        String failed = concluded(LUOSHI, committee, "2021-09-20", "APPLICATION", "",
                "{\"outcome\":\"FAILED\",\"concludedOn\":\"2021-09-28\",\"referral\":\"LITIGATION\"}");
        act(LUOSHI, failed, "agreement", TERMS).statusCode(409);
        String open = dispute(LUOSHI, committee, "2021-09-20", "APPLICATION", "");
        act(LUOSHI, open, "start", "{\"startedOn\":\"2021-09-21\"}").statusCode(200);
        act(LUOSHI, open, "conclude", "{\"outcome\":\"FAILED\",\"concludedOn\":\"2021-09-28\",\"referral\":\"NONE\",\"agreement\":" + TERMS + "}")
                .statusCode(400).body("errors.field", hasItem("agreement"));
    }

    @Test
    void aFollowUpChecksEachTermAndTheFulfilmentFollowsFromThem() {
        UUID committee = committee(LUOSHI);
        String id = written(LUOSHI, committee);
        var clerk = as("township-clerk", LUOSHI);
        long visits = count(dataSource, "SELECT count(*) FROM follow_up");
        // without the terms, with too few, or with a fulfilment that contradicts them
        clerk.body("{\"visitedOn\":\"2021-10-09\",\"fulfilment\":\"FULFILLED\",\"satisfaction\":\"SATISFIED\"}")
                .post(DISPUTES + "/" + id + "/follow-up").then().statusCode(400).body("errors.field", hasItem("termPerformance"));
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2021-10-09\",\"termPerformance\":[\"PERFORMED\"],\"satisfaction\":\"SATISFIED\"}")
                .post(DISPUTES + "/" + id + "/follow-up").then().statusCode(400);
        as("township-clerk", LUOSHI).body("""
                {"visitedOn":"2021-10-09","fulfilment":"FULFILLED","termPerformance":["PERFORMED","NOT_PERFORMED"],"satisfaction":"SATISFIED"}""")
                .post(DISPUTES + "/" + id + "/follow-up").then().statusCode(400).body("errors.field", hasItem("fulfilment"));
        assertEquals(visits, count(dataSource, "SELECT count(*) FROM follow_up"), "nothing stored");

        as("township-clerk", LUOSHI).body("""
                {"visitedOn":"2021-10-09","termPerformance":["PERFORMED","NOT_PERFORMED"],"satisfaction":"BASICALLY_SATISFIED"}""")
                .post(DISPUTES + "/" + id + "/follow-up").then().statusCode(201)
                .body("fulfilment", equalTo("PARTLY")).body("termPerformance", equalTo(List.of("PERFORMED", "NOT_PERFORMED")));
        as("township-clerk", LUOSHI).body("""
                {"visitedOn":"2021-11-09","termPerformance":["PERFORMED","PERFORMED"],"satisfaction":"SATISFIED"}""")
                .post(DISPUTES + "/" + id + "/follow-up").then().statusCode(201).body("fulfilment", equalTo("FULFILLED"));
        // the terms were checked one by one: they no longer change
        act(LUOSHI, id, "agreement", TERMS).statusCode(409);
        // a dispute without terms is followed up as a whole, and takes no term list
        String plain = concluded(LUOSHI, committee, "2021-09-20", "APPLICATION", "",
                "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2021-09-28\",\"agreementForm\":\"ORAL\"}");
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2021-10-09\",\"termPerformance\":[\"PERFORMED\"],\"satisfaction\":\"SATISFIED\"}")
                .post(DISPUTES + "/" + plain + "/follow-up").then().statusCode(400);
        as("township-clerk", LUOSHI).body("{\"visitedOn\":\"2021-10-09\",\"fulfilment\":\"NOT_FULFILLED\",\"satisfaction\":\"DISSATISFIED\"}")
                .post(DISPUTES + "/" + plain + "/follow-up").then().statusCode(201).body("termPerformance", nullValue());
    }

    @Test
    void anotherTownshipCannotRecordTheAgreementAndPartiesCannotShrinkBelowAnObligor() {
        UUID committee = committee(LUOSHI);
        String id = written(LUOSHI, committee);
        long version = as("township-clerk", LUOSHI).get(DISPUTES + "/" + id).then().extract().jsonPath().getLong("version");
        as("township-clerk", CAIE).header("If-Match", "\"" + version + "\"").body(TERMS).post(DISPUTES + "/" + id + "/agreement")
                .then().statusCode(404);
        // a correction that drops the respondent, who owes both terms
        as("township-clerk", LUOSHI).body("""
                {"orgUnit":"%s","committeeId":"%s","registeredOn":"2021-09-20","source":"APPLICATION","category":"DAMAGES",
                 "summary":"养殖场排污损害赔偿纠纷","parties":[{"name":"周甲","role":"APPLICANT"}],"version":%d}
                """.formatted(LUOSHI, committee, version)).put(DISPUTES + "/" + id).then().statusCode(400)
                .body("errors.field", hasItem("parties"));
    }
}
