package cn.daxiang.justice.kit.testapp;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.OrgUnits;
import cn.daxiang.justice.kit.clock.DeadlineRefresh;
import cn.daxiang.justice.kit.clock.Deadlines;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's statutory clocks on a record: its items in the view, kept on each write, listed by scope, counted for stats. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class DeadlinesTest {

    static final String DISTRICT = OrgUnits.DISTRICT;
    static final String TOWN_A = OrgUnits.LUOSHI;
    static final String TOWN_B = OrgUnits.CAIE;

    @Inject
    Deadlines deadlines;

    @Inject
    EntityManager em;

    @Inject
    DeadlineRefresh refresh;

    @Inject
    AgroalDataSource dataSource;

    static Map<String, Object> sample(String orgUnit, String kind, String happenedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgUnit", orgUnit);
        body.put("name", "期限" + UUID.randomUUID().toString().substring(0, 6));
        body.put("kind", kind);
        body.put("amount", 1);
        body.put("happenedOn", happenedOn);
        return body;
    }

    static JsonPath create(Map<String, Object> body) {
        return as("district-admin", DISTRICT).contentType(ContentType.JSON).body(body).post("/test/samples")
                .then().statusCode(201).extract().jsonPath();
    }

    static JsonPath update(String id, long version, Map<String, Object> body) {
        return as("district-admin", DISTRICT).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .put("/test/samples/" + id).then().statusCode(200).extract().jsonPath();
    }

    static List<String> taskIds(String role, String orgUnit, Map<String, ?> query) {
        return as(role, orgUnit).queryParams(query).queryParam("size", 200).get("/test/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items.recordId");
    }

    @Test
    void aRecordShowsItsDueDatePushedPastSpringFestivalAndItsLegalBasis() {
        JsonPath created = create(sample(TOWN_A, "BETA", "2021-02-08"));
        assertEquals("2021-02-18", created.getString("deadlines[0].dueOn"));
        assertEquals("SAMPLE_REVIEW", created.getString("deadlines[0].kind"));
        assertEquals("《中华人民共和国法律援助法》第四十三条第一款", created.getString("deadlines[0].legalBasis"));
        assertEquals("7日", created.getString("deadlines[0].period"));
        assertEquals("OVERDUE", created.getString("deadlines[0].state"));
        assertEquals(0, create(sample(TOWN_A, "ALPHA", "2021-02-08")).getList("deadlines").size(), "no clock runs on an ALPHA");
    }

    @Test
    void theTaskListFollowsEachWriteDoneStoppedAndResumed() {
        Map<String, Object> body = sample(TOWN_A, "BETA", "2021-03-01");
        JsonPath created = create(body);
        String id = created.getString("id");
        Map<String, String> overdue = Map.of("kind", "SAMPLE_REVIEW", "state", "OVERDUE", "dueBefore", "2021-03-31");
        assertTrue(taskIds("township-clerk", TOWN_A, overdue).contains(id));

        body.put("stoppedFrom", "2021-03-03");
        JsonPath stopped = update(id, created.getLong("version"), body);
        assertEquals("STOPPED", stopped.getString("deadlines[0].state"));
        assertEquals(null, stopped.getString("deadlines[0].dueOn"));
        assertTrue(taskIds("township-clerk", TOWN_A, Map.of("state", "STOPPED")).contains(id));
        assertTrue(!taskIds("township-clerk", TOWN_A, overdue).contains(id));

        body.put("stoppedUntil", "2021-03-10");
        JsonPath resumed = update(id, stopped.getLong("version"), body);
        assertEquals("2021-03-15", resumed.getString("deadlines[0].dueOn"), "resumed with the 5 days left");

        body.put("doneOn", "2021-03-15");
        JsonPath done = update(id, resumed.getLong("version"), body);
        assertEquals("MET", done.getString("deadlines[0].state"));
        assertTrue(!taskIds("township-clerk", TOWN_A, Map.of()).contains(id), "a done item leaves the open list");
        assertTrue(taskIds("township-clerk", TOWN_A, Map.of("state", "MET")).contains(id));

        body.put("doneOn", "2021-03-16");
        update(id, done.getLong("version"), body);
        assertTrue(taskIds("township-clerk", TOWN_A, Map.of("state", "MISSED")).contains(id));
    }

    @Test
    void aTownshipSeesItsOwnTasksAndTheDistrictSeesAll() {
        String a = create(sample(TOWN_A, "BETA", "2021-04-01")).getString("id");
        String b = create(sample(TOWN_B, "BETA", "2021-04-01")).getString("id");
        List<String> clerkA = taskIds("township-clerk", TOWN_A, Map.of());
        assertTrue(clerkA.contains(a));
        assertTrue(!clerkA.contains(b));
        List<String> district = taskIds("district-admin", DISTRICT, Map.of("dueBefore", "2021-04-30"));
        assertTrue(district.contains(a) && district.contains(b));
        assertEquals(List.of(b), taskIds("district-admin", DISTRICT, Map.of("orgUnit", TOWN_B, "dueBefore", "2021-04-30"))
                .stream().filter(id -> id.equals(a) || id.equals(b)).toList());
        assertTrue(!taskIds("township-clerk", TOWN_A, Map.of("orgUnit", TOWN_B)).contains(b), "a filter never widens the scope");
    }

    @Test
    void aTaskNamesItsRecordItsLegalBasisAndItsDueDateAndTheListRunsByDueDate() {
        String later = create(sample(TOWN_B, "BETA", "2021-05-10")).getString("id");
        String earlier = create(sample(TOWN_B, "BETA", "2021-05-06")).getString("id");
        JsonPath page = as("township-clerk", TOWN_B).queryParam("dueBefore", "2021-05-31").queryParam("size", 200)
                .get("/test/tasks").then().statusCode(200).extract().jsonPath();
        List<String> ids = page.getList("items.recordId");
        assertTrue(ids.indexOf(earlier) < ids.indexOf(later), "earliest due first");
        List<String> dues = page.getList("items.dueOn");
        assertEquals(dues.stream().sorted().toList(), dues);
        int i = ids.indexOf(earlier);
        assertEquals("/test/samples/" + earlier, page.getString("items[" + i + "].record"));
        assertEquals("2021-05-13", page.getString("items[" + i + "].dueOn"));
        assertEquals("审查样例", page.getString("items[" + i + "].name"));
    }

    @Test
    void anExtensionRecordedOnTheRecordBecomesItsDueDate() {
        Map<String, Object> body = sample(TOWN_A, "BETA", "2021-02-08");
        body.put("amount", 120);
        assertEquals("2021-06-08", create(body).getString("deadlines[0].dueOn"));
        body.put("amount", 101);
        body.put("happenedOn", "2021-01-01");
        assertEquals("2021-04-12", create(body).getString("deadlines[0].dueOn"));
    }

    @Test
    void aRecordThatTakesAnotherPeriodShowsItOnTheRecordAndInTheTaskList() {
        Map<String, Object> body = sample(TOWN_B, "BETA", "2021-02-05");
        body.put("amount", 5);
        JsonPath created = create(body);
        // 5 working days from Friday 2021-02-05: the Sunday worked (2-07), 2-08..2-10, then 2-18 after 春节
        assertEquals("2021-02-18", created.getString("deadlines[0].dueOn"));
        assertEquals("5个工作日", created.getString("deadlines[0].period"));
        JsonPath tasks = as("township-clerk", TOWN_B).queryParam("dueBefore", "2021-02-28").queryParam("size", 200).get("/test/tasks")
                .then().statusCode(200).extract().jsonPath();
        int i = tasks.getList("items.recordId").indexOf(created.getString("id"));
        assertEquals("5个工作日", tasks.getString("items[" + i + "].period"));
    }

    @Test
    void anUnknownKindOrStateIsA400InChinese() {
        as("township-clerk", TOWN_A).queryParam("kind", "NO_SUCH").get("/test/tasks").then().statusCode(400)
                .body("detail", containsString("未知的事项代码"));
        as("township-clerk", TOWN_A).queryParam("state", "LATE").get("/test/tasks").then().statusCode(400);
    }

    @Test
    void aRecordMovedToAnotherTownshipTakesItsTaskAlong() {
        Map<String, Object> body = sample(TOWN_A, "BETA", "2021-06-01");
        JsonPath created = create(body);
        String id = created.getString("id");
        body.put("orgUnit", TOWN_B);
        update(id, created.getLong("version"), body);
        assertTrue(taskIds("township-clerk", TOWN_B, Map.of()).contains(id));
        assertTrue(!taskIds("township-clerk", TOWN_A, Map.of()).contains(id));
    }

    @Test
    void aDueDateInAYearWithoutCalendarDataIsNotGuessed() {
        JsonPath created = create(sample(TOWN_A, "BETA", "2099-12-28"));
        assertEquals(null, created.getString("deadlines[0].dueOn"));
        assertEquals("PENDING", created.getString("deadlines[0].state"));
        assertTrue(created.getString("deadlines[0].note").contains("2100年节假日安排尚未录入"));
    }

    @Test
    void timelinessCountsTheItemsDueInThePeriodOnTimeLateAndOverdue() {
        // 2022-07: dates no other test uses. Due 2022-07-11 and 2022-07-12: two open, one done early, one late
        create(sample(TOWN_B, "BETA", "2022-07-04"));
        Map<String, Object> lateBody = sample(TOWN_B, "BETA", "2022-07-04");
        JsonPath late = create(lateBody);
        lateBody.put("doneOn", "2022-07-20");
        update(late.getString("id"), late.getLong("version"), lateBody);
        create(sample(TOWN_B, "BETA", "2022-07-05"));
        Map<String, Object> onTimeBody = sample(TOWN_B, "BETA", "2022-07-04");
        onTimeBody.put("doneOn", "2022-07-08");
        create(onTimeBody);

        Map<String, Number> figures = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Number> out = new LinkedHashMap<>();
            deadlines.timeliness().compute(em, new StatsPeriod(TOWN_B, LocalDate.parse("2022-07-01"), LocalDate.parse("2022-07-31")), out);
            return out;
        });
        assertEquals(4L, figures.get("sample.review.due"));
        assertEquals(1L, figures.get("sample.review.onTime"));
        assertEquals(1L, figures.get("sample.review.late"));
        assertEquals(2L, figures.get("sample.review.overdue"));
        assertTrue(deadlines.metrics().stream().anyMatch(m -> m.name().equals("sample.review.onTime") && m.labelZh().equals("审查样例按期完成数")));
    }

    @Test
    void thePrometheusGaugeCountsOverdueItemsPerKind() {
        create(sample(TOWN_A, "BETA", "2021-07-01"));
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        String line = metrics.lines().filter(l -> l.startsWith("platform_deadlines_overdue{application=\"service-kit\",kind=\"SAMPLE_REVIEW\"")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) >= 1, line);
    }

    void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void recordsThatPredateTheirRulesGetTheirItemsFromTheRefreshAndAChangedRuleSetRecomputesThemAll() throws SQLException {
        refresh.run(); // whatever earlier tests left is current from here on
        String id = UUID.randomUUID().toString();
        sql("INSERT INTO corrections.sample (id, org_unit, version, name, kind, amount, happened_on, created_at, created_by,"
                + " updated_at, updated_by) VALUES ('" + id + "', '" + TOWN_A + "', 1, '旧记录', 'BETA', 1, DATE '2021-02-08', now(),"
                + " 'test', now(), 'test')");
        assertEquals(0, refresh.run(), "the rules did not change and no year was added: nothing to recompute");
        assertTrue(!taskIds("district-admin", DISTRICT, Map.of("dueBefore", "2021-02-28")).contains(id));

        sql("UPDATE corrections.deadline_rules SET fingerprint = 'an earlier release' WHERE entity_type = 'Sample'");
        assertTrue(refresh.run() >= 1);
        assertTrue(taskIds("district-admin", DISTRICT, Map.of("dueBefore", "2021-02-28")).contains(id));
        assertEquals(0, refresh.run(), "and once is enough");
    }

    @Test
    void anItemThatWaitedForAYearOfTheCalendarIsRecomputedWhenTheYearIsThere() throws SQLException {
        String id = create(sample(TOWN_A, "BETA", "2021-02-08")).getString("id");
        // as if written while 2021 was missing from the calendar
        sql("UPDATE corrections.deadline SET due_on = NULL, remind_on = NULL, order_on = DATE '9999-12-31', missing_year = 2021"
                + " WHERE entity_id = '" + id + "'");
        refresh.run();
        JsonPath item = as("district-admin", DISTRICT).queryParam("dueBefore", "2021-02-28").queryParam("size", 200).get("/test/tasks")
                .then().statusCode(200).extract().jsonPath();
        int i = item.getList("items.recordId").indexOf(id);
        assertTrue(i >= 0);
        assertEquals("2021-02-18", item.getString("items[" + i + "].dueOn"));
        assertEquals(null, item.getString("items[" + i + "].note"));
    }

    @Test
    void theRefreshRunsOnItsOwnThreadAsItDoesAfterAStart() throws Exception {
        // after a start it runs on a plain thread, with no request context: it must not need one
        java.util.concurrent.CompletableFuture<Integer> off = new java.util.concurrent.CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                off.complete(refresh.run());
            } catch (RuntimeException e) {
                off.completeExceptionally(e);
            }
        }, "deadline-refresh-test");
        thread.start();
        assertTrue(off.get(60, java.util.concurrent.TimeUnit.SECONDS) >= 0);
    }
}
