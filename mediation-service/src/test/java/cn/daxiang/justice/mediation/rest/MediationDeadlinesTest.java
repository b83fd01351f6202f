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
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.assertClock;
import static cn.daxiang.justice.devsupport.testing.DeadlineItems.item;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line's statutory clocks through the API (issue 18): a dispute concluded within a month of its acceptance
 * (or the extension recorded), an agreement brought to court within 30 days, across National Day and Spring Festival.
 * A follow-up visited within the days its committee's own rule sets, when it has one.
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
        assertClock(item(sought, "JUDICIAL_CONFIRMATION"), "2021-01-20", "2021-02-19", "30日",
                "《中华人民共和国人民调解法》第三十三条", "OVERDUE");

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

    static UUID committeeWithFollowUpRule(String orgUnit, Integer days) {
        UUID id = UUID.randomUUID();
        as("district-admin", DISTRICT).body(committeeBody(id, orgUnit, days, null)).post(BASE + "/committees").then().statusCode(201)
                .body("followUpWithinDays", days == null ? nullValue() : equalTo(days));
        return id;
    }

    static String committeeBody(UUID id, String orgUnit, Integer days, Long version) {
        return """
                {"id":"%s","orgUnit":"%s","name":"回访测试人民调解委员会","level":"TOWNSHIP","termStart":"2020-01-01","status":"ACTIVE"%s%s}
                """.formatted(id, orgUnit, days == null ? "" : ",\"followUpWithinDays\":" + days, version == null ? "" : ",\"version\":" + version);
    }

    static JsonPath visit(String orgUnit, String disputeId, UUID visitId, String visitedOn) {
        return as("township-clerk", orgUnit).body("""
                        {"id":"%s","visitedOn":"%s","fulfilment":"FULFILLED","satisfaction":"SATISFIED"}""".formatted(visitId, visitedOn))
                .post(PATH + "/" + disputeId + "/follow-up").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath dispute(String orgUnit, String id) {
        return as("township-clerk", orgUnit).get(PATH + "/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSuccessfulMediationIsVisitedWithinTheDaysItsCommitteesRuleSetAtConclusion() {
        UUID committee = committeeWithFollowUpRule(HUOCHE, 15);
        // 15 days from 2021-09-16 is 10-01, in the National Day holiday (10-01..10-07): due Friday 10-08
        JsonPath concluded = succeeded(HUOCHE, committee, "2021-09-01", "2021-09-16", null);
        String id = concluded.getString("id");
        assertClock(item(concluded, "FOLLOW_UP"), "2021-09-16", "2021-10-08", "15日",
                "《中华人民共和国人民调解法》第三十一条；本委员会回访制度", "OVERDUE");
        assertTrue(taskIds("township-clerk", HUOCHE, Map.of("kind", "FOLLOW_UP")).contains(id));

        // the committee changes its rule later: the dispute keeps the one in force at its conclusion
        as("district-admin", DISTRICT).body(committeeBody(committee, HUOCHE, 60, 1L)).put(BASE + "/committees/" + committee)
                .then().statusCode(200).body("followUpWithinDays", equalTo(60));
        UUID first = UUID.randomUUID();
        visit(HUOCHE, id, first, "2021-10-08");
        visit(HUOCHE, id, UUID.randomUUID(), "2021-12-01");
        Map<String, Object> met = item(dispute(HUOCHE, id), "FOLLOW_UP");
        assertEquals("2021-10-08", met.get("dueOn"));
        assertEquals("2021-10-08", met.get("metOn"), "met by the first visit");
        assertEquals("MET", met.get("state"));
        assertFalse(taskIds("township-clerk", HUOCHE, Map.of("kind", "FOLLOW_UP")).contains(id), "no longer open");

        // the first visit withdrawn (sync deletes it): the later one is late, in the to-do list's state too
        JsonPath deleted = as("township-clerk", HUOCHE).body("{\"records\":[{\"id\":\"" + first + "\",\"version\":1,\"deleted\":true}]}")
                .post(BASE + "/sync/follow-ups").then().statusCode(200).extract().jsonPath();
        assertEquals("UPDATED", deleted.getString("results[0].status"));
        assertEquals("MISSED", item(dispute(HUOCHE, id), "FOLLOW_UP").get("state"));
        JsonPath tasks = as("township-clerk", HUOCHE).queryParam("kind", "FOLLOW_UP").queryParam("state", "MISSED")
                .queryParam("size", 200).get(BASE + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        int i = tasks.getList("items.recordId").indexOf(id);
        assertEquals("2021-12-01", tasks.getString("items[" + i + "].metOn"));
    }

    @Test
    void noFollowUpClockRunsWithoutACommitteeRuleOrForAFailedMediation() {
        UUID ruleless = committeeWithFollowUpRule(HUOCHE, null);
        assertNull(item(succeeded(HUOCHE, ruleless, "2021-09-01", "2021-09-16", null), "FOLLOW_UP"));
        UUID ruled = committeeWithFollowUpRule(HUOCHE, 15);
        String failed = register(HUOCHE, ruled, "2021-09-01").getString("id");
        start(HUOCHE, failed, "2021-09-02");
        assertNull(item(conclude(HUOCHE, failed, "{\"outcome\":\"FAILED\",\"concludedOn\":\"2021-09-16\",\"referral\":\"NONE\"}"),
                "FOLLOW_UP"));
        as("district-admin", DISTRICT).body(committeeBody(UUID.randomUUID(), HUOCHE, -1, null)).post(BASE + "/committees")
                .then().statusCode(400).body("errors.field", hasItem("followUpWithinDays"));
        // a client that does not send the rule keeps it; 0 removes it
        as("district-admin", DISTRICT).body(committeeBody(ruled, HUOCHE, null, 1L)).put(BASE + "/committees/" + ruled)
                .then().statusCode(200).body("followUpWithinDays", equalTo(15));
        as("district-admin", DISTRICT).body(committeeBody(ruled, HUOCHE, 0, 2L)).put(BASE + "/committees/" + ruled)
                .then().statusCode(200).body("followUpWithinDays", nullValue());
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
        // 学院路街道, October 2021: five disputes due 10-08 (two concluded on time, one late, one open, one concluded early
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
        // a follow-up due 10-08 (15 days from 09-16 across National Day), visited late on 10-11
        String visited = succeeded(XUEYUAN, committeeWithFollowUpRule(XUEYUAN, 15), "2021-09-01", "2021-09-16", null).getString("id");
        visit(XUEYUAN, visited, UUID.randomUUID(), "2021-10-11");
        String extended = register(XUEYUAN, committee, "2021-09-03").getString("id");
        put(XUEYUAN, committee, extended, "2021-09-03", ",\"extendedUntil\":\"2021-11-08\",\"extensionReason\":\"当事人外出务工\"").statusCode(200);

        JsonPath m = as("district-admin", DISTRICT).queryParam("orgUnit", XUEYUAN).queryParam("from", "2021-10-01").queryParam("to", "2021-10-31")
                .get(BASE + "/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(5, m.getInt("metrics.'mediation.disputes.conclusion.due'"));
        assertEquals(3, m.getInt("metrics.'mediation.disputes.conclusion.onTime'"));
        assertEquals(1, m.getInt("metrics.'mediation.disputes.followUp.due'"));
        assertEquals(0, m.getInt("metrics.'mediation.disputes.followUp.onTime'"));
        assertEquals(1, m.getInt("metrics.'mediation.disputes.followUp.late'"));
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
        assertTrue(catalog.contains("调结矛盾纠纷按期完成数") && catalog.contains("申请司法确认逾期未完成数")
                && catalog.contains("回访调解协议履行情况逾期完成数"), catalog.toString());
    }
}
