package cn.daxiang.justice.mediation.service;

import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.CallCounter;
import cn.daxiang.justice.kit.clock.Period;
import cn.daxiang.justice.kit.clock.WorkingCalendar;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.daxiang.justice.devsupport.testing.Callers.admin;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.PROVINCE;
import static cn.daxiang.justice.mediation.MediationTestSupport.BASE;
import static cn.daxiang.justice.mediation.MediationTestSupport.committee;
import static cn.daxiang.justice.mediation.MediationTestSupport.mediator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stats endpoint against counts computed here, independently of the service's SQL, over data sets
 * built by this test: 雨溪街道 gets a bulk year like the seed's (inserted directly), 檀江街道 a smaller
 * set made through the API. No other test writes to these two org units, nor reward rates for 2021.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class MediationStatsTest {

    static final String STATS = BASE + "/stats";
    static final String YUXI = "430503010000";
    static final String TANJIANG = "430503011000";
    static final String[] CATEGORIES = {"MARRIAGE_FAMILY", "NEIGHBOURHOOD", "LAND_HOUSING", "CONTRACT", "DAMAGES", "LABOUR",
            "LAND_REQUISITION", "MEDICAL", "TRAFFIC", "OTHER"};
    static final String[] SOURCES = {"SCREENING", "APPLICATION", "POLICE_REFERRAL", "COURT_ENTRUSTED", "GOVERNMENT_ASSIGNED",
            "PETITION_REFERRAL"};
    static final String[] LEVELS = {"TOWNSHIP", "VILLAGE", "INDUSTRY", "PROFESSIONAL"};
    static final String[] GRADES = {"SIMPLE", "GENERAL", "COMPLEX", "MAJOR"};
    static final Map<String, BigDecimal> RATES_2021 = Map.of("SIMPLE", new BigDecimal("150.00"), "GENERAL", new BigDecimal("170.50"),
            "COMPLEX", new BigDecimal("200.00"), "MAJOR", new BigDecimal("300.00"));

    record D(UUID id, LocalDate registeredOn, String source, String category, String status, boolean escalation, boolean serious,
             LocalDate startedOn, LocalDate concludedOn, String agreementForm, String referral, LocalDate archivedOn, String grade) {
    }

    record F(UUID dispute, LocalDate visitedOn, String fulfilment) {
    }

    record C(String level, LocalDate start, LocalDate end, boolean active) {
    }

    record M(LocalDate start, LocalDate end, boolean fullTime) {
    }

    record T(String kind, LocalDate heldOn, int attendees) {
    }

    record S(LocalDate periodEnd, int found) {
    }

    /** {@code throughTheApi}: its disputes were written by the API, so their statutory items are in {@code deadline}. */
    record DataSet(List<D> disputes, List<F> followUps, List<C> committees, List<M> mediators, List<T> trainings, List<S> screenings,
                   boolean throughTheApi) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WorkingCalendar calendar;

    static boolean built;
    static DataSet yuxi;
    static DataSet tanjiang;

    synchronized void build() {
        if (built) {
            return;
        }
        for (var rate : RATES_2021.entrySet()) {
            admin().body("{\"year\":2021,\"complexityGrade\":\"%s\",\"amount\":%s}".formatted(rate.getKey(), rate.getValue()))
                    .post(BASE + "/rewards/rates").then().statusCode(201);
        }
        yuxi = buildSeedYear();
        tanjiang = buildThroughTheApi();
        built = true;
    }

    // ---------------------------------------------------------------- the tests

    @Inject
    MediationStats figures;

    @Test
    void oneStatementPerTableAnswersTheDistrictAndEachTownshipGroupedAsEachAlone() {
        build();
        StatsPeriod year = new StatsPeriod(DISTRICT, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        Map<String, String> towns = Map.of("430503010", YUXI, "430503011", TANJIANG, "430503001", "430503001000");
        AtomicInteger statements = new AtomicInteger();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = CallCounter.counting(EntityManager.class, Panache.getEntityManager(), "createNativeQuery", statements);
            Map<String, Map<String, Number>> grouped = figures.computeByChild(em, year, 9, towns);
            assertEquals(9, statements.get(), "dispute, follow-up, committee, mediator, training, screening, the paid rewards' dossiers "
                    + "and mediator lines, deadline: one each");
            assertEquals(figures.compute(year), grouped.get(DISTRICT));
            towns.values().forEach(t -> assertEquals(figures.compute(new StatsPeriod(t, year.from(), year.to())), grouped.get(t), t));
            assertEquals(236L, grouped.get(YUXI).get("mediation.disputes.mediated"), "the seed's year, grouped");
            statements.set(0);
            figures.compute(em, year);
            assertEquals(9, statements.get(), "the district alone: one statement per table too");
        });
    }

    @Test
    void aYearLikeTheSeedsComesOutExactly() {
        build();
        Map<String, BigDecimal> m = metrics(YUXI, "2021-01-01", "2021-12-31", "district-admin", DISTRICT);
        assertEquals(0, new BigDecimal(236).compareTo(m.get("mediation.disputes.mediated")), "mediated");
        assertEquals(0, new BigDecimal(228).compareTo(m.get("mediation.disputes.succeeded")), "succeeded");
        assertEquals(0, new BigDecimal(8).compareTo(m.get("mediation.disputes.failed")), "failed");
        assertEquals(0, new BigDecimal(78).compareTo(m.get("mediation.disputes.escalationPrevented")), "escalation prevented");
        assertEquals(0, new BigDecimal(221).compareTo(m.get("mediation.dossiers.archived")), "dossiers archived");
        // the success rate the evaluation service derives: 228 / 236 = 96.6 %, not the report's rounded 97 %
        BigDecimal rate = m.get("mediation.disputes.succeeded").multiply(BigDecimal.valueOf(100))
                .divide(m.get("mediation.disputes.mediated"), 1, RoundingMode.HALF_UP);
        assertEquals(new BigDecimal("96.6"), rate);
        assertTrue(m.get("mediation.rewards.amount").compareTo(new BigDecimal("37000")) > 0, "rewards over 37,000 yuan");
    }

    @Test
    void everyMetricEqualsAnIndependentCountOverTheSeedYear() {
        build();
        for (String[] period : List.of(new String[]{"2021-01-01", "2021-12-31"}, new String[]{"2021-07-01", "2021-09-30"},
                new String[]{null, "2021-12-31"}, new String[]{"2022-01-01", "2022-12-31"}, new String[]{"2020-01-01", "2020-12-31"})) {
            LocalDate from = period[0] == null ? null : LocalDate.parse(period[0]);
            LocalDate to = LocalDate.parse(period[1]);
            Map<String, BigDecimal> expected = expected(yuxi, from, to);
            Map<String, BigDecimal> actual = metrics(YUXI, period[0], period[1], "service", DISTRICT);
            assertSame(expected, actual, YUXI + " " + period[0] + ".." + period[1]);
        }
    }

    @Test
    void everyMetricEqualsAnIndependentCountOverRecordsMadeThroughTheApi() {
        build();
        for (String[] period : List.of(new String[]{"2021-01-01", "2021-12-31"}, new String[]{"2021-01-01", "2021-06-30"},
                new String[]{null, "2022-12-31"}, new String[]{"2020-01-01", "2020-12-31"})) {
            LocalDate from = period[0] == null ? null : LocalDate.parse(period[0]);
            LocalDate to = LocalDate.parse(period[1]);
            assertSame(expected(tanjiang, from, to), metrics(TANJIANG, period[0], period[1], "township-clerk", TANJIANG),
                    TANJIANG + " " + period[0] + ".." + period[1]);
        }
        // spot checks of the hand-made set, so a bug shared by both computations cannot hide
        Map<String, BigDecimal> m = metrics(TANJIANG, "2021-01-01", "2021-12-31", "evaluator", DISTRICT);
        assertEquals(0, BigDecimal.valueOf(3).compareTo(m.get("mediation.disputes.conclusion.due")), "due 06-01, 07-01, 09-01");
        assertEquals(0, BigDecimal.valueOf(3).compareTo(m.get("mediation.disputes.conclusion.onTime")));
        // registered 2021-12-30: due Sunday 2022-01-30, a working day before Spring Festival (调休上班日), still open
        Map<String, BigDecimal> next = metrics(TANJIANG, "2022-01-30", "2022-01-30", "evaluator", DISTRICT);
        assertEquals(0, BigDecimal.ONE.compareTo(next.get("mediation.disputes.conclusion.overdue")));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(m.get("mediation.committees")));
        assertEquals(0, BigDecimal.valueOf(3).compareTo(m.get("mediation.mediators")));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(m.get("mediation.mediators.elected")));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(m.get("mediation.trainings.sessions")));
        assertEquals(0, BigDecimal.valueOf(4).compareTo(m.get("mediation.trainings.attendances")));
        assertEquals(0, BigDecimal.valueOf(4).compareTo(m.get("mediation.screenings.reported")));
        assertEquals(0, BigDecimal.valueOf(2).compareTo(m.get("mediation.screenings.zeroReports")));
        assertEquals(0, new BigDecimal("200.00").compareTo(m.get("mediation.rewards.amount")));
        assertEquals(0, BigDecimal.ONE.compareTo(m.get("mediation.agreements.fulfilled")));
        assertEquals(0, BigDecimal.ONE.compareTo(m.get("mediation.disputes.category.labour")));
        assertEquals(0, BigDecimal.ONE.compareTo(m.get("mediation.disputes.source.courtEntrusted")));
    }

    @Test
    void statsAreScopedAndReadableByTheStatsRoles() {
        build();
        for (String role : List.of("service", "evaluator", "district-admin", "provincial-reader")) {
            String unit = role.equals("provincial-reader") ? PROVINCE : DISTRICT;
            as(role, unit).queryParam("orgUnit", YUXI).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get(STATS)
                    .then().statusCode(200).body("orgUnit", equalTo(YUXI)).body("from", equalTo("2021-01-01"))
                    .body("to", equalTo("2021-12-31")).body("metrics.'mediation.disputes.mediated'", equalTo(236));
        }
        // a clerk gets its own office by default and may not look at another's
        as("township-clerk", YUXI).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get(STATS).then()
                .statusCode(200).body("orgUnit", equalTo(YUXI)).body("metrics.'mediation.disputes.succeeded'", equalTo(228));
        as("township-clerk", YUXI).queryParam("orgUnit", TANJIANG).get(STATS).then().statusCode(403)
                .contentType("application/problem+json");
        as("township-clerk", TANJIANG).queryParam("from", "2021-01-01").queryParam("to", "2021-12-31").get(STATS).then()
                .statusCode(200).body("metrics.'mediation.disputes.mediated'", equalTo(2));
        as("district-admin", DISTRICT).queryParam("from", "2021-12-31").queryParam("to", "2021-01-01").get(STATS).then()
                .statusCode(400).body("errors.field", hasItems("from"));
        as("district-admin", DISTRICT).queryParam("orgUnit", "430503999000").get(STATS).then().statusCode(400);
        as("district-admin", DISTRICT).queryParam("from", "2021-13-01").get(STATS).then().statusCode(400)
                .contentType("application/problem+json");
        io.restassured.RestAssured.given().get(STATS).then().statusCode(401);
    }

    @Test
    void theCatalogNamesEveryMetricServed() {
        build();
        List<String> names = as("evaluator", DISTRICT).get(STATS + "/catalog").then().statusCode(200)
                .body("items.labelZh", hasItems("调处矛盾纠纷数", "调解成功数"))
                .extract().jsonPath().getList("items.name", String.class);
        List<String> counting = as("service", DISTRICT).get(STATS + "/catalog").then().statusCode(200)
                .extract().jsonPath().getList("items.counting", String.class);
        assertTrue(counting.stream().noneMatch(c -> c == null || c.isBlank()), "every metric says how it is counted");
        assertEquals(names.size(), new HashSet<>(names).size(), "metric names are unique");
        Map<String, BigDecimal> served = metrics(YUXI, "2021-01-01", "2021-12-31", "service", DISTRICT);
        assertEquals(new TreeSet<>(served.keySet()), new TreeSet<>(names));
        List<String> required = new ArrayList<>(List.of("mediation.disputes.registered", "mediation.disputes.mediated",
                "mediation.disputes.succeeded", "mediation.disputes.failed", "mediation.disputes.withdrawn",
                "mediation.disputes.escalationPrevented", "mediation.disputes.serious", "mediation.followUps",
                "mediation.agreements.fulfilled", "mediation.committees", "mediation.mediators", "mediation.mediators.elected",
                "mediation.trainings.sessions", "mediation.trainings.attendances", "mediation.dossiers.archived",
                "mediation.rewards.amount", "mediation.rewards.paid.amount", "mediation.rewards.paid.dossiers",
                "mediation.rewards.paid.mediators", "mediation.screenings.reported", "mediation.screenings.zeroReports"));
        for (String c : CATEGORIES) {
            required.add("mediation.disputes.category." + camel(c));
        }
        for (String s : SOURCES) {
            required.add("mediation.disputes.source." + camel(s));
        }
        for (String l : LEVELS) {
            required.add("mediation.committees." + camel(l));
        }
        assertTrue(names.containsAll(required), "missing: " + required.stream().filter(r -> !names.contains(r)).toList());
    }

    // ---------------------------------------------------------------- the independent computation

    Map<String, BigDecimal> expected(DataSet set, LocalDate from, LocalDate to) {
        LocalDate start = from == null ? LocalDate.of(1900, 1, 1) : from;
        Map<String, Long> n = new LinkedHashMap<>();
        BigDecimal reward = BigDecimal.ZERO;
        for (D d : set.disputes()) {
            boolean reg = in(d.registeredOn(), start, to);
            boolean con = in(d.concludedOn(), start, to);
            boolean mediated = con && (d.status().equals("SUCCEEDED") || d.status().equals("FAILED"));
            inc(n, "mediation.disputes.registered", reg);
            inc(n, "mediation.disputes.mediated", mediated);
            inc(n, "mediation.disputes.succeeded", con && d.status().equals("SUCCEEDED"));
            inc(n, "mediation.disputes.failed", con && d.status().equals("FAILED"));
            inc(n, "mediation.disputes.withdrawn", con && d.status().equals("WITHDRAWN"));
            inc(n, "mediation.disputes.escalationPrevented", mediated && d.escalation());
            inc(n, "mediation.disputes.serious", reg && d.serious());
            for (String c : CATEGORIES) {
                inc(n, "mediation.disputes.category." + camel(c), reg && d.category().equals(c));
            }
            for (String s : SOURCES) {
                inc(n, "mediation.disputes.source." + camel(s), reg && d.source().equals(s));
            }
            // no data set seeks judicial confirmation or feeds back; referred: the four referral sources
            inc(n, "mediation.agreements.judicialConfirmation.applied", false);
            inc(n, "mediation.agreements.judicialConfirmation.ruled", false);
            inc(n, "mediation.agreements.judicialConfirmation.confirmed", false);
            inc(n, "mediation.agreements.judicialConfirmation.rejected", false);
            inc(n, "mediation.referrals.concluded", con && !d.source().equals("SCREENING") && !d.source().equals("APPLICATION"));
            inc(n, "mediation.referrals.fedBack", false);
            inc(n, "mediation.agreements.written", con && d.status().equals("SUCCEEDED") && "WRITTEN".equals(d.agreementForm()));
            inc(n, "mediation.agreements.oral", con && d.status().equals("SUCCEEDED") && "ORAL".equals(d.agreementForm()));
            boolean archived = in(d.archivedOn(), start, to);
            inc(n, "mediation.dossiers.archived", archived);
            if (archived && d.archivedOn().getYear() == 2021) {
                reward = reward.add(RATES_2021.get(d.grade()));
            }
        }
        Set<UUID> fulfilled = new HashSet<>();
        for (F f : set.followUps()) {
            boolean visited = in(f.visitedOn(), start, to);
            inc(n, "mediation.followUps", visited);
            if (visited && f.fulfilment().equals("FULFILLED")) {
                fulfilled.add(f.dispute());
            }
        }
        n.put("mediation.agreements.fulfilled", (long) fulfilled.size());
        for (C c : set.committees()) {
            boolean on = !c.start().isAfter(to) && (c.end() == null || !c.end().isBefore(to)) && (c.active() || c.end() != null);
            inc(n, "mediation.committees", on);
            for (String l : LEVELS) {
                inc(n, "mediation.committees." + camel(l), on && c.level().equals(l));
            }
        }
        for (M m : set.mediators()) {
            boolean on = !m.start().isAfter(to) && (m.end() == null || !m.end().isBefore(to));
            inc(n, "mediation.mediators", on);
            inc(n, "mediation.mediators.fullTime", on && m.fullTime());
            inc(n, "mediation.mediators.elected", in(m.start(), start, to));
        }
        for (T t : set.trainings()) {
            boolean held = in(t.heldOn(), start, to);
            inc(n, "mediation.trainings.sessions", held);
            inc(n, "mediation.trainings.sessions.initial", held && t.kind().equals("INITIAL"));
            inc(n, "mediation.trainings.sessions.annual", held && t.kind().equals("ANNUAL"));
            n.merge("mediation.trainings.attendances", held ? (long) t.attendees() : 0L, Long::sum);
        }
        for (S s : set.screenings()) {
            boolean reported = in(s.periodEnd(), start, to);
            inc(n, "mediation.screenings.reported", reported);
            inc(n, "mediation.screenings.zeroReports", reported && s.found() == 0);
            n.merge("mediation.screenings.disputesFound", reported ? (long) s.found() : 0L, Long::sum);
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        n.forEach((k, v) -> out.put(k, BigDecimal.valueOf(v)));
        for (String name : List.of("mediation.committees", "mediation.mediators", "mediation.mediators.fullTime", "mediation.mediators.elected",
                "mediation.trainings.sessions", "mediation.trainings.sessions.initial", "mediation.trainings.sessions.annual",
                "mediation.trainings.attendances", "mediation.screenings.reported", "mediation.screenings.zeroReports",
                "mediation.screenings.disputesFound", "mediation.followUps",
                // no data set here has a payment batch (RewardPaymentTest counts those)
                "mediation.rewards.paid.amount", "mediation.rewards.paid.dossiers", "mediation.rewards.paid.mediators")) {
            out.putIfAbsent(name, BigDecimal.ZERO);
        }
        for (String l : LEVELS) {
            out.putIfAbsent("mediation.committees." + camel(l), BigDecimal.ZERO);
        }
        out.put("mediation.rewards.amount", reward);
        // timeliness (issue 18): a month from registration, by the kit's calendar; no data set seeks judicial confirmation,
        // and no committee of theirs has a follow-up rule
        Map<String, Long> t = new LinkedHashMap<>();
        for (String base : List.of("mediation.disputes.conclusion", "mediation.agreements.judicialConfirmation",
                "mediation.disputes.followUp")) {
            for (String suffix : List.of(".due", ".onTime", ".late", ".overdue")) {
                t.put(base + suffix, 0L);
            }
        }
        for (D d : set.throughTheApi() ? set.disputes() : List.<D>of()) {
            LocalDate due = Period.months(1).due(d.registeredOn(), List.of(), calendar);
            boolean inPeriod = in(due, start, to);
            inc(t, "mediation.disputes.conclusion.due", inPeriod);
            inc(t, "mediation.disputes.conclusion.onTime", inPeriod && d.concludedOn() != null && !d.concludedOn().isAfter(due));
            inc(t, "mediation.disputes.conclusion.late", inPeriod && d.concludedOn() != null && d.concludedOn().isAfter(due));
            inc(t, "mediation.disputes.conclusion.overdue", inPeriod && d.concludedOn() == null && due.isBefore(LocalDate.now()));
        }
        t.forEach((k, v) -> out.put(k, BigDecimal.valueOf(v)));
        return out;
    }

    static void assertSame(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual, String where) {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), where + ": metric names");
        for (var e : expected.entrySet()) {
            assertEquals(0, e.getValue().compareTo(actual.get(e.getKey())),
                    where + ": " + e.getKey() + " expected " + e.getValue() + " but was " + actual.get(e.getKey()));
        }
    }

    static boolean in(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    static void inc(Map<String, Long> n, String name, boolean when) {
        n.merge(name, when ? 1L : 0L, Long::sum);
    }

    static String camel(String upperSnake) {
        String[] words = upperSnake.toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return s.toString();
    }

    static Map<String, BigDecimal> metrics(String orgUnit, String from, String to, String role, String callerUnit) {
        var request = as(role, callerUnit).queryParam("orgUnit", orgUnit).queryParam("to", to);
        if (from != null) {
            request = request.queryParam("from", from);
        }
        Map<String, Object> raw = request.get(STATS).then().statusCode(200)
                .extract().body().jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).getMap("metrics");
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, new BigDecimal(v.toString())));
        return out;
    }

    // ---------------------------------------------------------------- the data sets

    /** 雨溪街道: a year like the seed's, 236 mediated of which 228 succeeded, 78 escalations prevented, 221 dossiers. */
    DataSet buildSeedYear() {
        UUID committee = committee(YUXI, "TOWNSHIP", "2019-01-01", null, "ACTIVE");
        Random r = new Random(2021);
        List<D> ds = new ArrayList<>();
        LocalDate jan1 = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < 228; i++) {
            LocalDate reg = i < 4 ? LocalDate.of(2020, 12, 20 + i) : jan1.plusDays(r.nextInt(330));
            LocalDate started = reg.plusDays(1);
            LocalDate concluded = i < 4 ? LocalDate.of(2021, 1, 5) : started.plusDays(r.nextInt(20));
            LocalDate archived = null;
            if (i < 216) {
                archived = concluded.plusDays(3);
            } else if (i < 220) {
                reg = LocalDate.of(2021, 12, 1);
                started = reg.plusDays(1);
                concluded = LocalDate.of(2021, 12, 28);
                archived = LocalDate.of(2022, 1, 10);
            }
            ds.add(dispute(ds.size(), reg, "SUCCEEDED", i < 70, started, concluded, i % 3 == 0 ? "ORAL" : "WRITTEN", null,
                    archived, archived == null ? null : GRADES[r.nextInt(4)]));
        }
        String[] referrals = {"LITIGATION", "ARBITRATION", "ADMINISTRATIVE", "PETITION", "NONE"};
        for (int i = 0; i < 8; i++) {
            LocalDate reg = LocalDate.of(2021, 3, 1).plusDays(i * 10L);
            LocalDate concluded = reg.plusDays(6);
            ds.add(dispute(ds.size(), reg, "FAILED", true, reg.plusDays(1), concluded, null, referrals[i % 5],
                    i < 5 ? concluded.plusDays(3) : null, i < 5 ? GRADES[i % 4] : null));
        }
        for (int i = 0; i < 6; i++) {
            LocalDate reg = LocalDate.of(2021, 5, 1).plusDays(i * 7L);
            ds.add(dispute(ds.size(), reg, "WITHDRAWN", true, i < 3 ? null : reg.plusDays(1), reg.plusDays(4), null, null, null, null));
        }
        for (int i = 0; i < 10; i++) {
            LocalDate reg = LocalDate.of(2021, 12, 1).plusDays(i);
            ds.add(dispute(ds.size(), reg, "MEDIATING", true, reg.plusDays(1), null, null, null, null, null));
        }
        for (int i = 0; i < 5; i++) {
            ds.add(dispute(ds.size(), LocalDate.of(2021, 12, 10).plusDays(i), "REGISTERED", false, null, null, null, null, null, null));
        }
        for (int i = 0; i < 12; i++) {
            LocalDate reg = LocalDate.of(2020, 3, 1).plusDays(i * 5L);
            LocalDate concluded = reg.plusDays(10);
            ds.add(dispute(ds.size(), reg, "SUCCEEDED", true, reg.plusDays(1), concluded, "WRITTEN", null, concluded.plusDays(3), "SIMPLE"));
        }
        for (int i = 0; i < 7; i++) {
            LocalDate reg = LocalDate.of(2021, 12, 20).plusDays(i);
            ds.add(dispute(ds.size(), reg, "SUCCEEDED", true, reg.plusDays(1), LocalDate.of(2022, 1, 5).plusDays(i), "ORAL", null,
                    LocalDate.of(2022, 1, 20), "GENERAL"));
        }
        List<F> fs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            D d = ds.get(i);
            fs.add(new F(d.id(), d.concludedOn().plusDays(7), i % 4 == 3 ? "PARTLY" : "FULFILLED"));
            if (i < 10) {
                fs.add(new F(d.id(), d.concludedOn().plusDays(30), "FULFILLED"));
            }
        }
        D late = ds.get(218); // concluded 2021-12-28: its visit falls in 2022
        fs.add(new F(late.id(), LocalDate.of(2022, 1, 15), "FULFILLED"));
        insert(committee, ds, fs);
        return new DataSet(ds, fs, List.of(new C("TOWNSHIP", LocalDate.of(2019, 1, 1), null, true)), List.of(), List.of(), List.of(), false);
    }

    static D dispute(int i, LocalDate reg, String status, boolean escalation, LocalDate started, LocalDate concluded, String form,
                     String referral, LocalDate archived, String grade) {
        return new D(UUID.randomUUID(), reg, SOURCES[(i * 7) % 5], CATEGORIES[i % 10], status, escalation, i % 9 == 0,
                started, concluded, form, referral, archived, grade);
    }

    void insert(UUID committee, List<D> ds, List<F> fs) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO dispute (id, org_unit, version, committee_id, registered_on, source, category, summary, status,
                        escalation_prevented, serious, started_on, concluded_on, agreement_form, referral, archived_on, complexity_grade,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, ?, ?, ?, ?, '批量登记的纠纷', ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), 'test', now(), 'test')
                    """)) {
                for (D d : ds) {
                    st.setObject(1, d.id());
                    st.setString(2, YUXI);
                    st.setObject(3, committee);
                    st.setDate(4, Date.valueOf(d.registeredOn()));
                    st.setString(5, d.source());
                    st.setString(6, d.category());
                    st.setString(7, d.status());
                    st.setBoolean(8, d.escalation());
                    st.setBoolean(9, d.serious());
                    st.setDate(10, d.startedOn() == null ? null : Date.valueOf(d.startedOn()));
                    st.setDate(11, d.concludedOn() == null ? null : Date.valueOf(d.concludedOn()));
                    st.setString(12, d.agreementForm());
                    st.setString(13, d.referral());
                    st.setDate(14, d.archivedOn() == null ? null : Date.valueOf(d.archivedOn()));
                    st.setString(15, d.grade());
                    st.addBatch();
                }
                st.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO follow_up (id, org_unit, version, dispute_id, visited_on, fulfilment, satisfaction,
                        created_at, created_by, updated_at, updated_by)
                    VALUES (?, ?, 1, ?, ?, ?, 'SATISFIED', now(), 'test', now(), 'test')
                    """)) {
                for (F f : fs) {
                    st.setObject(1, UUID.randomUUID());
                    st.setString(2, YUXI);
                    st.setObject(3, f.dispute());
                    st.setDate(4, Date.valueOf(f.visitedOn()));
                    st.setString(5, f.fulfilment());
                    st.addBatch();
                }
                st.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 檀江街道: committees, mediators, trainings, screenings and disputes, all made through the API. */
    DataSet buildThroughTheApi() {
        List<C> cs = List.of(
                new C("TOWNSHIP", LocalDate.of(2018, 1, 1), null, true),
                new C("VILLAGE", LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), true),
                new C("INDUSTRY", LocalDate.of(2019, 1, 1), LocalDate.of(2021, 6, 30), false),
                new C("PROFESSIONAL", LocalDate.of(2022, 1, 1), null, true),
                new C("VILLAGE", LocalDate.of(2020, 1, 1), null, false));
        List<UUID> committees = new ArrayList<>();
        for (C c : cs) {
            committees.add(committee(TANJIANG, c.level(), c.start().toString(), c.end() == null ? null : c.end().toString(),
                    c.active() ? "ACTIVE" : "DISSOLVED"));
        }
        List<M> ms = List.of(
                new M(LocalDate.of(2018, 1, 1), null, true),
                new M(LocalDate.of(2021, 3, 1), null, false),
                new M(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), false),
                new M(LocalDate.of(2022, 1, 1), null, true),
                new M(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), false));
        List<UUID> mediators = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            M m = ms.get(i);
            mediators.add(mediator(committees.get(i % 2), "调解员" + i, m.fullTime() ? "FULL_TIME" : "PART_TIME", m.start().toString(),
                    m.end() == null ? null : m.end().toString()));
        }
        UUID m0 = mediators.get(0), m1 = mediators.get(1), m2 = mediators.get(2), m4 = mediators.get(4);
        training("INITIAL", "2021-03-10", List.of(m1, m2));
        UUID annual = training("ANNUAL", "2021-11-20", List.of(m0, m1, m2));
        training("ANNUAL", "2022-02-01", List.of(m0));
        training("ANNUAL", "2020-12-31", List.of(m4));
        // one attendance corrected away: the stats follow the record as it is now
        admin().body("""
                {"orgUnit":"%s","kind":"ANNUAL","title":"年度培训","heldOn":"2021-11-20","hours":6,"attendeeIds":["%s","%s"],"version":1}
                """.formatted(TANJIANG, m0, m1)).put(BASE + "/trainings/" + annual).then().statusCode(200)
                .body("version", equalTo(2));
        List<T> ts = List.of(new T("INITIAL", LocalDate.of(2021, 3, 10), 2), new T("ANNUAL", LocalDate.of(2021, 11, 20), 2),
                new T("ANNUAL", LocalDate.of(2022, 2, 1), 1), new T("ANNUAL", LocalDate.of(2020, 12, 31), 1));

        List<S> ss = List.of(new S(LocalDate.of(2021, 1, 31), 3), new S(LocalDate.of(2021, 2, 28), 0), new S(LocalDate.of(2021, 3, 31), 0),
                new S(LocalDate.of(2021, 4, 30), 1), new S(LocalDate.of(2020, 12, 31), 2), new S(LocalDate.of(2022, 1, 31), 0));
        for (S s : ss) {
            as("township-clerk", TANJIANG).body("""
                    {"orgUnit":"%s","periodStart":"%s","periodEnd":"%s","disputesFound":%d}
                    """.formatted(TANJIANG, s.periodEnd().withDayOfMonth(1), s.periodEnd(), s.found()))
                    .post(BASE + "/screenings").then().statusCode(201).body("zeroReport", equalTo(s.found() == 0));
        }

        UUID committee = committees.get(0);
        List<D> ds = new ArrayList<>();
        List<F> fs = new ArrayList<>();
        D d1 = new D(UUID.randomUUID(), LocalDate.of(2021, 5, 1), "SCREENING", "MARRIAGE_FAMILY", "SUCCEEDED", true, false,
                LocalDate.of(2021, 5, 2), LocalDate.of(2021, 5, 10), "ORAL", null, LocalDate.of(2021, 6, 5), "COMPLEX");
        D d2 = new D(UUID.randomUUID(), LocalDate.of(2021, 6, 1), "COURT_ENTRUSTED", "LABOUR", "FAILED", false, true,
                LocalDate.of(2021, 6, 2), LocalDate.of(2021, 7, 1), null, "ARBITRATION", null, null);
        D d3 = new D(UUID.randomUUID(), LocalDate.of(2021, 8, 1), "APPLICATION", "TRAFFIC", "WITHDRAWN", false, false,
                null, LocalDate.of(2021, 8, 3), null, null, null, null);
        D d4 = new D(UUID.randomUUID(), LocalDate.of(2021, 12, 30), "POLICE_REFERRAL", "DAMAGES", "MEDIATING", false, false,
                LocalDate.of(2022, 1, 3), null, null, null, null, null);
        for (D d : List.of(d1, d2, d3, d4)) {
            through(d, committee, m0);
            ds.add(d);
        }
        for (F f : List.of(new F(d1.id(), LocalDate.of(2021, 6, 1), "FULFILLED"), new F(d2.id(), LocalDate.of(2021, 8, 1), "NOT_FULFILLED"),
                new F(d1.id(), LocalDate.of(2022, 1, 2), "FULFILLED"))) {
            as("township-clerk", TANJIANG).body("{\"visitedOn\":\"%s\",\"fulfilment\":\"%s\",\"satisfaction\":\"SATISFIED\"}"
                    .formatted(f.visitedOn(), f.fulfilment())).post(BASE + "/disputes/" + f.dispute() + "/follow-up").then().statusCode(201);
            fs.add(f);
        }
        return new DataSet(ds, fs, cs, ms, ts, ss, true);
    }

    UUID training(String kind, String heldOn, List<UUID> attendees) {
        UUID id = UUID.randomUUID();
        String ids = String.join("\",\"", attendees.stream().map(UUID::toString).toList());
        admin().body("""
                {"id":"%s","orgUnit":"%s","kind":"%s","title":"年度培训","heldOn":"%s","hours":6,"attendeeIds":["%s"]}
                """.formatted(id, TANJIANG, kind, heldOn, ids)).post(BASE + "/trainings").then().statusCode(201)
                .body("attendeeIds.size()", equalTo(attendees.size()));
        return id;
    }

    /** Takes a dispute through the API to the state the descriptor says. */
    static void through(D d, UUID committee, UUID mediator) {
        String path = BASE + "/disputes/" + d.id();
        as("township-clerk", TANJIANG).body("""
                {"id":"%s","orgUnit":"%s","committeeId":"%s","registeredOn":"%s","source":"%s","category":"%s","summary":"纠纷",
                 "serious":%s,"parties":[{"name":"甲","role":"APPLICANT"}],"mediatorIds":["%s"]}
                """.formatted(d.id(), TANJIANG, committee, d.registeredOn(), d.source(), d.category(), d.serious(), mediator))
                .post(BASE + "/disputes").then().statusCode(201);
        long version = 1;
        if (d.startedOn() != null) {
            as("township-clerk", TANJIANG).body("{\"startedOn\":\"%s\",\"version\":%d}".formatted(d.startedOn(), version))
                    .post(path + "/start").then().statusCode(200);
            version++;
        }
        if (d.concludedOn() != null) {
            String extra = (d.agreementForm() == null ? "" : ",\"agreementForm\":\"" + d.agreementForm() + "\"")
                    + (d.referral() == null ? "" : ",\"referral\":\"" + d.referral() + "\"");
            as("township-clerk", TANJIANG).body("{\"outcome\":\"%s\",\"concludedOn\":\"%s\",\"escalationPrevented\":%s,\"version\":%d%s}"
                    .formatted(d.status(), d.concludedOn(), d.escalation(), version, extra)).post(path + "/conclude").then().statusCode(200);
            version++;
        }
        if (d.archivedOn() != null) {
            as("township-clerk", TANJIANG).body("{\"archivedOn\":\"%s\",\"complexityGrade\":\"%s\",\"version\":%d}"
                    .formatted(d.archivedOn(), d.grade(), version)).post(path + "/archive").then().statusCode(200);
        }
    }
}
