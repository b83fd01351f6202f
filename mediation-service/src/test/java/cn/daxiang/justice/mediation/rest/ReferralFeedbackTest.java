package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.AuditRows.auditActions;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
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

/** Disputes referred by a court, the police, a petition office (信访) or the government, and the outcome fed back. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class ReferralFeedbackTest {

    static final String PETITION = ",\"referringOrgan\":\"邵阳市大祥区信访局\",\"referralDocumentNumber\":\"祥信转〔2023〕7号\","
            + "\"referralReceivedOn\":\"2023-03-01\"";
    static final String FEEDBACK = "{\"fedBackOn\":\"2023-03-20\",\"content\":\"经调解双方达成书面协议，已当场履行\"}";
    static final String SUCCESS = "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"2023-03-15\",\"agreementForm\":\"WRITTEN\"}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPetitionOfficesReferralNamesTheOrganAndIsFedBackOnceAfterTheConclusion() {
        UUID committee = committee(LUOSHI);
        String id = dispute(LUOSHI, committee, "2023-03-02", "PETITION_REFERRAL", PETITION);
        as("township-clerk", LUOSHI).get(DISPUTES + "/" + id).then().statusCode(200)
                .body("source", equalTo("PETITION_REFERRAL")).body("referringOrgan", equalTo("邵阳市大祥区信访局"))
                .body("referralDocumentNumber", equalTo("祥信转〔2023〕7号")).body("referralReceivedOn", equalTo("2023-03-01"))
                .body("feedbackOn", nullValue());
        act(LUOSHI, id, "feedback", FEEDBACK).statusCode(409); // before conclusion
        act(LUOSHI, id, "start", "{\"startedOn\":\"2023-03-03\"}").statusCode(200);
        act(LUOSHI, id, "conclude", SUCCESS).statusCode(200);
        act(LUOSHI, id, "feedback", FEEDBACK).statusCode(200)
                .body("feedbackOn", equalTo("2023-03-20")).body("feedbackContent", equalTo("经调解双方达成书面协议，已当场履行"));
        act(LUOSHI, id, "feedback", FEEDBACK).statusCode(409); // twice
        assertEquals(List.of("CREATE", "START", "CONCLUDE", "FEEDBACK"), auditActions(dataSource, "Dispute", UUID.fromString(id)));
    }

    @Test
    void referralDetailsBelongToReferralSourcesAndDatesFollowTheRegistration() {
        UUID committee = committee(LUOSHI);
        long disputes = count(dataSource, "SELECT count(*) FROM dispute");
        String body = """
                {"orgUnit":"%s","committeeId":"%s","registeredOn":"2023-03-02","source":"%s","category":"DAMAGES",
                 "summary":"纠纷","parties":[{"name":"周甲","role":"APPLICANT"}]%s}""";
        as("township-clerk", LUOSHI).body(body.formatted(LUOSHI, committee, "APPLICATION", PETITION)).post(DISPUTES).then()
                .statusCode(400).body("errors.field", hasItem("referringOrgan"));
        as("township-clerk", LUOSHI).body(body.formatted(LUOSHI, committee, "COURT_ENTRUSTED", PETITION.replace("2023-03-01", "2023-03-05")))
                .post(DISPUTES).then().statusCode(400).body("errors.field", hasItem("referralReceivedOn"));
        as("township-clerk", LUOSHI).body(body.formatted(LUOSHI, committee, "POLICE_SOMETHING", "")).post(DISPUTES).then().statusCode(400);
        assertEquals(disputes, count(dataSource, "SELECT count(*) FROM dispute"), "nothing stored");
    }

    @Test
    void onlyAReferredDisputeIsFedBackAndNotBeforeItsConclusion() {
        UUID committee = committee(LUOSHI);
        String own = concluded(LUOSHI, committee, "2023-03-02", "APPLICATION", "", SUCCESS);
        act(LUOSHI, own, "feedback", FEEDBACK).statusCode(409);
        // a referral registered without its organ (an older client) is completed by PUT first
        String bare = concluded(LUOSHI, committee, "2023-03-02", "COURT_ENTRUSTED", "", SUCCESS);
        act(LUOSHI, bare, "feedback", FEEDBACK).statusCode(409);
        String id = concluded(LUOSHI, committee, "2023-03-02", "PETITION_REFERRAL", PETITION, SUCCESS);
        act(LUOSHI, id, "feedback", "{\"fedBackOn\":\"2023-03-14\",\"content\":\"x\"}").statusCode(400).body("errors.field", hasItem("fedBackOn"));
        act(LUOSHI, id, "feedback", "{\"fedBackOn\":\"2099-03-14\",\"content\":\"x\"}").statusCode(400).body("errors.field", hasItem("fedBackOn"));
        act(LUOSHI, id, "feedback", "{\"fedBackOn\":\"2023-03-20\",\"content\":\" \"}").statusCode(400).body("errors.field", hasItem("content"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM dispute WHERE id = ?::uuid AND feedback_on IS NOT NULL", id));
        // another township sees nothing
        as("township-clerk", CAIE).body(FEEDBACK).post(DISPUTES + "/" + id + "/feedback").then().statusCode(404);
        assertEquals(0, count(dataSource, "SELECT count(*) FROM dispute WHERE id = ?::uuid AND feedback_on IS NOT NULL", id));
    }

    @Test
    void theStatsCountReferredDisputesConcludedAndThoseFedBack() {
        UUID committee = committee(BANQIAO);
        String fed = concluded(BANQIAO, committee, "2023-03-02", "PETITION_REFERRAL", PETITION, SUCCESS);
        act(BANQIAO, fed, "feedback", FEEDBACK).statusCode(200);
        concluded(BANQIAO, committee, "2023-03-02", "POLICE_REFERRAL", "", SUCCESS);
        concluded(BANQIAO, committee, "2023-03-02", "SCREENING", "", SUCCESS);
        Map<String, Number> m = JudicialConfirmationTest.stats(BANQIAO, "2023-03-01", "2023-03-31");
        assertEquals(2, m.get("mediation.referrals.concluded").intValue());
        assertEquals(1, m.get("mediation.referrals.fedBack").intValue());
        assertEquals(1, m.get("mediation.disputes.source.petitionReferral").intValue());
    }
}
