package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.TestData;
import cn.daxiang.justice.devsupport.EmbeddedPostgresResource;
import cn.daxiang.justice.devsupport.testing.CallCounter;
import cn.daxiang.justice.kit.clock.CalendarYearMissingException;
import cn.daxiang.justice.kit.clock.WorkingCalendar;
import cn.daxiang.justice.kit.stats.StatsPeriod;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static cn.daxiang.justice.corrections.TestData.BASE;
import static cn.daxiang.justice.corrections.TestData.SUBJECTS;
import static cn.daxiang.justice.corrections.TestData.map;
import static cn.daxiang.justice.corrections.TestData.subject;
import static cn.daxiang.justice.devsupport.testing.Callers.as;
import static cn.daxiang.justice.kit.clock.Period.days;
import static cn.daxiang.justice.kit.clock.Period.workingDays;
import static cn.daxiang.justice.devsupport.testing.OrgUnits.DISTRICT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds a data set through the API (three townships, 2019-2024, every type, every end reason,
 * level changes, violations, investigations, education, visits, resettlement with hand-overs),
 * computes every metric independently from that data set in Java, and compares it with the
 * service's SQL for several periods, each township alone and the district as a whole.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class CorrectionsStatsTest {

    static final String STATS = BASE + "/stats";
    /** Townships that no other test writes to, so their figures are exactly this data set's. */
    static final List<String> TOWNS = List.of("430503001000", "430503002000", "430503003000");
    static final String[] TYPES = {"CONTROL", "PROBATION", "PAROLE", "OUTSIDE_PRISON"};
    static final String[] LEVELS = {"STRICT", "NORMAL", "LENIENT"};
    static final String[] OUTCOMES = {null, "TERM_SERVED", "PARDON", "REVOKED", "IMPRISONED", "DEATH"};
    static final String[] SANCTIONS = {"ADMONITION", "WARNING", "REVOCATION_PROPOSAL"};
    static final String[] SUPERVISION = {"DAILY_REPORT", "CONTACT", "HOME_VISIT", "WORKPLACE_VISIT", "INFORMATION_CHECK"};

    /** A period asked for: {@code from} null is "since the beginning". */
    record Period(LocalDate from, LocalDate to) {
        boolean contains(LocalDate d) {
            return d != null && (from == null || !d.isBefore(from)) && !d.isAfter(to);
        }
    }

    record Level(LocalDate on, String level) {
    }

    record S(UUID id, String org, String type, LocalDate intake, LocalDate ended, String reason, List<Level> levels,
             LocalDate judgmentEffectiveOn, LocalDate reportedOn) {
        boolean released() {
            return "TERM_SERVED".equals(reason) || "PARDON".equals(reason);
        }

        boolean terminated() {
            return reason != null && !released();
        }

        boolean activeOn(LocalDate day) {
            return !intake.isAfter(day) && (ended == null || ended.isAfter(day));
        }

        String levelOn(LocalDate day) {
            String level = null;
            for (Level l : levels) {
                if (!l.on().isAfter(day)) {
                    level = l.level();
                }
            }
            return level;
        }
    }

    record Inv(String org, LocalDate entrusted, boolean expedited, LocalDate completed, String opinion) {
    }

    record Edu(String org, LocalDate held, int attendees) {
    }

    record Visit(String org, LocalDate on) {
    }

    record Vio(String org, LocalDate on, String sanction) {
    }

    record Sup(String org, LocalDate on, String kind, boolean abnormal) {
    }

    record Res(String org, String source, LocalDate received, boolean linked, boolean keyTarget, int team, LocalDate ended,
               LocalDate released, LocalDate contacted, LocalDate notice, boolean handedOver, LocalDate handoverOn) {

        /** The first contact: the day contacted or a hand-over that reached the person, whichever came first. */
        LocalDate firstContact() {
            LocalDate h = handedOver ? handoverOn : null;
            return h == null || (contacted != null && contacted.isBefore(h)) ? contacted : h;
        }
    }

    /** A 帮教 visit: its day and kind. */
    record ResVisit(String org, LocalDate on, String kind) {
    }

    final List<ResVisit> resettlementVisits = new ArrayList<>();
    static final String[] HANDOVERS = {"PICKED_UP_AT_GATE", "HANDED_OVER_BY_PRISON", "CONTACTED", "NOT_REACHED", null};
    static final String[] VISIT_KINDS = {"HOME_VISIT", "TALK", "PHONE", "ASSISTANCE"};

    final List<S> subjects = new ArrayList<>();
    final List<Inv> investigations = new ArrayList<>();
    final List<Edu> sessions = new ArrayList<>();
    final List<Visit> visits = new ArrayList<>();
    final List<Vio> violations = new ArrayList<>();
    final List<Sup> supervision = new ArrayList<>();
    final List<Res> persons = new ArrayList<>();
    final List<Loc> locations = new ArrayList<>();
    final List<Lv> leaves = new ArrayList<>();

    /** A leave request: applied, its days, its status after the decision, and the day of the return (销假). */
    record Lv(String org, UUID subject, LocalDate applied, LocalDate from, LocalDate until, String status, LocalDate returned) {
    }

    /** An absconding case: its discovery, its end (null while open) and how it ended. */
    record Abs(String org, UUID subject, LocalDate discovered, LocalDate ended, String status) {
    }

    /** A reward (表扬) and the day it was decided. */
    record Rew(String org, LocalDate decided) {
    }

    final List<Abs> absconding = new ArrayList<>();
    final List<Rew> rewards = new ArrayList<>();

    /** A revocation proposal: its date, its status after the approval and the decision, and the decision's date. */
    record Rev(String org, LocalDate proposed, String status, LocalDate decided) {
    }

    final List<Rev> revocations = new ArrayList<>();

    /** A correction team member: its subject and its period. */
    record Mem(String org, UUID subjectId, LocalDate joined, LocalDate left) {
        /** In the team at the end of {@code to}, its subject (as it ended up, a granted revocation included) in correction then. */
        boolean onTeam(LocalDate to, S subject) {
            return !joined.isAfter(to) && (left == null || !left.isBefore(to)) && !subject.intake().isAfter(to)
                    && (subject.ended() == null || subject.ended().isAfter(to));
        }
    }

    final List<Mem> members = new ArrayList<>();

    /** A correction plan: the day it was drawn up and its version. */
    record Plan(String org, LocalDate drawnUp, int version) {
    }

    final List<Plan> plans = new ArrayList<>();

    /** An electronic location: decided, its period, the day it was ended (解除) and the day its review was met. */
    record Loc(String org, UUID subject, LocalDate decided, LocalDate starts, LocalDate ends, LocalDate ended, LocalDate met) {
    }

    static final List<Period> PERIODS = List.of(
            new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)),
            new Period(null, LocalDate.of(2022, 6, 30)),
            new Period(LocalDate.of(2020, 3, 1), LocalDate.of(2024, 5, 31)),
            new Period(null, LocalDate.of(2025, 12, 31)),
            new Period(LocalDate.of(2019, 6, 15), LocalDate.of(2019, 6, 15)));

    @Test
    void statsEqualCountsComputedFromTheDataSet() {
        Map<Period, Map<String, Number>> districtBefore = new HashMap<>();
        for (Period p : PERIODS) {
            districtBefore.put(p, stats(DISTRICT, p));
        }
        build(new Random(20211231L));

        List<String> catalog = as("service", DISTRICT).get(STATS + "/catalog").then().statusCode(200)
                .body("items[0].labelZh", notNullValue()).body("items[0].counting", notNullValue())
                .extract().path("items.name");

        for (Period p : PERIODS) {
            Map<String, Long> districtExpected = new LinkedHashMap<>();
            for (String town : TOWNS) {
                Map<String, Long> expected = expected(town, p);
                Map<String, Number> actual = stats(town, p);
                assertEquals(new java.util.TreeSet<>(catalog), new java.util.TreeSet<>(actual.keySet()),
                        "the answer carries exactly the catalog's metrics");
                assertTrue(expected.keySet().containsAll(catalog), "the test computes every metric of the catalog");
                for (String metric : catalog) {
                    assertEquals(expected.get(metric), actual.get(metric).longValue(), town + " " + p + " " + metric);
                }
                expected.forEach((k, v) -> districtExpected.merge(k, v, Long::sum));
            }
            Map<String, Number> districtAfter = stats(DISTRICT, p);
            for (String metric : catalog) {
                assertEquals(districtExpected.get(metric),
                        districtAfter.get(metric).longValue() - districtBefore.get(p).get(metric).longValue(),
                        "district " + p + " " + metric);
            }
        }

        // the data set really exercises what it claims to
        Period all = new Period(null, LocalDate.of(2025, 12, 31));
        Map<String, Long> town0 = expected(TOWNS.get(0), all);
        Map<String, Long> sum = new HashMap<>();
        TOWNS.forEach(t -> expected(t, all).forEach((k, v) -> sum.merge(k, v, Long::sum)));
        for (String metric : List.of("corrections.subjects.received", "corrections.subjects.released",
                "corrections.subjects.terminated.revoked", "corrections.subjects.terminated.imprisoned",
                "corrections.subjects.terminated.death", "corrections.violations", "corrections.education.personTimes",
                "corrections.resettlement.linked", "corrections.resettlement.keyTargetsWithTeam",
                "corrections.subjects.reportIn.onTime", "corrections.subjects.reportIn.late", "corrections.subjects.reportIn.overdue",
                "corrections.subjects.release.onTime", "corrections.subjects.release.overdue",
                "corrections.investigations.completion.due",
                "resettlement.persons.contact.onTime", "resettlement.persons.contact.late", "resettlement.persons.contact.overdue",
                "corrections.resettlement.noticeOnTime", "corrections.resettlement.noticeLate",
                "corrections.electronicLocation.decided", "corrections.electronicLocation.review.due",
                "corrections.supervision.records", "corrections.supervision.homeVisits",
                "corrections.supervision.informationChecks", "corrections.supervision.abnormal",
                "corrections.leave.requests", "corrections.leave.rejected", "corrections.leave.overSevenDays",
                "corrections.leave.return.onTime", "corrections.leave.return.late", "corrections.leave.return.overdue",
                "corrections.absconding.opened", "corrections.absconding.found", "corrections.absconding.escalated",
                "corrections.absconding.open", "corrections.absconding.oneMonth.onTime", "corrections.absconding.oneMonth.late",
                "corrections.rewards", "corrections.team.joined", "corrections.team.left", "corrections.plans.drawnUp",
                "corrections.plans.adjusted",
                "corrections.resettlement.prisonReleases.notified", "corrections.resettlement.prisonReleases.handedOver",
                "corrections.resettlement.correctionReleases", "corrections.resettlement.correctionReleases.handedOver",
                "corrections.resettlement.visits", "corrections.resettlement.visits.home",
                "corrections.revocation.proposals", "corrections.revocation.granted",
                "corrections.revocation.denied", "corrections.revocation.decision.onTime")) {
            assertTrue(town0.get(metric) > 0, metric + " is exercised");
            assertTrue(sum.get(metric) > town0.get(metric), metric + ": a township's figure excludes its neighbours'");
        }
        Map<String, Long> y2021 = expected(TOWNS.get(1), PERIODS.get(0));
        Map<String, Long> cumulative = expected(TOWNS.get(1), new Period(null, LocalDate.of(2021, 12, 31)));
        assertTrue(cumulative.get("corrections.subjects.received") > y2021.get("corrections.subjects.received"),
                "open from is cumulative");
        assertEquals(cumulative.get("corrections.subjects.received").longValue(),
                stats(TOWNS.get(1), new Period(null, LocalDate.of(2021, 12, 31))).get("corrections.subjects.received").longValue());
    }

    @Inject
    CorrectionsStats figures;

    @Inject
    WorkingCalendar calendar;

    @Test
    void oneStatementPerTableAnswersTheDistrictAndEachTownshipGroupedAsEachAlone() {
        build(new Random(17L), List.of("430503009000", "430503010000"));
        StatsPeriod year = new StatsPeriod(DISTRICT, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        Map<String, String> towns = Map.of("430503009", "430503009000", "430503010", "430503010000");
        AtomicInteger statements = new AtomicInteger();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = CallCounter.counting(EntityManager.class, Panache.getEntityManager(), "createNativeQuery", statements);
            Map<String, Map<String, Number>> grouped = figures.computeByChild(em, year, 9, towns);
            assertEquals(17, statements.get(), "subject, investigation, education, violation, remote visit, resettlement, electronic "
                    + "location, supervision record, leave request, residence change, absconding case, reward, resettlement visit, "
                    + "revocation proposal, team member, correction plan, deadline: one each");
            assertEquals(figures.compute(year), grouped.get(DISTRICT));
            towns.values().forEach(t -> assertEquals(figures.compute(new StatsPeriod(t, year.from(), year.to())), grouped.get(t), t));
            assertTrue(grouped.get("430503009000").get("corrections.subjects.received").longValue() > 0, "real records");
            statements.set(0);
            figures.compute(em, year);
            assertEquals(17, statements.get(), "the district alone: one statement per table too");
        });
    }

    @Test
    void whoMayReadStats() {
        for (String role : List.of("service", "evaluator", "district-admin", "provincial-reader")) {
            as(role, DISTRICT).queryParam("orgUnit", DISTRICT).get(STATS).then().statusCode(200)
                    .body("orgUnit", equalTo(DISTRICT)).body("metrics", notNullValue());
        }
        as("township-clerk", TOWNS.get(0)).get(STATS).then().statusCode(200).body("orgUnit", equalTo(TOWNS.get(0)));
        as("township-clerk", TOWNS.get(0)).queryParam("orgUnit", TOWNS.get(1)).get(STATS).then().statusCode(403);
        as("district-admin", DISTRICT).queryParam("orgUnit", "430503999000").get(STATS).then().statusCode(400)
                .body("errors.field", hasItems("orgUnit"));
        as("district-admin", DISTRICT).queryParam("from", "2022-01-01").queryParam("to", "2021-01-01").get(STATS).then()
                .statusCode(400).body("errors.field", hasItems("from"));
        io.restassured.RestAssured.given().get(STATS).then().statusCode(401);
        as("service", DISTRICT).get(STATS + "/catalog").then().statusCode(200)
                .body("items.name", hasItems("corrections.subjects.active.outsidePrison", "corrections.resettlement.keyTargetsWithTeam",
                        "corrections.violations.revocationProposal", "corrections.investigations.completed.unsuitable"));
    }

    // ---- independent computation ----

    Map<String, Long> expected(String town, Period p) {
        Map<String, Long> m = new LinkedHashMap<>();
        List<S> mine = subjects.stream().filter(s -> s.org().equals(town)).toList();
        LocalDate to = p.to();
        m.put("corrections.subjects.received", count(mine, s -> p.contains(s.intake())));
        m.put("corrections.subjects.released", count(mine, s -> s.released() && p.contains(s.ended())));
        m.put("corrections.subjects.released.termServed", count(mine, s -> "TERM_SERVED".equals(s.reason()) && p.contains(s.ended())));
        m.put("corrections.subjects.released.pardon", count(mine, s -> "PARDON".equals(s.reason()) && p.contains(s.ended())));
        m.put("corrections.subjects.terminated", count(mine, s -> s.terminated() && p.contains(s.ended())));
        m.put("corrections.subjects.terminated.revoked", count(mine, s -> "REVOKED".equals(s.reason()) && p.contains(s.ended())));
        m.put("corrections.subjects.terminated.imprisoned", count(mine, s -> "IMPRISONED".equals(s.reason()) && p.contains(s.ended())));
        m.put("corrections.subjects.terminated.death", count(mine, s -> "DEATH".equals(s.reason()) && p.contains(s.ended())));
        m.put("corrections.subjects.active", count(mine, s -> s.activeOn(to)));
        String[] typeNames = {"control", "probation", "parole", "outsidePrison"};
        for (int i = 0; i < TYPES.length; i++) {
            String type = TYPES[i];
            m.put("corrections.subjects.active." + typeNames[i], count(mine, s -> s.activeOn(to) && s.type().equals(type)));
        }
        for (String level : LEVELS) {
            m.put("corrections.subjects.active." + level.toLowerCase(), count(mine, s -> s.activeOn(to) && level.equals(s.levelOn(to))));
        }
        List<Inv> inv = investigations.stream().filter(i -> i.org().equals(town) && p.contains(i.completed())).toList();
        timeliness(m, p, "corrections.subjects.reportIn", mine.stream()
                .filter(s -> s.judgmentEffectiveOn() != null && !s.type().equals("OUTSIDE_PRISON"))
                .map(s -> new Item(due(days(10), s.judgmentEffectiveOn()), s.reportedOn())));
        // the term's end (intake + 18 months in TestData.subject), or the first working day after it; terminations have none
        timeliness(m, p, "corrections.subjects.release", mine.stream().filter(s -> !s.terminated())
                .map(s -> new Item(calendar.onOrAfter(s.intake().plusMonths(18)), s.released() ? s.ended() : null)));
        // one item whether expedited (5 working days) or not (10)
        timeliness(m, p, "corrections.investigations.completion", investigations.stream()
                .filter(i -> i.org().equals(town))
                .map(i -> new Item(due(workingDays(i.expedited() ? 5 : 10), i.entrusted()), i.completed())));
        m.put("corrections.investigations.completed", (long) inv.size());
        m.put("corrections.investigations.completed.suitable", count(inv, i -> i.opinion().equals("SUITABLE")));
        m.put("corrections.investigations.completed.unsuitable", count(inv, i -> i.opinion().equals("UNSUITABLE")));
        m.put("corrections.education.personTimes", sessions.stream().filter(e -> e.org().equals(town) && p.contains(e.held()))
                .mapToLong(Edu::attendees).sum());
        List<Vio> vio = violations.stream().filter(v -> v.org().equals(town) && p.contains(v.on())).toList();
        m.put("corrections.violations", (long) vio.size());
        m.put("corrections.violations.admonition", count(vio, v -> v.sanction().equals("ADMONITION")));
        m.put("corrections.violations.warning", count(vio, v -> v.sanction().equals("WARNING")));
        m.put("corrections.violations.revocationProposal", count(vio, v -> v.sanction().equals("REVOCATION_PROPOSAL")));
        m.put("corrections.visits.remote", count(visits, v -> v.org().equals(town) && p.contains(v.on())));
        List<Sup> sup = supervision.stream().filter(r -> r.org().equals(town) && p.contains(r.on())).toList();
        m.put("corrections.supervision.records", (long) sup.size());
        m.put("corrections.supervision.homeVisits", count(sup, r -> r.kind().equals("HOME_VISIT")));
        m.put("corrections.supervision.informationChecks", count(sup, r -> r.kind().equals("INFORMATION_CHECK")));
        m.put("corrections.supervision.abnormal", count(sup, Sup::abnormal));
        List<Lv> lv = leaves.stream().filter(l -> l.org().equals(town) && p.contains(l.applied())).toList();
        m.put("corrections.leave.requests", (long) lv.size());
        m.put("corrections.leave.approved", count(lv, l -> !l.status().equals("REJECTED")));
        m.put("corrections.leave.rejected", count(lv, l -> l.status().equals("REJECTED")));
        m.put("corrections.leave.overSevenDays", count(lv, l -> l.until().toEpochDay() - l.from().toEpochDay() >= 7));
        // due on the leave's last day, as approved (not moved off a holiday)
        // a leave not reported back when its subject's correction ended on or before its last day is stopped: no longer
        // due; ended after it, the item stays overdue (CorrectionsDeadlines, kit endedOn)
        Map<UUID, LocalDate> endedOn = new HashMap<>();
        subjects.stream().filter(s -> s.ended() != null).forEach(s -> endedOn.put(s.id(), s.ended()));
        timeliness(m, p, "corrections.leave.return", leaves.stream().filter(l -> l.org().equals(town) && !l.status().equals("REJECTED"))
                .filter(l -> !(l.status().equals("APPROVED") && stoppedBy(endedOn.get(l.subject()), l.until())))
                .map(l -> new Item(l.until(), l.returned())));
        // the data set changes no place of execution: ResidenceChangeTest counts them
        for (String metric : List.of("requests", "approved", "outOfDistrict", "handover.due", "handover.onTime", "handover.late",
                "handover.overdue")) {
            m.put("corrections.residenceChanges." + metric, 0L);
        }
        List<Res> res = persons.stream().filter(r -> r.org().equals(town)).toList();
        m.put("corrections.resettlement.received", count(res, r -> p.contains(r.received())));
        m.put("corrections.resettlement.received.prisonRelease", count(res, r -> p.contains(r.received()) && r.source().equals("PRISON_RELEASE")));
        m.put("corrections.resettlement.received.correctionRelease",
                count(res, r -> p.contains(r.received()) && r.source().equals("CORRECTION_RELEASE")));
        m.put("corrections.resettlement.linked", count(res, r -> p.contains(r.received()) && r.linked()));
        Predicate<Res> keyOnTo = r -> r.keyTarget() && !r.received().isAfter(to) && (r.ended() == null || r.ended().isAfter(to));
        m.put("corrections.resettlement.keyTargets", count(res, keyOnTo));
        m.put("corrections.resettlement.keyTargetsWithTeam", count(res, keyOnTo.and(r -> r.team() == 5)));
        Predicate<Res> notified = r -> r.source().equals("PRISON_RELEASE") && p.contains(r.released()) && r.notice() != null;
        m.put("corrections.resettlement.noticeOnTime", count(res, notified.and(r -> !r.notice().isAfter(r.released().minusMonths(1)))));
        m.put("corrections.resettlement.noticeLate", count(res, notified.and(r -> r.notice().isAfter(r.released().minusMonths(1)))));
        timeliness(m, p, "resettlement.persons.contact", res.stream()
                .map(r -> new Item(due(days(7), r.released()), r.firstContact())));
        Predicate<Res> correctionReleased = r -> r.source().equals("CORRECTION_RELEASE") && p.contains(r.released());
        m.put("corrections.resettlement.prisonReleases.notified", count(res, notified));
        m.put("corrections.resettlement.prisonReleases.handedOver", count(res, notified.and(Res::handedOver)));
        m.put("corrections.resettlement.correctionReleases", count(res, correctionReleased));
        m.put("corrections.resettlement.correctionReleases.handedOver", count(res, correctionReleased.and(Res::handedOver)));
        List<ResVisit> rv = resettlementVisits.stream().filter(v -> v.org().equals(town) && p.contains(v.on())).toList();
        m.put("corrections.resettlement.visits", (long) rv.size());
        m.put("corrections.resettlement.visits.home", count(rv, v -> v.kind().equals("HOME_VISIT")));
        List<Loc> loc = locations.stream().filter(l -> l.org().equals(town)).toList();
        m.put("corrections.electronicLocation.decided", count(loc, l -> p.contains(l.decided())));
        m.put("corrections.electronicLocation.active", count(loc, l -> !l.starts().isAfter(to) && !l.ends().isBefore(to)
                && (l.ended() == null || l.ended().isAfter(to))));
        // a location neither ended nor renewed when the correction ended on or before its due date: stopped, no longer due
        timeliness(m, p, "corrections.electronicLocation.review", loc.stream()
                .filter(l -> !(l.met() == null && stoppedBy(endedOn.get(l.subject()), due(days(7), l.ends().minusDays(7)))))
                .map(l -> new Item(due(days(7), l.ends().minusDays(7)), l.met())));
        List<Abs> abs = absconding.stream().filter(a -> a.org().equals(town)).toList();
        m.put("corrections.absconding.opened", count(abs, a -> p.contains(a.discovered())));
        m.put("corrections.absconding.found", count(abs, a -> a.status().equals("FOUND") && p.contains(a.ended())));
        m.put("corrections.absconding.escalated", count(abs, a -> a.status().equals("ESCALATED") && p.contains(a.ended())));
        m.put("corrections.absconding.open", count(abs, a -> !a.discovered().isAfter(to) && (a.ended() == null || a.ended().isAfter(to))));
        // found or escalated within a month of the discovery, the last day moved past rest days
        // a case closed by the end of the correction (a granted revocation) on or before its due date is stopped: no longer
        // due; closed after it, it stays overdue (not met)
        timeliness(m, p, "corrections.absconding.oneMonth", abs.stream()
                .filter(a -> !(a.status().equals("CORRECTION_ENDED")
                        && stoppedBy(a.ended(), due(cn.daxiang.justice.kit.clock.Period.months(1), a.discovered()))))
                .map(a -> new Item(due(cn.daxiang.justice.kit.clock.Period.months(1), a.discovered()),
                        a.status().equals("CORRECTION_ENDED") ? null : a.ended())));
        m.put("corrections.rewards", count(rewards, r -> r.org().equals(town) && p.contains(r.decided())));
        List<Mem> team = members.stream().filter(x -> x.org().equals(town)).toList();
        m.put("corrections.team.joined", count(team, x -> p.contains(x.joined())));
        m.put("corrections.team.left", count(team, x -> p.contains(x.left())));
        Map<UUID, S> byId = new HashMap<>();
        mine.forEach(x -> byId.put(x.id(), x));
        List<Mem> onTeam = team.stream().filter(x -> x.onTeam(to, byId.get(x.subjectId()))).toList();
        m.put("corrections.team.members", (long) onTeam.size());
        m.put("corrections.team.subjectsWithTeam", onTeam.stream().map(Mem::subjectId).distinct().count());
        List<Plan> pl = plans.stream().filter(x -> x.org().equals(town) && p.contains(x.drawnUp())).toList();
        m.put("corrections.plans.drawnUp", count(pl, x -> x.version() == 1));
        m.put("corrections.plans.adjusted", count(pl, x -> x.version() > 1));
        List<Rev> rev = revocations.stream().filter(r -> r.org().equals(town)).toList();
        m.put("corrections.revocation.proposals", count(rev, r -> p.contains(r.proposed())));
        m.put("corrections.revocation.submitted", count(rev, r -> p.contains(r.proposed()) && !r.status().equals("WITHDRAWN")));
        m.put("corrections.revocation.granted", count(rev, r -> r.status().equals("GRANTED") && p.contains(r.decided())));
        m.put("corrections.revocation.denied", count(rev, r -> r.status().equals("DENIED") && p.contains(r.decided())));
        // the court's 30 days from the proposal, the last day moved past rest days
        timeliness(m, p, "corrections.revocation.decision", rev.stream().filter(r -> !r.status().equals("WITHDRAWN"))
                .map(r -> new Item(due(days(30), r.proposed()), r.decided())));
        // the data set's OUTSIDE_PRISON subjects carry no ground (保外就医 or other): no re-checks are due (MedicalReviewTest)
        timeliness(m, p, "corrections.medicalReview", java.util.stream.Stream.empty());
        timeliness(m, p, "corrections.medicalReview.next", java.util.stream.Stream.empty());
        return m;
    }

    /** The due date, or null where the calendar has no data for the year (2019): such items are in no period. */
    LocalDate due(cn.daxiang.justice.kit.clock.Period period, LocalDate start) {
        try {
            return period.due(start, List.of(), calendar);
        } catch (CalendarYearMissingException e) {
            return null;
        }
    }

    /** A statutory item: its due date and the day it was done (null: open). */
    record Item(LocalDate due, LocalDate met) {
    }

    /** Whether a matter that ended on {@code ended} stops an item due on {@code due} (kit endedOn): on or before it only. */
    static boolean stoppedBy(LocalDate ended, LocalDate due) {
        return ended != null && !ended.isAfter(due);
    }

    /** The four timeliness figures of the items due in the period, counted here from the due dates. */
    /**
     * A leave a week after intake, through its approval: every 6th subject's over 7 days (the district decides too), every
     * 4th rejected; of the approved, back on the last day, two days late, or not back yet.
     */
    static Lv leave(String town, UUID subject, LocalDate intake, int i) {
        LocalDate applied = intake.plusDays(5);
        LocalDate from = applied.plusDays(1);
        LocalDate until = from.plusDays(i % 6 == 0 ? 9 : 2);
        String leaveId = as("township-clerk", town).body(map("appliedOn", applied.toString(), "leaveFrom", from.toString(),
                        "leaveUntil", until.toString(), "destination", "湖南省长沙市", "reason", "就医"))
                .post(SUBJECTS + "/" + subject + "/leave-requests").then().statusCode(201).extract().path("id");
        String approval = as("township-clerk", town).get(BASE + "/leave-requests/" + leaveId).then().extract().path("approvalId");
        boolean rejected = i % 4 == 0;
        decide("township-clerk", town, approval, rejected ? "REJECT" : "APPROVE");
        if (!rejected && i % 6 == 0) {
            decide("district-admin", DISTRICT, approval, "APPROVE");
        }
        LocalDate returned = rejected || i % 3 == 2 ? null : until.plusDays(i % 3 == 1 ? 2 : 0);
        if (returned != null) {
            as("township-clerk", town).body(map("returnedOn", returned.toString(), "version", 2))
                    .post(BASE + "/leave-requests/" + leaveId + "/return").then().statusCode(200);
        }
        return new Lv(town, subject, applied, from, until, rejected ? "REJECTED" : returned != null ? "BACK" : "APPROVED", returned);
    }

    static void decide(String role, String orgUnit, String approval, String outcome) {
        long version = as(role, orgUnit).get(BASE + "/approvals/" + approval).then().statusCode(200).extract().jsonPath().getLong("version");
        as(role, orgUnit).body(map("outcome", outcome, "opinion", "意见", "version", version))
                .post(BASE + "/approvals/" + approval + "/decisions").then().statusCode(200);
    }

    static void timeliness(Map<String, Long> m, Period p, String metric, java.util.stream.Stream<Item> items) {
        List<Item> due = items.filter(i -> p.contains(i.due())).toList();
        m.put(metric + ".due", (long) due.size());
        m.put(metric + ".onTime", count(due, i -> i.met() != null && !i.met().isAfter(i.due())));
        m.put(metric + ".late", count(due, i -> i.met() != null && i.met().isAfter(i.due())));
        m.put(metric + ".overdue", count(due, i -> i.met() == null && i.due().isBefore(LocalDate.now())));
    }

    static <T> long count(List<T> items, Predicate<T> p) {
        return items.stream().filter(p).count();
    }

    Map<String, Number> stats(String orgUnit, Period p) {
        var request = as("district-admin", DISTRICT).queryParam("orgUnit", orgUnit).queryParam("to", p.to().toString());
        if (p.from() != null) {
            request.queryParam("from", p.from().toString());
        }
        Response response = request.get(STATS);
        response.then().statusCode(200).body("orgUnit", equalTo(orgUnit)).body("to", equalTo(p.to().toString()));
        return response.jsonPath().getMap("metrics", String.class, Number.class);
    }

    // ---- the data set, built through the API ----

    void build(Random random) {
        build(random, TOWNS);
    }

    void build(Random random, List<String> towns) {
        LocalDate first = LocalDate.of(2019, 1, 1);
        for (String town : towns) {
            for (int i = 0; i < 14; i++) {
                String type = TYPES[i % TYPES.length];
                String outcome = OUTCOMES[i % OUTCOMES.length];
                LocalDate intake = first.plusDays(random.nextInt(5 * 365));
                String level = LEVELS[random.nextInt(3)];
                UUID id = UUID.randomUUID();
                Map<String, Object> body = subject(id, town, type, intake, level);
                LocalDate judgment = i % 3 == 2 ? null : intake.minusDays(1 + random.nextInt(15));
                // even: within the 10 days; odd: 12 to 15 days, late unless a holiday moved the last day that far
                LocalDate reported = judgment == null || i % 5 == 4 ? null : judgment.plusDays(i % 2 == 0 ? random.nextInt(10) : 12 + random.nextInt(4));
                body.put("judgmentEffectiveOn", judgment == null ? null : judgment.toString());
                body.put("reportedOn", reported == null ? null : reported.toString());
                as("township-clerk", town).body(body).post(SUBJECTS).then().statusCode(201);
                List<Level> levels = new ArrayList<>(List.of(new Level(intake, level)));
                LocalDate ended = outcome == null ? null : intake.plusDays(30 + random.nextInt(900));
                long version = 1;
                if (random.nextInt(3) > 0) {
                    LocalDate on = intake.plusDays(1 + random.nextInt(29));
                    String next = LEVELS[(java.util.Arrays.asList(LEVELS).indexOf(level) + 1 + random.nextInt(2)) % 3];
                    as("township-clerk", town).body(map("level", next, "effectiveOn", on.toString(), "reason", "调整", "version", version))
                            .post(SUBJECTS + "/" + id + "/level").then().statusCode(200);
                    version++;
                    levels.add(new Level(on, next));
                }
                int violationCount = random.nextInt(3);
                for (int v = 0; v < violationCount; v++) {
                    LocalDate on = intake.plusDays(random.nextInt(30));
                    String sanction = SANCTIONS[random.nextInt(3)];
                    as("township-clerk", town).body(map("occurredOn", on.toString(), "description", "违规" + v, "sanction", sanction))
                            .post(SUBJECTS + "/" + id + "/violations").then().statusCode(201);
                    violations.add(new Vio(town, on, sanction));
                }
                // report-in on the day of intake, then supervision after it: every kind in turn, a third finding something
                int supervisionCount = random.nextInt(4);
                for (int r = 0; r < supervisionCount; r++) {
                    String kind = r == 0 ? "REPORT_IN" : SUPERVISION[(i + r) % SUPERVISION.length];
                    LocalDate on = r == 0 ? intake : intake.plusDays(1 + random.nextInt(29));
                    boolean abnormal = (i + r) % 3 == 0;
                    as("township-clerk", town).body(map("kind", kind, "occurredOn", on.toString(), "conductedBy", "李明",
                                    "result", "情况正常", "abnormal", abnormal))
                            .post(SUBJECTS + "/" + id + "/supervision-records").then().statusCode(201);
                    supervision.add(new Sup(town, on, kind, abnormal));
                }
                if (i % 2 == 0) {
                    leaves.add(leave(town, id, intake, i));
                }
                // its own generator, so that the rest of the data set stays as it was
                teamAndPlans(town, id, intake, ended, i, new Random(31L * i + town.hashCode()));
                if (outcome != null) {
                    String action = outcome.equals("TERM_SERVED") || outcome.equals("PARDON") ? "release" : "terminate";
                    as("township-clerk", town).body(map("date", ended.toString(), "reason", outcome, "version", version))
                            .post(SUBJECTS + "/" + id + "/" + action).then().statusCode(200);
                }
                subjects.add(new S(id, town, type, intake, ended, outcome, levels, judgment, reported));
            }
            // in correction over the turn of 2021/2022 with its level changed after 31 December: the stats on that day
            // must read the level from the history, not the current one
            UUID turn = UUID.randomUUID();
            LocalDate intake = LocalDate.of(2021, 12, 20);
            as("township-clerk", town).body(subject(turn, town, "PAROLE", intake, "STRICT")).post(SUBJECTS).then().statusCode(201);
            as("township-clerk", town).body(map("level", "LENIENT", "effectiveOn", "2022-01-05", "reason", "表现良好", "version", 1))
                    .post(SUBJECTS + "/" + turn + "/level").then().statusCode(200);
            // still in correction and away past its leave's last day: the return is overdue (the data set's other leaves not
            // reported back belong to subjects whose correction ended, which stops their return)
            leaves.add(leave(town, turn, intake, 2));
            subjects.add(new S(turn, town, "PAROLE", intake, null, null,
                    List.of(new Level(intake, "STRICT"), new Level(LocalDate.of(2022, 1, 5), "LENIENT")), null, null));
            // released on the last day of 2021: counted as released in 2021, no longer in correction at its end
            UUID boundary = UUID.randomUUID();
            LocalDate boundaryIntake = LocalDate.of(2021, 3, 1);
            as("township-clerk", town).body(subject(boundary, town, "CONTROL", boundaryIntake, "NORMAL")).post(SUBJECTS).then().statusCode(201);
            as("township-clerk", town).body(map("date", "2021-12-31", "reason", "TERM_SERVED", "version", 1))
                    .post(SUBJECTS + "/" + boundary + "/release").then().statusCode(200);
            subjects.add(new S(boundary, town, "CONTROL", boundaryIntake, LocalDate.of(2021, 12, 31), "TERM_SERVED",
                    List.of(new Level(boundaryIntake, "NORMAL")), null, null));
            buildInvestigations(town, random);
            buildEducation(town, random);
            buildVisits(town, random);
            buildResettlement(town, random);
            buildElectronicLocations(town, random);
            buildAbsconding(town, random);
            buildRevocations(town, random);
        }
    }

    /**
     * Subjects still in correction, not 管制: in turn a proposal granted (the subject terminated on the decision's day, now
     * and then after the court's 30 days), denied, left before the court, and rejected by the district (withdrawn).
     */
    void buildRevocations(String town, Random random) {
        int n = 0;
        for (S s : List.copyOf(subjects)) {
            if (!s.org().equals(town) || s.reason() != null || s.intake().getYear() < 2020 || s.type().equals("CONTROL")) {
                continue;
            }
            String kind = switch (s.type()) {
                case "PROBATION" -> "REVOKE_PROBATION";
                case "PAROLE" -> "REVOKE_PAROLE";
                default -> "IMPRISON";
            };
            LocalDate proposed = s.intake().plusDays(30 + random.nextInt(60));
            String id = as("township-clerk", town).body(map("kind", kind, "grounds", "两次警告仍不改正", "proposedOn", proposed.toString()))
                    .post(SUBJECTS + "/" + s.id() + "/revocation-proposals").then().statusCode(201).extract().path("id");
            String approval = as("township-clerk", town).get(BASE + "/revocation-proposals/" + id).then().extract().path("approvalId");
            decide("township-clerk", town, approval, "APPROVE");
            if (n % 4 == 3) {
                decide("district-admin", DISTRICT, approval, "REJECT");
                revocations.add(new Rev(town, proposed, "WITHDRAWN", null));
            } else {
                decide("district-admin", DISTRICT, approval, "APPROVE");
                if (n % 4 == 2) {
                    revocations.add(new Rev(town, proposed, "SUBMITTED", null));
                } else {
                    LocalDate decided = proposed.plusDays(10 + random.nextInt(30));
                    String outcome = n % 4 == 0 ? "GRANTED" : "DENIED";
                    as("township-clerk", town).body(map("decidedOn", decided.toString(), "decidedBy", "大祥区人民法院",
                                    "documentNumber", "（2021）湘0503刑更" + n + "号", "outcome", outcome, "version", 2))
                            .post(BASE + "/revocation-proposals/" + id + "/decision").then().statusCode(200);
                    revocations.add(new Rev(town, proposed, outcome, decided));
                    if (outcome.equals("GRANTED")) {
                        // the termination closes the subject's open absconding case, not before its step (the day after discovery)
                        for (int k = 0; k < absconding.size(); k++) {
                            Abs a = absconding.get(k);
                            if (a.subject().equals(s.id()) && a.status().equals("OPEN")) {
                                LocalDate step = a.discovered().plusDays(1);
                                absconding.set(k, new Abs(a.org(), a.subject(), a.discovered(), decided.isBefore(step) ? step : decided,
                                        "CORRECTION_ENDED"));
                            }
                        }
                        subjects.set(subjects.indexOf(s), new S(s.id(), s.org(), s.type(), s.intake(), decided,
                                kind.equals("IMPRISON") ? "IMPRISONED" : "REVOKED", s.levels(), s.judgmentEffectiveOn(), s.reportedOn()));
                    }
                }
            }
            n++;
        }
    }

    /** Subjects still in correction: some locations ended early, some renewed (the renewal left open), some open. */
    void buildElectronicLocations(String town, Random random) {
        int n = 0;
        for (S s : subjects) {
            if (!s.org().equals(town) || s.reason() != null || s.intake().getYear() < 2020) {
                continue;
            }
            LocalDate decided = s.intake().plusDays(random.nextInt(10));
            LocalDate starts = decided.plusDays(random.nextInt(3));
            LocalDate ends = starts.plusMonths(3).minusDays(random.nextInt(20));
            String id = as("township-clerk", town).body(map("decidedOn", decided.toString(), "approvedBy", "局长",
                            "reason", "FAILED_TO_REPORT_WARNED", "startsOn", starts.toString(), "endsOn", ends.toString()))
                    .post(SUBJECTS + "/" + s.id() + "/electronic-locations").then().statusCode(201).extract().path("id");
            String action = BASE + "/electronic-locations/" + id;
            if (n % 3 == 0) {
                // ended early, or (now and then) a few days after its period: late
                LocalDate ended = n % 2 == 0 ? starts.plusDays(random.nextInt(60)) : ends.plusDays(1 + random.nextInt(10));
                as("township-clerk", town).header("If-Match", "\"1\"").body(map("endedOn", ended.toString(), "endReason", "NO_LONGER_NEEDED"))
                        .post(action + "/end").then().statusCode(200);
                locations.add(new Loc(town, s.id(), decided, starts, ends, ended, ended));
            } else if (n % 3 == 1) {
                LocalDate renewed = ends.minusDays(random.nextInt(5));
                LocalDate renewalEnds = ends.plusMonths(2);
                as("township-clerk", town).header("If-Match", "\"1\"").body(map("decidedOn", renewed.toString(), "approvedBy", "局长",
                        "endsOn", renewalEnds.toString())).post(action + "/renew").then().statusCode(201);
                locations.add(new Loc(town, s.id(), decided, starts, ends, null, renewed));
                locations.add(new Loc(town, s.id(), renewed, ends.plusDays(1), renewalEnds, null, null));
            } else {
                locations.add(new Loc(town, s.id(), decided, starts, ends, null, null));
            }
            n++;
        }
    }

    /**
     * Subjects still in correction: a case found (now and then after the month), then one escalated, and for every other
     * subject a third left open; each case has a step the day after its discovery. One or two rewards each.
     */
    void buildAbsconding(String town, Random random) {
        int n = 0;
        for (S s : List.copyOf(subjects)) {
            if (!s.org().equals(town) || s.reason() != null || s.intake().getYear() < 2020) {
                continue;
            }
            LocalDate discovered = s.intake().plusDays(random.nextInt(20));
            LocalDate found = discovered.plusDays(1 + random.nextInt(45));
            abscond(town, s.id(), discovered, found, "found");
            LocalDate again = found.plusDays(1 + random.nextInt(5));
            LocalDate escalated = again.plusDays(1 + random.nextInt(45));
            abscond(town, s.id(), again, escalated, "escalate");
            if (n % 2 == 0) {
                abscond(town, s.id(), escalated.plusDays(1 + random.nextInt(5)), null, null);
            }
            for (int r = 0; r <= n % 2; r++) {
                LocalDate decided = s.intake().plusDays(random.nextInt(200));
                as("township-clerk", town).body(map("decidedOn", decided.toString(), "decidedBy", "大祥区社区矫正管理局", "reason", "表现突出"))
                        .post(SUBJECTS + "/" + s.id() + "/rewards").then().statusCode(201);
                rewards.add(new Rew(town, decided));
            }
            n++;
        }
    }

    /**
     * Up to two team members (the second of every other subject leaves before the end) and up to three plan versions,
     * all while the correction runs.
     */
    void teamAndPlans(String town, UUID subjectId, LocalDate intake, LocalDate ended, int i, Random random) {
        int memberCount = random.nextInt(3);
        for (int m = 0; m < memberCount; m++) {
            LocalDate joined = intake.plusDays(random.nextInt(20));
            String memberId = as("township-clerk", town).body(map("role", m == 0 ? "JUDICIAL_OFFICE_STAFF" : "FAMILY_OR_GUARDIAN",
                    "name", "成员" + m, "joinedOn", joined.toString())).post(SUBJECTS + "/" + subjectId + "/team-members")
                    .then().statusCode(201).extract().path("id");
            LocalDate left = null;
            if (m == 1 && i % 2 == 0) {
                left = joined.plusDays(1 + random.nextInt(400));
                left = ended != null && left.isAfter(ended) ? ended : left;
                as("township-clerk", town).body(map("leftOn", left.toString(), "version", 1))
                        .post(BASE + "/team-members/" + memberId + "/end").then().statusCode(200);
            }
            members.add(new Mem(town, subjectId, joined, left));
        }
        int planCount = random.nextInt(4);
        LocalDate on = intake;
        for (int v = 1; v <= planCount; v++) {
            on = on.plusDays(random.nextInt(60));
            on = ended != null && on.isAfter(ended) ? ended : on;
            as("township-clerk", town).body(map("drawnUpOn", on.toString(), "riskLevel", "LOW", "riskAssessment", "初犯",
                    "supervisionMeasures", "每月报到", "educationMeasures", "集中教育", "adjustmentReason", v == 1 ? null : "调整",
                    "adoptedBy", "司法所")).post(SUBJECTS + "/" + subjectId + "/plans").then().statusCode(201);
            plans.add(new Plan(town, on, v));
        }
    }

    void abscond(String town, UUID subjectId, LocalDate discovered, LocalDate ended, String action) {
        String id = as("township-clerk", town).body(map("discoveredOn", discovered.toString(), "discoveredHow", "UNREACHABLE",
                        "circumstances", "电话关机")).post(SUBJECTS + "/" + subjectId + "/absconding-cases").then().statusCode(201)
                .extract().path("id");
        String path = BASE + "/absconding-cases/" + id;
        as("township-clerk", town).body(map("takenOn", discovered.plusDays(1).toString(), "kind", "VISIT", "takenBy", "李明",
                "note", "未见", "version", 1)).post(path + "/steps").then().statusCode(200);
        if ("found".equals(action)) {
            as("township-clerk", town).body(map("foundOn", ended.toString(), "how", "归案", "version", 2)).post(path + "/found")
                    .then().statusCode(200);
        } else if (action != null) {
            as("township-clerk", town).body(map("escalatedOn", ended.toString(), "escalation", "POLICE_PURSUIT",
                    "escalatedTo", "公安机关", "version", 2)).post(path + "/escalate").then().statusCode(200);
        }
        absconding.add(new Abs(town, subjectId, discovered, ended, action == null ? "OPEN" : "found".equals(action) ? "FOUND" : "ESCALATED"));
    }

    void buildInvestigations(String town, Random random) {
        for (int i = 0; i < 6; i++) {
            LocalDate entrusted = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
            boolean completed = i % 5 != 4;
            LocalDate done = entrusted.plusDays(5 + random.nextInt(20));
            String opinion = random.nextBoolean() ? "SUITABLE" : "UNSUITABLE";
            boolean expedited = i % 3 == 0;
            Map<String, Object> body = map("orgUnit", town, "entrustingAuthority", "COURT", "entrustingOrgan", "大祥区人民法院",
                    "personName", "调查" + i, "personIdNumber", TestData.newPerson().idNumber(), "entrustedOn", entrusted.toString(),
                    "expedited", expedited);
            if (completed) {
                body.put("completedOn", done.toString());
                body.put("opinion", opinion);
            }
            investigations.add(new Inv(town, entrusted, expedited, completed ? done : null, opinion));
            as("township-clerk", town).body(body).post(BASE + "/investigations").then().statusCode(201);
        }
    }

    void buildEducation(String town, Random random) {
        List<S> mine = subjects.stream().filter(s -> s.org().equals(town)).toList();
        for (S anchor : mine) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            LocalDate held = anchor.intake().plusDays(random.nextInt(25));
            List<String> attendees = mine.stream()
                    .filter(s -> !s.intake().isAfter(held) && (s.ended() == null || !s.ended().isBefore(held)))
                    .map(s -> s.id().toString()).collect(Collectors.toList());
            as("township-clerk", town).body(map("orgUnit", town, "heldOn", held.toString(), "topic", "法治教育",
                            "kind", attendees.size() == 1 ? "INDIVIDUAL" : "COLLECTIVE", "subjectIds", attendees))
                    .post(BASE + "/education-sessions").then().statusCode(201).body("personTimes", equalTo(attendees.size()));
            sessions.add(new Edu(town, held, attendees.size()));
        }
    }

    void buildVisits(String town, Random random) {
        for (int i = 0; i < 5; i++) {
            LocalDate on = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
            as("township-clerk", town).body(map("orgUnit", town, "visitedOn", on.toString(), "institution", "湖南省邵阳监狱",
                    "inmateName", "服刑人" + i, "visitorKind", "FAMILY_MEMBER", "visitorName", "亲属" + i, "visitorRelation", "母子"))
                    .post(BASE + "/remote-visits").then().statusCode(201);
            visits.add(new Visit(town, on));
        }
    }

    void buildResettlement(String town, Random random) {
        for (int i = 0; i < 8; i++) {
            LocalDate released = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
            LocalDate received = released.plusDays(random.nextInt(10));
            boolean key = i % 2 == 0;
            int team = key ? (i % 4 == 0 ? 5 : random.nextInt(5)) : 0;
            LocalDate ended = i % 3 == 0 ? received.plusDays(100 + random.nextInt(400)) : null;
            LocalDate contacted = i % 4 == 1 ? null : released.plusDays(random.nextInt(12));
            LocalDate notice = i % 5 == 2 ? null : released.minusDays(15 + random.nextInt(30));
            String source = i == 7 ? "CORRECTION_RELEASE" : "PRISON_RELEASE";
            // the hand-over: every way in turn, or none (then the old clients' flag, set for every other one);
            // a prison release without its notice is never handed over by a recorded way
            String way = notice == null && source.equals("PRISON_RELEASE") ? null : HANDOVERS[(i + random.nextInt(5)) % HANDOVERS.length];
            if (source.equals("CORRECTION_RELEASE") && way != null && way.contains("PRISON")) {
                way = "CONTACTED";
            }
            if (source.equals("CORRECTION_RELEASE") && "PICKED_UP_AT_GATE".equals(way)) {
                way = "CONTACTED";
            }
            LocalDate handoverOn = way == null ? null : "PICKED_UP_AT_GATE".equals(way) ? released : released.plusDays(random.nextInt(9));
            if (handoverOn != null && ended != null && handoverOn.isAfter(ended)) {
                handoverOn = ended;
            }
            boolean legacyFlag = way == null && i % 2 == 1;
            boolean handedOver = way == null ? legacyFlag : !way.equals("NOT_REACHED");
            TestData.Person person = TestData.newPerson();
            Map<String, Object> body = map("orgUnit", town, "name", "帮教" + i, "gender", "MALE", "idNumber", person.idNumber(),
                    "source", source, "releasedOn", released.toString(),
                    "receivedOn", received.toString(), "contactedOn", contacted == null ? null : contacted.toString(),
                    "noticeReceivedOn", notice == null ? null : notice.toString(),
                    "handoverDone", way == null ? legacyFlag : null, "keyTarget", key, "supportTeam", TestData.team(team));
            if (way != null) {
                body.put("handoverOn", handoverOn.toString());
                body.put("handoverMethod", way);
                body.put("handoverBy", "王所长");
            }
            if (ended != null) {
                body.put("endedOn", ended.toString());
            }
            String personId = as("township-clerk", town).body(body).post(BASE + "/resettlement/persons").then().statusCode(201)
                    .body("handoverDone", equalTo(handedOver)).extract().path("id");
            persons.add(new Res(town, source, received, false, key, team, ended, released, contacted, notice, handedOver,
                    handoverOn));
            // 帮教 visits within the period: from the release, up to its end
            int visitCount = random.nextInt(4);
            for (int v = 0; v < visitCount; v++) {
                LocalDate on = released.plusDays(random.nextInt(60));
                if (ended != null && on.isAfter(ended)) {
                    on = ended;
                }
                String kind = VISIT_KINDS[(i + v) % VISIT_KINDS.length];
                as("township-clerk", town).body(map("visitedOn", on.toString(), "visitedBy", "王所长", "kind", kind, "result", "情况稳定"))
                        .post(BASE + "/resettlement/persons/" + personId + "/visits").then().statusCode(201);
                resettlementVisits.add(new ResVisit(town, on, kind));
            }
        }
        // hand-overs of released subjects keep the link
        int n = 0;
        for (S s : subjects) {
            if (s.org().equals(town) && s.released()) {
                boolean key = n % 2 == 0;
                int team = key ? 5 : 2;
                LocalDate received = s.ended().plusDays(n % 4);
                // handed over by the correction office on the release day, or (one in three) not reached
                boolean reached = n % 3 != 2;
                as("township-clerk", town).body(map("receivedOn", received.toString(), "keyTarget", key,
                                "supportTeam", TestData.team(team), "handoverOn", s.ended().toString(),
                                "handoverMethod", reached ? "HANDED_OVER_BY_CORRECTION" : "NOT_REACHED", "handoverBy", "王所长"))
                        .post(SUBJECTS + "/" + s.id() + "/resettlement").then().statusCode(201)
                        .body("subjectId", equalTo(s.id().toString())).body("source", equalTo("CORRECTION_RELEASE"))
                        .body("handoverDone", equalTo(reached));
                persons.add(new Res(town, "CORRECTION_RELEASE", received, true, key, team, null, s.ended(), null, null, reached,
                        s.ended()));
                n++;
            }
        }
    }
}
