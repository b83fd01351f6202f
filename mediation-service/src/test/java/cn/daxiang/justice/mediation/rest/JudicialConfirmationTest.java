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
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.Rows.count;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.DISPUTES;
import static cn.daxiang.justice.mediation.MediationTestSupport.act;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static cn.daxiang.justice.mediation.MediationTestSupport.concluded;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Judicial confirmation (司法确认): the parties' application (date and court, by PUT; the 30-day clock is in
 * MediationDeadlinesTest, across Spring Festival) and the court's ruling, once (民事诉讼法 第二百零二条 in the 2021 text; 2023 number unconfirmed).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class JudicialConfirmationTest {

    static final String COURT = "邵阳市大祥区人民法院";

    @Inject
    AgroalDataSource dataSource;

    static String succeeded(String orgUnit, UUID committee, String concludedOn) {
        return concluded(orgUnit, committee, "2023-03-01", "APPLICATION", "",
                "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"" + concludedOn + "\",\"agreementForm\":\"WRITTEN\"}");
    }

    /** The application by PUT: the registration as {@code dispute(...)} made it, with the confirmation fields. */
    static io.restassured.response.ValidatableResponse apply(String orgUnit, UUID committee, String id, String fields) {
        long version = as("township-clerk", orgUnit).get(DISPUTES + "/" + id).then().extract().jsonPath().getLong("version");
        return as("township-clerk", orgUnit).body("""
                {"orgUnit":"%s","committeeId":"%s","registeredOn":"2023-03-01","source":"APPLICATION","category":"DAMAGES",
                 "summary":"养殖场排污损害赔偿纠纷","parties":[{"name":"周甲","role":"APPLICANT"},{"name":"吴乙","role":"RESPONDENT"}],
                 "version":%d,%s}""".formatted(orgUnit, committee, version, fields)).put(DISPUTES + "/" + id).then();
    }

    /** The parties applied on {@code appliedOn} to {@link #COURT}. */
    static void applied(String orgUnit, UUID committee, String id, String appliedOn) {
        apply(orgUnit, committee, id, "\"confirmationSought\":true,\"confirmationAppliedOn\":\"" + appliedOn + "\",\"confirmationCourt\":\"" + COURT + "\"")
                .statusCode(200).body("confirmationCourt", equalTo(COURT));
    }

    static String ruling(String ruling, String ruledOn) {
        return "{\"ruling\":\"" + ruling + "\",\"ruledOn\":\"" + ruledOn + "\",\"caseNumber\":\"（2023）湘0503民特12号\"}";
    }

    @Test
    void theCourtsRulingIsRecordedOnceAfterTheApplicationAndTheDisputeShowsItConfirmed() {
        UUID committee = committee(LUOSHI);
        String id = succeeded(LUOSHI, committee, "2023-03-10");
        // no application yet
        act(LUOSHI, id, "confirmation-ruling", ruling("CONFIRMED", "2023-03-20")).statusCode(409);
        applied(LUOSHI, committee, id, "2023-03-15");
        act(LUOSHI, id, "confirmation-ruling", ruling("CONFIRMED", "2023-03-20")).statusCode(200)
                .body("confirmationRuling", equalTo("CONFIRMED")).body("confirmationRuledOn", equalTo("2023-03-20"))
                .body("confirmationCaseNumber", equalTo("（2023）湘0503民特12号"));
        act(LUOSHI, id, "confirmation-ruling", ruling("REJECTED", "2023-03-21")).statusCode(409);
        // the application is history now
        apply(LUOSHI, committee, id, "\"confirmationAppliedOn\":\"2023-03-16\"").statusCode(400)
                .body("errors.field", hasItem("confirmationSought"));
        assertEquals(List.of("CREATE", "START", "CONCLUDE", "UPDATE", "CONFIRMATION_RULING"),
                auditActions(dataSource, "Dispute", UUID.fromString(id)));
    }

    @Test
    void aRulingBeforeTheApplicationOrInTheFutureOrWithoutACaseNumberIsRefused() {
        UUID committee = committee(LUOSHI);
        String id = succeeded(LUOSHI, committee, "2023-03-10");
        applied(LUOSHI, committee, id, "2023-03-15");
        act(LUOSHI, id, "confirmation-ruling", ruling("CONFIRMED", "2023-03-14")).statusCode(400).body("errors.field", hasItem("ruledOn"));
        act(LUOSHI, id, "confirmation-ruling", ruling("CONFIRMED", "2099-01-01")).statusCode(400).body("errors.field", hasItem("ruledOn"));
        act(LUOSHI, id, "confirmation-ruling", "{\"ruling\":\"CONFIRMED\",\"ruledOn\":\"2023-03-20\"}").statusCode(400)
                .body("errors.field", hasItem("caseNumber"));
        act(LUOSHI, id, "confirmation-ruling", "{\"ruling\":\"MAYBE\",\"ruledOn\":\"2023-03-20\",\"caseNumber\":\"x\"}").statusCode(400);
        assertEquals(0, count(dataSource, "SELECT count(*) FROM dispute WHERE id = ?::uuid AND confirmation_ruling IS NOT NULL", id));
        // a court without the parties' decision to apply, an application dated in the future
        String other = succeeded(LUOSHI, committee, "2023-03-10");
        apply(LUOSHI, committee, other, "\"confirmationCourt\":\"" + COURT + "\"").statusCode(400).body("errors.field", hasItem("confirmationCourt"));
        apply(LUOSHI, committee, other, "\"confirmationSought\":true,\"confirmationAppliedOn\":\"2099-01-01\"").statusCode(400)
                .body("errors.field", hasItem("confirmationAppliedOn"));
        assertEquals(0, count(dataSource, "SELECT count(*) FROM dispute WHERE id = ?::uuid AND confirmation_sought", other));
    }

    @Test
    void anotherTownshipCannotRecordTheRuling() {
        UUID committee = committee(LUOSHI);
        String id = succeeded(LUOSHI, committee, "2023-03-10");
        applied(LUOSHI, committee, id, "2023-03-15");
        as("township-clerk", CAIE).body(ruling("CONFIRMED", "2023-03-20")).post(DISPUTES + "/" + id + "/confirmation-ruling").then().statusCode(404);
        as("provincial-reader", "430000000000").body(ruling("CONFIRMED", "2023-03-20")).post(DISPUTES + "/" + id + "/confirmation-ruling")
                .then().statusCode(403);
        assertEquals(0, count(dataSource, "SELECT count(*) FROM dispute WHERE id = ?::uuid AND confirmation_ruling IS NOT NULL", id));
    }

    @Test
    void theStatsCountApplicationsAndRulingsInThePeriod() {
        UUID committee = committee(BANQIAO);
        String confirmed = succeeded(BANQIAO, committee, "2023-05-10");
        applied(BANQIAO, committee, confirmed, "2023-05-20");
        act(BANQIAO, confirmed, "confirmation-ruling", ruling("CONFIRMED", "2023-06-02")).statusCode(200);
        String rejected = succeeded(BANQIAO, committee, "2023-05-10");
        applied(BANQIAO, committee, rejected, "2023-05-25");
        act(BANQIAO, rejected, "confirmation-ruling", ruling("REJECTED", "2023-07-03")).statusCode(200);
        String pending = succeeded(BANQIAO, committee, "2023-05-10");
        apply(BANQIAO, committee, pending, "\"confirmationSought\":true,\"confirmationAppliedOn\":\"2023-06-01\"").statusCode(200);

        Map<String, Number> may = stats(BANQIAO, "2023-05-01", "2023-05-31");
        assertEquals(2, may.get("mediation.agreements.judicialConfirmation.applied").intValue());
        assertEquals(0, may.get("mediation.agreements.judicialConfirmation.ruled").intValue());
        Map<String, Number> summer = stats(BANQIAO, "2023-06-01", "2023-07-31");
        assertEquals(1, summer.get("mediation.agreements.judicialConfirmation.applied").intValue());
        assertEquals(2, summer.get("mediation.agreements.judicialConfirmation.ruled").intValue());
        assertEquals(1, summer.get("mediation.agreements.judicialConfirmation.confirmed").intValue());
        assertEquals(1, summer.get("mediation.agreements.judicialConfirmation.rejected").intValue());
    }

    static Map<String, Number> stats(String orgUnit, String from, String to) {
        return as("district-admin", DISTRICT).queryParam("orgUnit", orgUnit).queryParam("from", from).queryParam("to", to)
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath().getMap("metrics");
    }
}
