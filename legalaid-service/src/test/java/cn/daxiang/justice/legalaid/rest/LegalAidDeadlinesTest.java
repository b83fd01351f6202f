package cn.daxiang.justice.legalaid.rest;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.createApplication;
import static cn.daxiang.justice.legalaid.LegalAidApi.taskIds;
import static cn.daxiang.justice.legalaid.LegalAidApi.createProvider;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legal aid line's statutory clocks through the API (法律援助法第四十三条、第三十六条): each due date across a
 * holiday, the materials stop, the notified case, and the to-do list by scope. Uses 雨溪街道 and 城南街道, which no other
 * test of this module writes to; no case is accepted in 2021 (the stats test counts the district's 2021).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LegalAidDeadlinesTest {

    static final String YUXI = "430503010000";
    static final String CHENGNAN = "430503007000";
    static final String CLERK = "township-clerk";

    static String notifiedBody(UUID id, String orgUnit, String receivedOn, String noticeReceivedOn, String channel) {
        return """
                {"id":"%s","orgUnit":"%s","applicantName":"李四","applicantIdNumber":"%s","channel":"%s",
                 "matter":"涉嫌盗窃罪辩护","category":"CRIMINAL","hardshipBasis":"公安机关通知辩护","receivedOn":"%s",
                 "noticeReceivedOn":"%s","notifyingOrgan":"POLICE","noticeKind":"DEFENCE","noticeDocumentNumber":"大公（刑）通字〔2024〕31号"}
                """.formatted(id, orgUnit, IdNumbers.valid("43050319900101123"), channel, receivedOn, noticeReceivedOn);
    }

    static JsonPath accept(String orgUnit, UUID application, String acceptedOn, long version) {
        return as(CLERK, orgUnit).body("{\"acceptedOn\":\"%s\",\"version\":%d}".formatted(acceptedOn, version))
                .post(BASE + "/applications/" + application + "/accept").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void anApplicationReceivedBeforeSpringFestivalIsDueOnTheFirstWorkingDayAfterIt() {
        // 2021-02-08 + 7 日 = 2021-02-15, inside the Spring Festival holiday (02-11..02-17): due 02-18 (plain days said 02-15)
        UUID app = createApplication(YUXI, "CIVIL", "2021-02-08");
        as(CLERK, YUXI).get(BASE + "/applications/" + app).then().statusCode(200)
                .body("reviewDueOn", equalTo("2021-02-18"))
                .body("deadlines", hasSize(1))
                .body("deadlines[0].kind", equalTo("APPLICATION_REVIEW"))
                .body("deadlines[0].startsOn", equalTo("2021-02-08"))
                .body("deadlines[0].dueOn", equalTo("2021-02-18"))
                .body("deadlines[0].period", equalTo("7日"))
                .body("deadlines[0].legalBasis", containsString("《中华人民共和国法律援助法》第四十三条第一款"))
                .body("deadlines[0].state", equalTo("OVERDUE"));
        // the list sorts by the same date
        as(CLERK, YUXI).queryParam("receivedFrom", "2021-02-08").queryParam("receivedTo", "2021-02-08").queryParam("sort", "reviewDueOn")
                .get(BASE + "/applications").then().statusCode(200).body("items.reviewDueOn", hasItem("2021-02-18"));
    }

    @Test
    void theReviewStopsWhileMaterialsAreAwaitedAndResumesWithTheDaysLeft() {
        UUID app = createApplication(YUXI, "CIVIL", "2024-04-01");
        as(CLERK, YUXI).body("{\"requestedOn\":\"2024-04-02\",\"materials\":\"收入证明\",\"version\":1}")
                .post(BASE + "/applications/" + app + "/request-materials").then().statusCode(200)
                .body("reviewDueOn", nullValue())
                .body("deadlines[0].state", equalTo("STOPPED"))
                .body("deadlines[0].stoppedSince", equalTo("2024-04-02"))
                .body("deadlines[0].dueOn", nullValue());
        // 1 day ran (04-02); 6 left from 04-26: 05-01, in the Labour Day holiday (05-01..05-05) → 05-06.
        // The old plain-day arithmetic (04-08 + 23 days stopped) said 05-01.
        as(CLERK, YUXI).body("{\"receivedOn\":\"2024-04-25\",\"version\":2}")
                .post(BASE + "/applications/" + app + "/materials-received").then().statusCode(200)
                .body("reviewDueOn", equalTo("2024-05-06"))
                .body("deadlines[0].dueOn", equalTo("2024-05-06"))
                .body("deadlines[0].stoppedSince", nullValue());
        // 一次性告知 (第四十三条第二款): one materials request per application
        as(CLERK, YUXI).body("{\"requestedOn\":\"2024-04-26\",\"materials\":\"再补一份\",\"version\":3}")
                .post(BASE + "/applications/" + app + "/request-materials").then().statusCode(409)
                .body("detail", containsString("一次性告知"));
        JsonPath created = accept(YUXI, app, "2024-05-06", 3);
        assertEquals("CASE_ASSIGNMENT", created.getString("deadlines[0].kind"));
        as(CLERK, YUXI).get(BASE + "/applications/" + app).then().statusCode(200)
                .body("deadlines[0].metOn", equalTo("2024-05-06")).body("deadlines[0].state", equalTo("MET"));
    }

    @Test
    void aCaseIsAssignedWithinThreeDaysOfTheDecisionPastNationalDay() {
        UUID provider = createProvider(YUXI, false);
        UUID app = createApplication(YUXI, "CIVIL", "2024-09-27");
        // accepted 09-28: + 3 日 = 10-01, in the National Day holiday (10-01..10-07) → 10-08
        JsonPath created = accept(YUXI, app, "2024-09-28", 1);
        String caseId = created.getString("id");
        assertEquals(1, created.getList("deadlines").size(), "no notice: the decision's clock only");
        assertEquals("CASE_ASSIGNMENT", created.getString("deadlines[0].kind"));
        assertEquals("2024-09-28", created.getString("deadlines[0].startsOn"));
        assertEquals("2024-10-08", created.getString("deadlines[0].dueOn"));
        assertEquals("《中华人民共和国法律援助法》第四十三条第一款", created.getString("deadlines[0].legalBasis"));
        assertEquals("OVERDUE", created.getString("deadlines[0].state"));
        assertTrue(taskIds(CLERK, YUXI, Map.of("kind", "CASE_ASSIGNMENT")).contains(caseId));

        as(CLERK, YUXI).body("{\"providerId\":\"%s\",\"assignedOn\":\"2024-10-08\",\"version\":1}".formatted(provider))
                .post(BASE + "/cases/" + caseId + "/assign").then().statusCode(200)
                .body("deadlines[0].metOn", equalTo("2024-10-08")).body("deadlines[0].state", equalTo("MET"));
        as(CLERK, YUXI).get(BASE + "/cases/" + caseId).then().statusCode(200).body("deadlines[0].state", equalTo("MET"));
        assertFalse(taskIds(CLERK, YUXI, Map.of("kind", "CASE_ASSIGNMENT")).contains(caseId), "done: off the open list");
        assertTrue(taskIds(CLERK, YUXI, Map.of("kind", "CASE_ASSIGNMENT", "state", "MET")).contains(caseId));
    }

    @Test
    void aNotifiedCaseIsAssignedWithinThreeDaysOfTheNoticeAndHasNoReviewClock() {
        UUID app = UUID.randomUUID();
        as(CLERK, YUXI).body(notifiedBody(app, YUXI, "2024-09-30", "2024-09-29", "NOTIFIED"))
                .post(BASE + "/applications").then().statusCode(201)
                .body("noticeReceivedOn", equalTo("2024-09-29")).body("notifyingOrgan", equalTo("POLICE"))
                .body("reviewDueOn", nullValue()).body("deadlines", hasSize(0));
        // notice 09-29: + 3 日 = 10-02, in the National Day holiday → 10-08 (第三十六条), whatever the acceptance date
        JsonPath created = accept(YUXI, app, "2024-09-30", 1);
        String caseId = created.getString("id");
        assertEquals("2024-09-29", created.getString("noticeReceivedOn"));
        assertEquals(1, created.getList("deadlines").size(), "the notice's clock replaces the decision's");
        assertEquals("NOTICE_ASSIGNMENT", created.getString("deadlines[0].kind"));
        assertEquals("2024-09-29", created.getString("deadlines[0].startsOn"));
        assertEquals("2024-10-08", created.getString("deadlines[0].dueOn"));
        assertEquals("《中华人民共和国法律援助法》第三十六条", created.getString("deadlines[0].legalBasis"));
        as(CLERK, YUXI).get(BASE + "/cases/" + caseId).then().statusCode(200)
                .body("noticeReceivedOn", equalTo("2024-09-29")).body("deadlines[0].kind", equalTo("NOTICE_ASSIGNMENT"));
        assertTrue(taskIds(CLERK, YUXI, Map.of("kind", "NOTICE_ASSIGNMENT")).contains(caseId));
    }

    @Test
    void aNoticeDateBelongsToANotifiedApplicationAndPrecedesItsReceipt() {
        as(CLERK, YUXI).body(notifiedBody(UUID.randomUUID(), YUXI, "2024-09-30", "2024-09-29", "WALK_IN"))
                .post(BASE + "/applications").then().statusCode(400).body("errors.field", hasItem("noticeReceivedOn"));
        as(CLERK, YUXI).body(notifiedBody(UUID.randomUUID(), YUXI, "2024-09-28", "2024-09-29", "NOTIFIED"))
                .post(BASE + "/applications").then().statusCode(400).body("errors.field", hasItem("noticeReceivedOn"));
    }

    @Test
    void aTownshipClerkSeesItsOwnTasksAndTheDistrictSeesAll() {
        UUID own = createApplication(YUXI, "CIVIL", "2024-02-05");
        UUID other = createApplication(CHENGNAN, "CIVIL", "2024-02-05");
        Map<String, String> review = Map.of("kind", "APPLICATION_REVIEW", "dueBefore", "2024-02-29");
        List<String> clerk = taskIds(CLERK, YUXI, review);
        assertTrue(clerk.contains(own.toString()));
        assertFalse(clerk.contains(other.toString()));
        assertFalse(taskIds(CLERK, YUXI, Map.of("orgUnit", CHENGNAN)).contains(other.toString()), "a filter never widens the scope");
        List<String> district = taskIds("district-admin", DISTRICT, review);
        assertTrue(district.contains(own.toString()) && district.contains(other.toString()));

        // the item names its record, its basis and its due date: 02-05 + 7 日 = 02-12, in Spring Festival (02-10..02-17) → 02-18
        JsonPath page = as(CLERK, YUXI).queryParams(review).queryParam("size", 200).get(BASE + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        int i = page.getList("items.recordId").indexOf(own.toString());
        assertEquals(BASE + "/applications/" + own, page.getString("items[" + i + "].record"));
        assertEquals("2024-02-18", page.getString("items[" + i + "].dueOn"));
        assertEquals("审查法律援助申请", page.getString("items[" + i + "].name"));
        assertEquals(YUXI, page.getString("items[" + i + "].orgUnit"));
    }
}
