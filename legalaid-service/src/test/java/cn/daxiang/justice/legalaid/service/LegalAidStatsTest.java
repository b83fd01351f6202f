package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.IdNumbers;
import cn.daxiang.justice.devsupport.testing.CallCounter;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.BANQIAO;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.CAIE;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.LUOSHI;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.legalaid.LegalAidApi.BASE;
import static cn.daxiang.justice.legalaid.LegalAidApi.acceptedCase;
import static cn.daxiang.justice.legalaid.LegalAidApi.assign;
import static cn.daxiang.justice.legalaid.LegalAidApi.close;
import static cn.daxiang.justice.legalaid.LegalAidApi.createProvider;
import static cn.daxiang.justice.legalaid.LegalAidApi.review;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures the evaluation service reads. Data sets are built here and every expected figure is
 * counted independently in Java from what was built. 板桥乡 (and, before 2020-10, the year 2019)
 * belong to this class alone, so the figures are exact.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class LegalAidStatsTest {

    static final String STATS = BASE + "/stats";

    /** Every metric the issue names. */
    static final List<String> REQUIRED = List.of(
            "legalaid.applications.received", "legalaid.applications.refused", "legalaid.cases.accepted",
            "legalaid.cases.accepted.civil", "legalaid.cases.accepted.criminal", "legalaid.cases.accepted.administrative",
            "legalaid.cases.accepted.pleaWitness", "legalaid.cases.assigned", "legalaid.cases.closed",
            "legalaid.cases.senior", "legalaid.reviews.total", "legalaid.reviews.passed", "legalaid.reviews.failed",
            "legalaid.cases.qualified", "legalaid.followUps", "legalaid.followUps.satisfied", "legalaid.consultations",
            "legalaid.consultations.visit", "legalaid.consultations.hotline12348", "legalaid.consultations.online",
            "legalaid.servicePoints.centers", "legalaid.servicePoints.workstations", "legalaid.servicePoints.workPoints",
            "legalaid.applications.review.due", "legalaid.applications.review.onTime", "legalaid.applications.review.late",
            "legalaid.applications.review.overdue", "legalaid.cases.assignment.due", "legalaid.cases.assignment.onTime",
            "legalaid.cases.assignment.late", "legalaid.cases.assignment.overdue", "legalaid.cases.noticeAssignment.due",
            "legalaid.cases.noticeAssignment.onTime", "legalaid.cases.noticeAssignment.late",
            "legalaid.cases.noticeAssignment.overdue", "legalaid.objections.review.due", "legalaid.objections.review.onTime",
            "legalaid.objections.review.late", "legalaid.objections.review.overdue", "legalaid.subsidies.due.cases",
            "legalaid.subsidies.due.amount", "legalaid.subsidies.approved.cases", "legalaid.subsidies.approved.amount",
            "legalaid.subsidies.paid.cases", "legalaid.subsidies.paid.amount");

    @Inject
    AgroalDataSource dataSource;

    record Provider(UUID id, boolean senior) {
    }

    record Review(LocalDate on, boolean passed) {
    }

    record Follow(LocalDate on, boolean satisfied) {
    }

    static final class Case {
        UUID id = UUID.randomUUID();
        UUID applicationId = UUID.randomUUID();
        String org;
        String category;
        String complexity;
        LocalDate received;
        LocalDate accepted;
        Provider provider;
        LocalDate assigned;
        LocalDate hearing;
        LocalDate closed;
        LocalDate terminated;
        List<Review> reviews = new ArrayList<>();
        List<Follow> followUps = new ArrayList<>();

        String status() {
            return closed != null ? "CLOSED" : terminated != null ? "TERMINATED" : assigned != null ? "ASSIGNED" : "ACCEPTED";
        }
    }

    record Refused(UUID id, String org, LocalDate received, LocalDate decided, boolean refused) {
    }

    record Consultation(String org, LocalDate on, String channel) {
    }

    record Point(String org, String level, LocalDate opened, LocalDate closed, boolean open) {
    }

    final List<Provider> providers = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    final List<Refused> otherApplications = new ArrayList<>();
    final List<Consultation> consultations = new ArrayList<>();
    final List<Point> points = new ArrayList<>();

    @Inject
    LegalAidStats figures;

    @Test
    void oneStatementPerTableAnswersTheDistrictAndEachTownshipGroupedAsEachAlone() {
        StatsPeriod year = new StatsPeriod(DISTRICT, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        Map<String, String> towns = Map.of("430503101", LUOSHI, "430503202", CAIE, "430503203", BANQIAO);
        AtomicInteger statements = new AtomicInteger();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = CallCounter.counting(EntityManager.class, Panache.getEntityManager(), "createNativeQuery", statements);
            Map<String, Map<String, Number>> grouped = figures.computeByChild(em, year, 9, towns);
            assertEquals(9, statements.get(), "application, case (with its subsidy), review, follow-up, consultation, duty-lawyer service,"
                    + " service point, subsidy payment, deadline: one each");
            assertEquals(figures.compute(year), grouped.get(DISTRICT));
            towns.values().forEach(t -> assertEquals(figures.compute(new StatsPeriod(t, year.from(), year.to())), grouped.get(t), t));
        });
    }

    @Test
    void aYearLikeTheSeedAndEveryMetricEqualIndependentCounts() throws SQLException {
        Random random = new Random(2021);
        for (int i = 0; i < 5; i++) {
            providers.add(new Provider(UUID.randomUUID(), i < 2));
        }
        // the seed's year: 364 civil + 98 criminal + 131 plea witness accepted in 2021
        List<String> year = new ArrayList<>();
        year.addAll(Collections.nCopies(364, "CIVIL"));
        year.addAll(Collections.nCopies(98, "CRIMINAL"));
        year.addAll(Collections.nCopies(131, "PLEA_WITNESS"));
        for (String category : year) {
            cases.add(newCase(random, BANQIAO, category, LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365))));
        }
        // the edges of the year, every category
        String[] all = {"CIVIL", "CRIMINAL", "ADMINISTRATIVE", "PLEA_WITNESS"};
        for (int i = 0; i < 24; i++) {
            cases.add(newCase(random, BANQIAO, all[i % 4], LocalDate.of(2020, 12, 31).minusDays(random.nextInt(60))));
            cases.add(newCase(random, BANQIAO, all[i % 4], LocalDate.of(2022, 1, 1).plusDays(random.nextInt(60))));
        }
        cases.add(newCase(random, BANQIAO, "CIVIL", LocalDate.of(2020, 12, 31)));
        cases.add(newCase(random, BANQIAO, "CRIMINAL", LocalDate.of(2022, 1, 1)));
        // another township's year: in the district's figures, not in 板桥乡's
        for (int i = 0; i < 10; i++) {
            Case c = new Case();
            c.org = CAIE;
            c.category = "CIVIL";
            c.accepted = LocalDate.of(2021, 6, 1).plusDays(i);
            c.received = c.accepted;
            cases.add(c);
        }
        for (int i = 0; i < 70; i++) {
            LocalDate received = LocalDate.of(2020, 11, 1).plusDays(random.nextInt(480));
            boolean refused = i % 7 != 0;
            otherApplications.add(new Refused(UUID.randomUUID(), BANQIAO, received,
                    refused ? received.plusDays(random.nextInt(12)) : null, refused));
        }
        otherApplications.add(new Refused(UUID.randomUUID(), BANQIAO, LocalDate.of(2021, 12, 30), LocalDate.of(2022, 1, 3), true));
        String[] channels = {"VISIT", "HOTLINE_12348", "ONLINE"};
        for (int i = 0; i < 1150; i++) {
            consultations.add(new Consultation(BANQIAO, LocalDate.of(2020, 12, 25).plusDays(random.nextInt(380)),
                    channels[random.nextInt(3)]));
        }
        points.add(new Point(BANQIAO, "CENTER", LocalDate.of(2018, 1, 1), null, true));
        points.add(new Point(BANQIAO, "WORKSTATION", LocalDate.of(2019, 5, 1), null, true));
        points.add(new Point(BANQIAO, "WORKSTATION", LocalDate.of(2022, 3, 1), null, true));
        for (int i = 0; i < 110; i++) {
            LocalDate opened = i % 20 == 0 ? null : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(1200));
            boolean open = i % 6 != 0;
            LocalDate closed = open || i % 18 == 0 ? null
                    : (opened == null ? LocalDate.of(2020, 1, 1) : opened).plusDays(1 + random.nextInt(700));
            points.add(new Point(BANQIAO, "WORK_POINT", opened, closed, open));
        }
        insert();

        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2021, 12, 31);
        JsonPath answer = stats(BANQIAO, "2021-01-01", "2021-12-31");
        assertEquals(593L, answer.getLong("metrics.'legalaid.cases.accepted'"));
        assertEquals(364L, answer.getLong("metrics.'legalaid.cases.accepted.civil'"));
        assertEquals(98L, answer.getLong("metrics.'legalaid.cases.accepted.criminal'"));
        assertEquals(131L, answer.getLong("metrics.'legalaid.cases.accepted.pleaWitness'"));
        assertEquals(0L, answer.getLong("metrics.'legalaid.cases.accepted.administrative'"));
        assertEquals(BANQIAO, answer.getString("orgUnit"));
        assertEquals("2021-01-01", answer.getString("from"));
        assertEquals("2021-12-31", answer.getString("to"));
        assertMetrics(expected(c -> BANQIAO.equals(c), from, to), answer);

        // another window across the year's end, and the whole history to a date
        assertMetrics(expected(BANQIAO::equals, LocalDate.of(2021, 7, 1), LocalDate.of(2022, 2, 15)),
                stats(BANQIAO, "2021-07-01", "2022-02-15"));
        // (2019 belongs to the qualified-review test, which may have run already)
        assertMetrics(expected(BANQIAO::equals, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30)),
                stats(BANQIAO, "2020-01-01", "2021-06-30"));

        // the district's year holds 板桥乡's and 蔡锷乡's cases
        JsonPath district = stats(DISTRICT, "2021-01-01", "2021-12-31");
        assertEquals(603L, district.getLong("metrics.'legalaid.cases.accepted'"));
        assertEquals(374L, district.getLong("metrics.'legalaid.cases.accepted.civil'"));
        JsonPath caie = stats(CAIE, "2021-01-01", "2021-12-31");
        assertEquals(10L, caie.getLong("metrics.'legalaid.cases.accepted'"));
    }

    /** A failed review followed by a passing one counts; no passing review, or a failing last one, does not. */
    @Test
    void aCaseIsQualifiedWhenItsLastReviewPassed() {
        UUID provider = createProvider(BANQIAO, true);
        UUID fixed = closedCase(provider, "2019-03-01", "2019-05-10");
        review(fixed, BANQIAO, "2019-05-12", false);
        review(fixed, BANQIAO, "2019-05-20", true);
        UUID neverFixed = closedCase(provider, "2019-03-02", "2019-05-11");
        review(neverFixed, BANQIAO, "2019-05-13", false);
        UUID unreviewed = closedCase(provider, "2019-03-03", "2019-05-12");
        UUID relapsed = closedCase(provider, "2019-03-04", "2019-05-13");
        review(relapsed, BANQIAO, "2019-05-14", true);
        review(relapsed, BANQIAO, "2019-05-21", false);
        // reviewed while still open: counted as a review, not as a qualified closure
        UUID open = acceptedCase(BANQIAO, "CRIMINAL", "2019-04-01", "2019-04-02", "LIFE_IMPRISONMENT");
        assign(open, BANQIAO, provider, "2019-04-03", 1);
        review(open, BANQIAO, "2019-05-15", true);
        as("township-clerk", BANQIAO).body("{\"followUpOn\":\"2019-06-01\",\"satisfied\":true}")
                .post(BASE + "/cases/" + fixed + "/follow-ups").then().statusCode(201);
        as("township-clerk", BANQIAO).body("{\"followUpOn\":\"2019-06-02\",\"satisfied\":false}")
                .post(BASE + "/cases/" + neverFixed + "/follow-ups").then().statusCode(201);

        JsonPath year = stats(BANQIAO, "2019-01-01", "2019-12-31");
        assertEquals(5L, year.getLong("metrics.'legalaid.cases.accepted'"));
        assertEquals(4L, year.getLong("metrics.'legalaid.cases.accepted.civil'"));
        assertEquals(1L, year.getLong("metrics.'legalaid.cases.complex'"));
        assertEquals(5L, year.getLong("metrics.'legalaid.cases.assigned'"));
        assertEquals(5L, year.getLong("metrics.'legalaid.cases.senior'"));
        assertEquals(4L, year.getLong("metrics.'legalaid.cases.closed'"));
        assertEquals(1L, year.getLong("metrics.'legalaid.cases.qualified'"));
        assertEquals(6L, year.getLong("metrics.'legalaid.reviews.total'"));
        assertEquals(3L, year.getLong("metrics.'legalaid.reviews.passed'"));
        assertEquals(3L, year.getLong("metrics.'legalaid.reviews.failed'"));
        assertEquals(2L, year.getLong("metrics.'legalaid.followUps'"));
        assertEquals(1L, year.getLong("metrics.'legalaid.followUps.satisfied'"));
        assertEquals(5L, year.getLong("metrics.'legalaid.applications.received'"));

        // the failed case passes at last: now qualified too
        review(neverFixed, BANQIAO, "2019-06-10", true);
        assertEquals(2L, stats(BANQIAO, "2019-01-01", "2019-12-31").getLong("metrics.'legalaid.cases.qualified'"));
    }

    /**
     * The statutory clocks' figures for the items due in the period, written through the API (檀江街道, 2023-10, which
     * no other test uses). Around National Day 2023 (holiday 09-29..10-06, 10-07 and 10-08 working days): a review of
     * an application received 09-25 is due 10-07, not 10-02, so a decision on 10-07 is on time.
     */
    @Test
    void theTimelinessFiguresCountTheItemsDueInThePeriodOnTimeLateAndOverdue() {
        String town = "430503011000";
        UUID provider = createProvider(town, false);
        UUID onTime = application(town, "2023-09-25", null);
        refuse(town, onTime, "2023-10-07");
        UUID late = application(town, "2023-09-25", null);
        refuse(town, late, "2023-10-09");
        application(town, "2023-09-25", null);
        // received 10-09, accepted 10-10: review met (due 10-16); the assignment due 10-13 is done late on 10-16
        UUID granted = application(town, "2023-10-09", null);
        UUID lateCase = accept(town, granted, "2023-10-10");
        assign(lateCase, town, provider, "2023-10-16", 1);
        // a police notice on 09-27: assignment due 09-30 (a holiday) → 10-07, done that day
        UUID notified = application(town, "2023-09-27", "2023-09-27");
        UUID notifiedCase = accept(town, notified, "2023-09-28");
        assign(notifiedCase, town, provider, "2023-10-07", 1);
        // outside the period: due 2023-11-02
        application(town, "2023-10-26", null);

        // due, on time, late, overdue
        JsonPath october = stats(town, "2023-10-01", "2023-10-31");
        assertEquals(List.of(4L, 2L, 1L, 1L), timeliness(october, "legalaid.applications.review"));
        assertEquals(List.of(1L, 0L, 1L, 0L), timeliness(october, "legalaid.cases.assignment"));
        assertEquals(List.of(1L, 1L, 0L, 0L), timeliness(october, "legalaid.cases.noticeAssignment"));
        assertEquals(List.of(1L, 0L, 0L, 1L), timeliness(stats(town, "2023-11-01", "2023-11-30"), "legalaid.applications.review"));
    }

    static List<Long> timeliness(JsonPath answer, String metric) {
        return List.of(".due", ".onTime", ".late", ".overdue").stream()
                .map(suffix -> answer.getLong("metrics.'" + metric + suffix + "'")).toList();
    }

    static UUID application(String town, String receivedOn, String noticeReceivedOn) {
        UUID id = UUID.randomUUID();
        String notice = noticeReceivedOn == null ? "\"WALK_IN\"" : "\"NOTIFIED\",\"noticeReceivedOn\":\"" + noticeReceivedOn
                + "\",\"notifyingOrgan\":\"COURT\",\"noticeKind\":\"DEFENCE\",\"noticeDocumentNumber\":\"(2023)湘0503刑初8号\"";
        as("township-clerk", town).body("""
                        {"id":"%s","orgUnit":"%s","applicantName":"赵六","applicantIdNumber":"%s","channel":%s,
                         "matter":"劳动争议","category":"CIVIL","hardshipBasis":"低保户","receivedOn":"%s"}
                        """.formatted(id, town, IdNumbers.valid("43050319750101123"), notice, receivedOn))
                .post(BASE + "/applications").then().statusCode(201);
        return id;
    }

    static void refuse(String town, UUID application, String on) {
        as("township-clerk", town).body("{\"refusedOn\":\"%s\",\"reason\":\"不符合经济困难标准\",\"version\":1}".formatted(on))
                .post(BASE + "/applications/" + application + "/refuse").then().statusCode(200);
    }

    static UUID accept(String town, UUID application, String on) {
        return UUID.fromString(as("township-clerk", town).body("{\"acceptedOn\":\"%s\",\"version\":1}".formatted(on))
                .post(BASE + "/applications/" + application + "/accept").then().statusCode(201).extract().path("id"));
    }

    @Test
    void theCatalogNamesEveryMetricAndOnlyReadersOfFiguresGetThem() {
        JsonPath catalog = as("evaluator", DISTRICT).get(STATS + "/catalog").then().statusCode(200).extract().jsonPath();
        Set<String> names = new TreeSet<>(catalog.getList("items.name"));
        assertTrue(names.containsAll(REQUIRED), "missing from the catalog: " + REQUIRED.stream().filter(n -> !names.contains(n)).toList());
        assertEquals(names.size(), catalog.getList("items.name").size(), "names are unique");
        catalog.getList("items", Map.class).forEach(item -> {
            assertTrue(item.get("labelZh") != null && !item.get("labelZh").toString().isBlank(), item.toString());
            assertTrue(item.get("labelEn") != null && !item.get("labelEn").toString().isBlank(), item.toString());
            assertTrue(item.get("counting") != null && !item.get("counting").toString().isBlank(), item.toString());
        });
        // the stats answer exactly the catalog's metrics
        JsonPath answer = stats(DISTRICT, "2021-01-01", "2021-12-31");
        assertEquals(names, new TreeSet<>(answer.getMap("metrics").keySet()));

        for (String role : List.of("service", "evaluator", "district-admin", "provincial-reader")) {
            String org = "provincial-reader".equals(role) ? PROVINCE : DISTRICT;
            as(role, org).queryParam("orgUnit", DISTRICT).get(STATS).then().statusCode(200)
                    .body("orgUnit", equalTo(DISTRICT)).body("metrics.'legalaid.cases.accepted'", notNullValue());
        }
        as("township-clerk", LUOSHI).get(STATS).then().statusCode(200).body("orgUnit", equalTo(LUOSHI));
        as("township-clerk", LUOSHI).queryParam("orgUnit", BANQIAO).get(STATS).then().statusCode(403)
                .contentType("application/problem+json");
        given().get(STATS).then().statusCode(401).contentType("application/problem+json");
        given().get(STATS + "/catalog").then().statusCode(401);
        as("district-admin", DISTRICT).queryParam("from", "2021-12-31").queryParam("to", "2021-01-01").get(STATS).then()
                .statusCode(400).body("errors.field", hasItem("from"));
        as("district-admin", DISTRICT).queryParam("from", "2021-02-30").get(STATS).then().statusCode(400)
                .contentType("application/problem+json");
        as("district-admin", DISTRICT).queryParam("orgUnit", "430503999000").get(STATS).then().statusCode(400)
                .body("errors.field", hasItem("orgUnit"));
    }

    // ---------------------------------------------------------------- building the data

    UUID closedCase(UUID provider, String accepted, String closed) {
        UUID id = acceptedCase(BANQIAO, "CIVIL", accepted, accepted, null);
        assign(id, BANQIAO, provider, accepted, 1);
        close(id, BANQIAO, closed, 2);
        return id;
    }

    Case newCase(Random random, String org, String category, LocalDate accepted) {
        Case c = new Case();
        c.org = org;
        c.category = category;
        c.accepted = accepted;
        c.received = accepted.minusDays(random.nextInt(6));
        if ("CRIMINAL".equals(category) && random.nextInt(6) == 0) {
            c.complexity = random.nextBoolean() ? "DEATH_PENALTY" : "GROUP_LITIGATION";
        }
        if (random.nextInt(100) < 85) {
            c.assigned = accepted.plusDays(random.nextInt(11));
            List<Provider> eligible = c.complexity == null ? providers : providers.subList(0, 2);
            c.provider = eligible.get(random.nextInt(eligible.size()));
            if (random.nextBoolean()) {
                c.hearing = c.assigned.plusDays(5 + random.nextInt(55));
            }
            if (random.nextInt(100) < 70) {
                c.closed = (c.hearing != null ? c.hearing : c.assigned).plusDays(1 + random.nextInt(90));
                LocalDate d = c.closed;
                int n = random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    d = d.plusDays(1 + random.nextInt(6));
                    c.reviews.add(new Review(d, random.nextInt(100) < 60));
                }
                if (random.nextInt(100) < 60) {
                    c.followUps.add(new Follow(c.closed.plusDays(1 + random.nextInt(20)), random.nextInt(100) < 85));
                }
            }
        }
        if (c.closed == null && random.nextInt(10) == 0) {
            c.terminated = (c.assigned != null ? c.assigned : c.accepted).plusDays(1 + random.nextInt(30));
        }
        return c;
    }

    void insert() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO provider (id, org_unit, version, kind, name, senior, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, 'LAWYER', '测试律师', ?, now(), 'test', now(), 'test')""")) {
                for (Provider provider : providers) {
                    p.setObject(1, provider.id());
                    p.setString(2, BANQIAO);
                    p.setBoolean(3, provider.senior());
                    p.addBatch();
                }
                p.executeBatch();
            }
            String application = """
                    INSERT INTO application (id, org_unit, version, applicant_name, applicant_id_number, channel, matter,
                        category, hardship_basis, received_on, review_due_on, status, decided_on, refusal_reason, case_id,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 2, '王五', ?, 'WALK_IN', '测试事项', ?, '低保', ?, ?, ?, ?, ?, ?, now(), 'test', now(), 'test')""";
            String idNumber = IdNumbers.valid("43050319800101123");
            try (PreparedStatement p = c.prepareStatement(application)) {
                for (Case k : cases) {
                    p.setObject(1, k.applicationId);
                    p.setString(2, k.org);
                    p.setString(3, idNumber);
                    p.setString(4, k.category);
                    p.setDate(5, Date.valueOf(k.received));
                    p.setDate(6, Date.valueOf(k.received.plusDays(7)));
                    p.setString(7, "ACCEPTED");
                    p.setDate(8, Date.valueOf(k.accepted));
                    p.setString(9, null);
                    p.setObject(10, k.id);
                    p.addBatch();
                }
                for (Refused a : otherApplications) {
                    p.setObject(1, a.id());
                    p.setString(2, a.org());
                    p.setString(3, idNumber);
                    p.setString(4, "CIVIL");
                    p.setDate(5, Date.valueOf(a.received()));
                    p.setDate(6, Date.valueOf(a.received().plusDays(7)));
                    p.setString(7, a.refused() ? "REFUSED" : "PENDING");
                    p.setDate(8, a.decided() == null ? null : Date.valueOf(a.decided()));
                    p.setString(9, a.refused() ? "不符合条件" : null);
                    p.setObject(10, null);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO legal_aid_case (id, org_unit, version, application_id, category, complexity, accepted_on,
                        status, provider_id, assigned_on, hearing_attended, hearing_on, closed_on, result, terminated_on,
                        termination_reason, created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'test', now(), 'test')""")) {
                for (Case k : cases) {
                    p.setObject(1, k.id);
                    p.setString(2, k.org);
                    p.setObject(3, k.applicationId);
                    p.setString(4, k.category);
                    p.setString(5, k.complexity);
                    p.setDate(6, Date.valueOf(k.accepted));
                    p.setString(7, k.status());
                    p.setObject(8, k.provider == null ? null : k.provider.id());
                    p.setDate(9, date(k.assigned));
                    p.setBoolean(10, k.hearing != null);
                    p.setDate(11, date(k.hearing));
                    p.setDate(12, date(k.closed));
                    p.setString(13, k.closed == null ? null : "结案");
                    p.setDate(14, date(k.terminated));
                    p.setString(15, k.terminated == null ? null : "PROCEEDINGS_ENDED");
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement r = c.prepareStatement("""
                    INSERT INTO case_review (id, org_unit, version, case_id, kind, reviewed_on, score, result, required_fixes,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, ?, 'CENTER', ?, ?, ?, ?, now(), 'test', now(), 'test')""");
                 PreparedStatement f = c.prepareStatement("""
                    INSERT INTO follow_up (id, org_unit, version, case_id, follow_up_on, satisfied,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, ?, ?, ?, now(), 'test', now(), 'test')""")) {
                for (Case k : cases) {
                    for (Review review : k.reviews) {
                        r.setObject(1, UUID.randomUUID());
                        r.setString(2, k.org);
                        r.setObject(3, k.id);
                        r.setDate(4, Date.valueOf(review.on()));
                        r.setInt(5, review.passed() ? 90 : 50);
                        r.setString(6, review.passed() ? "PASSED" : "FAILED");
                        r.setString(7, review.passed() ? null : "整改");
                        r.addBatch();
                    }
                    for (Follow follow : k.followUps) {
                        f.setObject(1, UUID.randomUUID());
                        f.setString(2, k.org);
                        f.setObject(3, k.id);
                        f.setDate(4, Date.valueOf(follow.on()));
                        f.setBoolean(5, follow.satisfied());
                        f.addBatch();
                    }
                }
                r.executeBatch();
                f.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO consultation (id, org_unit, version, consulted_on, channel, topic,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, ?, ?, '咨询', now(), 'test', now(), 'test')""")) {
                for (Consultation k : consultations) {
                    p.setObject(1, UUID.randomUUID());
                    p.setString(2, k.org());
                    p.setDate(3, Date.valueOf(k.on()));
                    p.setString(4, k.channel());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO service_point (id, org_unit, version, level, name, status, opened_on, closed_on,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, ?, '网点', ?, ?, ?, now(), 'test', now(), 'test')""")) {
                for (Point k : points) {
                    p.setObject(1, UUID.randomUUID());
                    p.setString(2, k.org());
                    p.setString(3, k.level());
                    p.setString(4, k.open() ? "OPEN" : "CLOSED");
                    p.setDate(5, date(k.opened()));
                    p.setDate(6, date(k.closed()));
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    // ---------------------------------------------------------------- counting independently

    Map<String, Long> expected(Predicate<String> org, LocalDate from, LocalDate to) {
        Predicate<LocalDate> in = d -> d != null && (from == null || !d.isBefore(from)) && !d.isAfter(to);
        Map<String, Long> m = new LinkedHashMap<>();
        List<Case> ours = cases.stream().filter(c -> org.test(c.org)).toList();
        m.put("legalaid.applications.received", ours.stream().filter(c -> in.test(c.received)).count()
                + otherApplications.stream().filter(a -> org.test(a.org()) && in.test(a.received())).count());
        m.put("legalaid.applications.refused",
                otherApplications.stream().filter(a -> org.test(a.org()) && a.refused() && in.test(a.decided())).count());
        m.put("legalaid.cases.accepted", ours.stream().filter(c -> in.test(c.accepted)).count());
        for (String[] category : new String[][] {{"civil", "CIVIL"}, {"criminal", "CRIMINAL"},
                {"administrative", "ADMINISTRATIVE"}, {"pleaWitness", "PLEA_WITNESS"}}) {
            m.put("legalaid.cases.accepted." + category[0],
                    ours.stream().filter(c -> in.test(c.accepted) && category[1].equals(c.category)).count());
        }
        m.put("legalaid.cases.complex", ours.stream().filter(c -> in.test(c.accepted) && c.complexity != null).count());
        m.put("legalaid.cases.assigned", ours.stream().filter(c -> in.test(c.assigned)).count());
        m.put("legalaid.cases.senior", ours.stream().filter(c -> in.test(c.assigned) && c.provider.senior()).count());
        m.put("legalaid.cases.hearings", ours.stream().filter(c -> in.test(c.hearing)).count());
        m.put("legalaid.cases.closed", ours.stream().filter(c -> in.test(c.closed)).count());
        m.put("legalaid.cases.terminated", ours.stream().filter(c -> in.test(c.terminated)).count());
        m.put("legalaid.cases.qualified", ours.stream().filter(c -> in.test(c.closed) && !c.reviews.isEmpty()
                && c.reviews.get(c.reviews.size() - 1).passed()).count());
        List<Review> reviews = ours.stream().flatMap(c -> c.reviews.stream()).filter(r -> in.test(r.on())).toList();
        m.put("legalaid.reviews.total", (long) reviews.size());
        m.put("legalaid.reviews.passed", reviews.stream().filter(Review::passed).count());
        m.put("legalaid.reviews.failed", reviews.stream().filter(r -> !r.passed()).count());
        List<Follow> follows = ours.stream().flatMap(c -> c.followUps.stream()).filter(f -> in.test(f.on())).toList();
        m.put("legalaid.followUps", (long) follows.size());
        m.put("legalaid.followUps.satisfied", follows.stream().filter(Follow::satisfied).count());
        List<Consultation> cs = consultations.stream().filter(c -> org.test(c.org()) && in.test(c.on())).toList();
        m.put("legalaid.consultations", (long) cs.size());
        m.put("legalaid.consultations.visit", cs.stream().filter(c -> c.channel().equals("VISIT")).count());
        m.put("legalaid.consultations.hotline12348", cs.stream().filter(c -> c.channel().equals("HOTLINE_12348")).count());
        m.put("legalaid.consultations.online", cs.stream().filter(c -> c.channel().equals("ONLINE")).count());
        Predicate<Point> openOnTo = p -> org.test(p.org()) && (p.opened() == null || !p.opened().isAfter(to))
                && (p.open() || (p.closed() != null && p.closed().isAfter(to)));
        m.put("legalaid.servicePoints.centers", points.stream().filter(openOnTo).filter(p -> p.level().equals("CENTER")).count());
        m.put("legalaid.servicePoints.workstations",
                points.stream().filter(openOnTo).filter(p -> p.level().equals("WORKSTATION")).count());
        m.put("legalaid.servicePoints.workPoints",
                points.stream().filter(openOnTo).filter(p -> p.level().equals("WORK_POINT")).count());
        return m;
    }

    static JsonPath stats(String orgUnit, String from, String to) {
        var request = as("service", DISTRICT).queryParam("orgUnit", orgUnit).queryParam("to", to);
        if (from != null) {
            request.queryParam("from", from);
        }
        return request.get(STATS).then().statusCode(200).extract().jsonPath();
    }

    static void assertMetrics(Map<String, Long> expected, JsonPath answer) {
        Map<String, Long> actual = new LinkedHashMap<>();
        expected.keySet().forEach(name -> actual.put(name, answer.getLong("metrics.'" + name + "'")));
        assertEquals(expected, actual);
        assertTrue(expected.values().stream().filter(v -> v > 0).count() >= expected.size() - 2,
                "the data set exercises almost every metric: " + expected);
    }
}
