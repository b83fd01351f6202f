package cn.daxiang.justice.mediation.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line's statutory clocks through the API (issue 18): a dispute concluded within a month of its acceptance
 * (or the extension recorded), an agreement brought to court within 30 days, across National Day and Spring Festival.
 * 火车南站街道 and 学院路街道: the sync tests write there too, but dated 2016 (no calendar data, no due date) or, for
 * 火车南站街道, by id; the counts of 学院路街道 in 2021 are this test's.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MediationDeadlinesTest {

    static final String PATH = BASE + "/disputes";
    static final String HUOCHE = "430503008000";
    static final String XUEYUAN = "430503009000";

    static String body(String orgUnit, UUID committee, String registeredOn, String extra) {
        return """
                {"orgUnit":"%s","committeeId":"%s","registeredOn":"%s","source":"APPLICATION","category":"NEIGHBOURHOOD",
                 "summary":"相邻通行纠纷","parties":[{"name":"刘一","role":"APPLICANT"},{"name":"陈二","role":"RESPONDENT"}]%s}
                """.formatted(orgUnit, committee, registeredOn, extra);
    }

    static JsonPath register(String orgUnit, UUID committee, String registeredOn) {
        return as("township-clerk", orgUnit).body(body(orgUnit, committee, registeredOn, "")).post(PATH)
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath start(String orgUnit, String id, String startedOn) {
        return as("township-clerk", orgUnit).body("{\"startedOn\":\"" + startedOn + "\"}").header("If-Match", "\"" + version(orgUnit, id) + "\"")
                .post(PATH + "/" + id + "/start").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath conclude(String orgUnit, String id, String json) {
        return as("township-clerk", orgUnit).body(json).header("If-Match", "\"" + version(orgUnit, id) + "\"")
                .post(PATH + "/" + id + "/conclude").then().statusCode(200).extract().jsonPath();
    }

    static JsonPath succeeded(String orgUnit, UUID committee, String registeredOn, String concludedOn, String effectiveOn) {
        String id = register(orgUnit, committee, registeredOn).getString("id");
        start(orgUnit, id, registeredOn);
        return conclude(orgUnit, id, "{\"outcome\":\"SUCCEEDED\",\"concludedOn\":\"%s\",\"agreementForm\":\"WRITTEN\"%s}"
                .formatted(concludedOn, effectiveOn == null ? "" : ",\"agreementEffectiveOn\":\"" + effectiveOn + "\""));
    }

    static long version(String orgUnit, String id) {
        return as("township-clerk", orgUnit).get(PATH + "/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    /** A PUT of the registration with the clock fields in {@code extra}; answers the status code's body. */
    static io.restassured.response.ValidatableResponse put(String orgUnit, UUID committee, String id, String registeredOn, String extra) {
        return as("township-clerk", orgUnit).body(body(orgUnit, committee, registeredOn, extra + ",\"version\":" + version(orgUnit, id)))
                .put(PATH + "/" + id).then();
    }

    static Map<String, Object> item(JsonPath dispute, String kind) {
        List<Map<String, Object>> items = dispute.getList("deadlines");
        return items.stream().filter(d -> kind.equals(d.get("kind"))).findFirst().orElse(null);
    }

    static List<String> taskIds(String role, String orgUnit, Map<String, ?> query) {
        return as(role, orgUnit).queryParams(query).queryParam("size", 200).get(BASE + "/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items.recordId");
    }

    @Test
    void aDisputeAcceptedBeforeNationalDayIsDueOnTheFirstWorkingDayAfterIt() {
        UUID committee = committee(HUOCHE);
        JsonPath created = register(HUOCHE, committee, "2021-09-01");
        Map<String, Object> item = item(created, "DISPUTE_CONCLUSION");
        // a month from acceptance is 2021-10-01, in the National Day holiday (10-01..10-07): due the 8th
        assertEquals("2021-10-08", item.get("dueOn"));
        assertEquals("2021-09-01", item.get("startsOn"), "from the registration (受理), not from the start of mediation");
        assertEquals("《人民调解工作若干规定》（司法部令第75号）第三十三条", item.get("legalBasis"));
        assertEquals("1个月", item.get("period"));
        assertEquals("OVERDUE", item.get("state"));
        assertNull(item(created, "JUDICIAL_CONFIRMATION"), "no confirmation clock without a successful mediation");
        String id = created.getString("id");
        as("township-clerk", HUOCHE).get(PATH + "/" + id).then().statusCode(200).body("deadlines.kind", hasItem("DISPUTE_CONCLUSION"));

        start(HUOCHE, id, "2021-09-10");
        JsonPath onTime = conclude(HUOCHE, id, "{\"outcome\":\"FAILED\",\"concludedOn\":\"2021-10-08\",\"referral\":\"LITIGATION\"}");
        assertEquals("MET", item(onTime, "DISPUTE_CONCLUSION").get("state"));

        String late = register(HUOCHE, committee, "2021-09-01").getString("id");
        JsonPath lateView = conclude(HUOCHE, late, "{\"outcome\":\"WITHDRAWN\",\"concludedOn\":\"2021-10-11\"}");
        assertEquals("MISSED", item(lateView, "DISPUTE_CONCLUSION").get("state"));
    }

    @Test
    void anExtensionIsRecordedWhileTheDisputeIsOpenAndBecomesItsDueDate() {
        UUID committee = committee(HUOCHE);
        String id = register(HUOCHE, committee, "2021-09-01").getString("id");
        String reason = "\"extensionReason\":\"经双方当事人同意继续调解\"";

        put(HUOCHE, committee, id, "2021-09-01", ",\"extendedUntil\":\"2021-10-07\"," + reason).statusCode(400)
                .body("errors.field", hasItem("extendedUntil"));
        put(HUOCHE, committee, id, "2021-09-01", ",\"extendedUntil\":\"2021-11-08\"").statusCode(400)
                .body("errors.field", hasItem("extensionReason"));
        JsonPath extended = put(HUOCHE, committee, id, "2021-09-01", ",\"extendedUntil\":\"2021-11-08\"," + reason)
                .statusCode(200).extract().jsonPath();
        assertEquals("2021-11-08", extended.getString("extendedUntil"));
        assertEquals("经双方当事人同意继续调解", extended.getString("extensionReason"));
        assertEquals("2021-11-08", item(extended, "DISPUTE_CONCLUSION").get("dueOn"));

        // a client that does not know the fields keeps the extension
        JsonPath kept = put(HUOCHE, committee, id, "2021-09-01", "").statusCode(200).extract().jsonPath();
        assertEquals("2021-11-08", kept.getString("extendedUntil"));

        start(HUOCHE, id, "2021-09-02");
        JsonPath concluded = conclude(HUOCHE, id, "{\"outcome\":\"FAILED\",\"concludedOn\":\"2021-11-05\",\"referral\":\"NONE\"}");
        assertEquals("MET", item(concluded, "DISPUTE_CONCLUSION").get("state"), "met by the extended date, late by the month");
        put(HUOCHE, committee, id, "2021-09-01", ",\"extendedUntil\":\"2021-12-08\"," + reason).statusCode(400)
                .body("errors.field", hasItem("extendedUntil"));
        put(HUOCHE, committee, id, "2021-09-01", ",\"extendedUntil\":\"2021-11-08\"," + reason).statusCode(200);
    }

    @Test
    void anAgreementIsBroughtToCourtWithinThirtyDaysOfTakingEffectOnlyWhenThePartiesSeekConfirmation() {
        UUID committee = committee(HUOCHE);
        JsonPath concluded = succeeded(HUOCHE, committee, "2021-01-04", "2021-01-19", "2021-01-20");
        String id = concluded.getString("id");
        assertEquals("2021-01-20", concluded.getString("agreementEffectiveOn"));
        assertNull(item(concluded, "JUDICIAL_CONFIRMATION"), "the parties have not chosen to seek confirmation");

        // 30 days from 2021-01-20, across Spring Festival (02-11..02-17): Friday 2021-02-19, a working day
        JsonPath sought = put(HUOCHE, committee, id, "2021-01-04", ",\"confirmationSought\":true").statusCode(200).extract().jsonPath();
        Map<String, Object> item = item(sought, "JUDICIAL_CONFIRMATION");
        assertEquals("2021-01-20", item.get("startsOn"));
        assertEquals("2021-02-19", item.get("dueOn"));
        assertEquals("30日", item.get("period"));
        assertEquals("《中华人民共和国人民调解法》第三十三条；《中华人民共和国民事诉讼法》第二百零五条", item.get("legalBasis"));
        assertEquals("OVERDUE", item.get("state"));

        put(HUOCHE, committee, id, "2021-01-04", ",\"confirmationAppliedOn\":\"2021-01-19\"").statusCode(400)
                .body("errors.field", hasItem("confirmationAppliedOn"));
        JsonPath applied = put(HUOCHE, committee, id, "2021-01-04", ",\"confirmationAppliedOn\":\"2021-02-19\"")
                .statusCode(200).extract().jsonPath();
        assertEquals("2021-02-19", applied.getString("confirmationAppliedOn"));
        assertEquals("MET", item(applied, "JUDICIAL_CONFIRMATION").get("state"));

        // no effective date recorded: the conclusion date. 30 days from 2021-09-03 is 10-03, in National Day: 10-08
        String other = succeeded(HUOCHE, committee, "2021-09-01", "2021-09-03", null).getString("id");
        JsonPath otherSought = put(HUOCHE, committee, other, "2021-09-01", ",\"confirmationSought\":true").statusCode(200).extract().jsonPath();
        assertEquals("2021-10-08", item(otherSought, "JUDICIAL_CONFIRMATION").get("dueOn"));
        // the parties change their minds: no clock, no application date
        JsonPath dropped = put(HUOCHE, committee, other, "2021-09-01", ",\"confirmationSought\":false").statusCode(200).extract().jsonPath();
        assertNull(item(dropped, "JUDICIAL_CONFIRMATION"));
        assertFalse(taskIds("township-clerk", HUOCHE, Map.of("kind", "JUDICIAL_CONFIRMATION")).contains(other));
    }

    @Test
    void confirmationIsOnlyForASuccessfulMediationAndItsDatesFollowTheAgreement() {
        UUID committee = committee(HUOCHE);
        String registered = register(HUOCHE, committee, "2021-03-01").getString("id");
        put(HUOCHE, committee, registered, "2021-03-01", ",\"confirmationSought\":true").statusCode(400)
                .body("errors.field", hasItem("confirmationSought"));
        as("township-clerk", HUOCHE).body(body(HUOCHE, committee, "2021-03-01", ",\"confirmationSought\":true")).post(PATH)
                .then().statusCode(400).body("errors.field", hasItem("confirmationSought"));
        String concluded = succeeded(HUOCHE, committee, "2021-03-01", "2021-03-05", null).getString("id");
        put(HUOCHE, committee, concluded, "2021-03-01", ",\"confirmationAppliedOn\":\"2021-03-10\"").statusCode(400)
                .body("errors.field", hasItem("confirmationAppliedOn"));

        start(HUOCHE, registered, "2021-03-02");
        as("township-clerk", HUOCHE).body("{\"outcome\":\"FAILED\",\"concludedOn\":\"2021-03-05\",\"referral\":\"NONE\","
                        + "\"agreementEffectiveOn\":\"2021-03-05\"}").header("If-Match", "\"" + version(HUOCHE, registered) + "\"")
                .post(PATH + "/" + registered + "/conclude").then().statusCode(400).body("errors.field", hasItem("agreementEffectiveOn"));
    }

    @Test
    void theTaskListShowsATownshipItsOwnDisputesAndTheDistrictAll() {
        String huoche = register(HUOCHE, committee(HUOCHE), "2021-11-01").getString("id");
        String xueyuan = register(XUEYUAN, committee(XUEYUAN), "2021-11-01").getString("id");
        Map<String, String> query = Map.of("kind", "DISPUTE_CONCLUSION", "dueBefore", "2021-12-31");
        List<String> clerk = taskIds("township-clerk", HUOCHE, query);
        assertTrue(clerk.contains(huoche));
        assertFalse(clerk.contains(xueyuan));
        List<String> district = taskIds("district-admin", DISTRICT, query);
        assertTrue(district.contains(huoche) && district.contains(xueyuan));
        assertFalse(taskIds("township-clerk", HUOCHE, Map.of("orgUnit", XUEYUAN)).contains(xueyuan), "a filter never widens the scope");

        JsonPath page = as("township-clerk", HUOCHE).queryParams(query).queryParam("size", 200).get(BASE + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        int i = page.getList("items.recordId").indexOf(huoche);
        assertEquals(PATH + "/" + huoche, page.getString("items[" + i + "].record"));
        assertEquals("2021-12-01", page.getString("items[" + i + "].dueOn"));
        assertEquals("调结矛盾纠纷", page.getString("items[" + i + "].name"));
    }

    @Test
    void theStatsCountTheDisputesAndAgreementsDueInThePeriodOnTimeLateAndOverdue() {
        // 学院路街道, October 2021: four disputes due 10-08 (one concluded on time, one late, one open, one concluded early
        // whose agreement is due in court 10-08 and was brought on time); one extended to November is not due in October
        UUID committee = committee(XUEYUAN);
        String onTime = register(XUEYUAN, committee, "2021-09-01").getString("id");
        start(XUEYUAN, onTime, "2021-09-02");
        conclude(XUEYUAN, onTime, "{\"outcome\":\"FAILED\",\"concludedOn\":\"2021-10-08\",\"referral\":\"NONE\"}");
        String late = register(XUEYUAN, committee, "2021-09-01").getString("id");
        conclude(XUEYUAN, late, "{\"outcome\":\"WITHDRAWN\",\"concludedOn\":\"2021-10-09\"}");
        register(XUEYUAN, committee, "2021-09-01");
        String agreed = succeeded(XUEYUAN, committee, "2021-09-01", "2021-09-03", null).getString("id");
        put(XUEYUAN, committee, agreed, "2021-09-01", ",\"confirmationSought\":true,\"confirmationAppliedOn\":\"2021-10-08\"").statusCode(200);
        String extended = register(XUEYUAN, committee, "2021-09-03").getString("id");
        put(XUEYUAN, committee, extended, "2021-09-03", ",\"extendedUntil\":\"2021-11-08\",\"extensionReason\":\"当事人外出务工\"").statusCode(200);

        JsonPath m = as("district-admin", DISTRICT).queryParam("orgUnit", XUEYUAN).queryParam("from", "2021-10-01").queryParam("to", "2021-10-31")
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(4, m.getInt("metrics.'mediation.disputes.conclusion.due'"));
        assertEquals(2, m.getInt("metrics.'mediation.disputes.conclusion.onTime'"));
        assertEquals(1, m.getInt("metrics.'mediation.disputes.conclusion.late'"));
        assertEquals(1, m.getInt("metrics.'mediation.disputes.conclusion.overdue'"));
        assertEquals(1, m.getInt("metrics.'mediation.agreements.judicialConfirmation.due'"));
        assertEquals(1, m.getInt("metrics.'mediation.agreements.judicialConfirmation.onTime'"));
        assertEquals(0, m.getInt("metrics.'mediation.agreements.judicialConfirmation.overdue'"));
        JsonPath november = as("district-admin", DISTRICT).queryParam("orgUnit", XUEYUAN).queryParam("from", "2021-11-01")
                .queryParam("to", "2021-11-30").get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(1, november.getInt("metrics.'mediation.disputes.conclusion.overdue'"), "the extended one, still open");

        List<String> catalog = as("evaluator", DISTRICT).get(BASE + "/stats/catalog").then().statusCode(200)
                .extract().jsonPath().getList("items.labelZh");
        assertTrue(catalog.contains("调结矛盾纠纷按期完成数") && catalog.contains("申请司法确认逾期未完成数"), catalog.toString());
    }
}
