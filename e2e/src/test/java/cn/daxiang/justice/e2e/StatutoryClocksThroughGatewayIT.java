package cn.daxiang.justice.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.daxiang.justice.devsupport.testing.IdNumbers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.clerk;
import static cn.daxiang.justice.devsupport.testing.Callers.evaluator;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 end to end: per line (resettlement too) one item done on time and one done late, around National Day 2023,
 * entered by a township clerk through the gateway; the to-do lists, the lines' timeliness figures and
 * the evaluation's rates (50 %) and report sentences. 2023 and 板桥 are the suite's own: the seed
 * history has neither.
 */
@ExtendWith(SharedPlatform.class)
class StatutoryClocksThroughGatewayIT {

    static final String TOWN = BANQIAO;
    static JsonPath run;

    @BeforeAll
    static void enterTheItemsAndRunTheYear() {
        SharedPlatform.get();
        legalAid();
        mediation();
        corrections();
        run = evaluator().body(Map.of("orgUnit", DISTRICT, "year", 2023)).post("/api/v1/evaluation/runs")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Received 2023-09-27, due 10-07 (the 7th day, 10-04, is in the holiday; 10-07 is a Saturday worked): decided that day. */
    static void legalAid() {
        application("2023-09-27", "2023-10-07");
        // received 2023-09-20, due 09-27: decided after the holiday
        application("2023-09-20", "2023-10-09");
    }

    static void application(String receivedOn, String acceptedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgUnit", TOWN);
        body.put("applicantName", "期限甲");
        body.put("applicantIdNumber", idNumber());
        body.put("channel", "WALK_IN");
        body.put("matter", "劳动报酬追索");
        body.put("category", "CIVIL");
        body.put("hardshipBasis", "城乡低保对象");
        body.put("receivedOn", receivedOn);
        String id = clerk(TOWN).body(body).post("/api/v1/legal-aid/applications").then().statusCode(201).extract().path("id");
        clerk(TOWN).body(Map.of("acceptedOn", acceptedOn, "version", 1)).post("/api/v1/legal-aid/applications/" + id + "/accept")
                .then().statusCode(201);
    }

    /** Registered 2023-09-01, due 10-07 (a month on is 10-01, in the holiday): concluded then; registered 08-15, due 09-15: late. */
    static void mediation() {
        String committee = UUID.randomUUID().toString();
        clerk(TOWN).body(Map.of("id", committee, "orgUnit", TOWN, "name", "板桥人民调解委员会", "level", "TOWNSHIP",
                "termStart", "2015-01-01", "status", "ACTIVE")).post("/api/v1/mediation/committees").then().statusCode(201);
        dispute(committee, "2023-09-01", "2023-10-07");
        dispute(committee, "2023-08-15", "2023-09-20");
    }

    static void dispute(String committee, String registeredOn, String concludedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgUnit", TOWN);
        body.put("committeeId", committee);
        body.put("registeredOn", registeredOn);
        body.put("source", "APPLICATION");
        body.put("category", "NEIGHBOURHOOD");
        body.put("summary", "相邻通行纠纷");
        body.put("parties", List.of(Map.of("name", "刘一", "role", "APPLICANT"), Map.of("name", "陈二", "role", "RESPONDENT")));
        String path = "/api/v1/mediation/disputes/" + clerk(TOWN).body(body).post("/api/v1/mediation/disputes").then().statusCode(201)
                .extract().path("id");
        clerk(TOWN).body(Map.of("startedOn", registeredOn, "version", 1)).post(path + "/start").then().statusCode(200);
        clerk(TOWN).body(Map.of("outcome", "SUCCEEDED", "concludedOn", concludedOn, "agreementForm", "WRITTEN", "version", 2))
                .post(path + "/conclude").then().statusCode(200);
    }

    /** People of the suite's own (born 1975, a year the seed history does not use). */
    static String idNumber() {
        int n = PEOPLE.incrementAndGet();
        return IdNumbers.valid("430503", LocalDate.of(1975, 1, 1).plusDays(n), 100 + n);
    }

    static final AtomicInteger PEOPLE = new AtomicInteger();

    /**
     * Judgment effective 2023-09-25, report due 10-07 (the 10th day, 10-05, is in the holiday): reported then; effective
     * 09-01, due 09-11: reported 09-15. Investigations entrusted 2023-09-27: 10 working days to 10-17 (the adjusted 10-07 and
     * 10-08 count), done that day; expedited, 5 working days to 10-10, done 10-12.
     */
    static void corrections() {
        subject("2023-09-25", "2023-10-07");
        subject("2023-09-01", "2023-09-15");
        investigation(false, "2023-10-17");
        investigation(true, "2023-10-12");
        // released 2023-09-28: 7 days (the configured default) to 10-05, in the holiday: contact by 10-07; released 09-01: by 09-08
        released("2023-09-28", "2023-10-07");
        released("2023-09-01", "2023-09-12");
    }

    static void released(String releasedOn, String contactedOn) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("orgUnit", TOWN);
        p.put("name", "期限帮教");
        p.put("gender", "MALE");
        p.put("idNumber", idNumber());
        p.put("source", "PRISON_RELEASE");
        p.put("releasedOn", releasedOn);
        p.put("receivedOn", releasedOn);
        p.put("contactedOn", contactedOn);
        p.put("handoverDone", false);
        p.put("keyTarget", false);
        clerk(TOWN).body(p).post("/api/v1/corrections/resettlement/persons").then().statusCode(201);
    }

    static void subject(String judgmentEffectiveOn, String reportedOn) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("orgUnit", TOWN);
        s.put("name", "期限对象");
        s.put("gender", "MALE");
        String idNumber = idNumber();
        s.put("idNumber", idNumber);
        s.put("birthDate", LocalDate.of(1975, 1, 1).plusDays(PEOPLE.get()).toString());
        s.put("type", "PROBATION");
        s.put("offence", "盗窃罪");
        s.put("sentence", "有期徒刑一年，缓刑二年");
        s.put("decidingAuthority", "大祥区人民法院");
        s.put("judgmentEffectiveOn", judgmentEffectiveOn);
        s.put("reportedOn", reportedOn);
        s.put("correctionStart", reportedOn);
        s.put("correctionEnd", LocalDate.parse(reportedOn).plusYears(2).toString());
        s.put("intakeDate", reportedOn);
        s.put("supervisionLevel", "NORMAL");
        clerk(TOWN).body(s).post("/api/v1/corrections/subjects").then().statusCode(201);
    }

    static void investigation(boolean expedited, String completedOn) {
        Map<String, Object> inv = new LinkedHashMap<>();
        inv.put("orgUnit", TOWN);
        inv.put("entrustingAuthority", "COURT");
        inv.put("entrustingOrgan", "大祥区人民法院");
        inv.put("personName", "被调查人");
        inv.put("personIdNumber", idNumber());
        inv.put("entrustedOn", "2023-09-27");
        inv.put("expedited", expedited);
        inv.put("completedOn", completedOn);
        inv.put("opinion", "SUITABLE");
        clerk(TOWN).body(inv).post("/api/v1/corrections/investigations").then().statusCode(201);
    }

    static JsonPath stats(String line) {
        return admin().queryParam("orgUnit", DISTRICT).queryParam("from", "2023-01-01").queryParam("to", "2023-12-31")
                .get("/api/v1/" + line + "/stats").then().statusCode(200).extract().jsonPath();
    }

    static void assertTimeliness(JsonPath stats, String base) {
        assertEquals(2, stats.getInt("metrics.'" + base + ".due'"), base);
        assertEquals(1, stats.getInt("metrics.'" + base + ".onTime'"), base);
        assertEquals(1, stats.getInt("metrics.'" + base + ".late'"), base);
        assertEquals(0, stats.getInt("metrics.'" + base + ".overdue'"), base);
    }

    static void assertRate(String code) {
        Object value = run.get("indicators.find { it.code == '" + code + "' }.value");
        assertEquals(0, new BigDecimal("50").compareTo(new BigDecimal(String.valueOf(value))), code + ": " + value);
    }

    @Test
    void eachLineCountsOneItemOnTimeAndOneLateForTheYear() {
        assertTimeliness(stats("legal-aid"), "legalaid.applications.review");
        assertTimeliness(stats("mediation"), "mediation.disputes.conclusion");
        JsonPath corrections = stats("corrections");
        assertTimeliness(corrections, "corrections.subjects.reportIn");
        assertTimeliness(corrections, "corrections.investigations.completion");
        assertTimeliness(corrections, "resettlement.persons.contact");
    }

    @Test
    void theTownshipsToDoListShowsTheDoneItemsByStateAndTheDistrictSeesThemToo() {
        for (String line : List.of("legal-aid", "mediation", "corrections")) {
            JsonPath met = clerk(TOWN).queryParam("state", "MET").queryParam("dueBefore", "2023-12-31").queryParam("size", 200)
                    .get("/api/v1/" + line + "/tasks").then().statusCode(200).extract().jsonPath();
            assertTrue(met.getList("items.orgUnit", String.class).stream().allMatch(TOWN::equals), line);
            assertTrue(met.getList("items.dueOn", String.class).contains("2023-10-07"), line + ": " + met.prettify());
            List<String> missed = admin().queryParam("state", "MISSED").queryParam("orgUnit", TOWN).queryParam("size", 200)
                    .get("/api/v1/" + line + "/tasks").then().statusCode(200).extract().jsonPath().getList("items.recordId");
            assertTrue(missed.size() >= 1, line);
        }
    }

    @Test
    void theEvaluationOfTheYearRatesEachLineAtHalfAndTheReportQuotesTheCounts() {
        assertEquals("COMPLETE", run.getString("status"), () -> run.prettify());
        assertRate("LEGALAID_REVIEW_TIMELINESS_RATE");
        assertRate("MEDIATION_CONCLUSION_TIMELINESS_RATE");
        assertRate("CORRECTIONS_REPORT_IN_RATE");
        assertRate("CORRECTIONS_INVESTIGATION_TIMELINESS_RATE");
        evaluator().accept("text/html").get("/api/v1/evaluation/runs/" + run.getString("id") + "/report").then().statusCode(200)
                .body(containsString("按期1件，逾期1件")).body(containsString("按期调结1件，逾期调结1件"))
                .body(containsString("按期报到1人，逾期报到1人")).body(containsString("按期完成1例，逾期完成1例"));
    }
}
