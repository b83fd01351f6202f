package cn.daxiang.justice.evaluation.persons;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.daxiang.justice.evaluation.persons.CrossLineFigures.CORRECTION_LEGAL_AID;
import static cn.daxiang.justice.evaluation.persons.CrossLineFigures.REOFFENDED;
import static cn.daxiang.justice.evaluation.persons.CrossLineFigures.RELEASED;
import static cn.daxiang.justice.evaluation.persons.CrossLineFigures.RESETTLEMENT_LATER_CORRECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The cross-line figures from planted histories of hashed persons (issue 22). */
class CrossLineFiguresTest {

    static final String TOWN = "430503010000";
    static final String OTHER_TOWN = "430503101000";
    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 12, 31);

    final List<PersonEvent> events = new ArrayList<>();

    void event(String hash, String event, String date, String orgUnit) {
        events.add(new PersonEvent(hash, event, LocalDate.parse(date), orgUnit));
    }

    Map<String, BigDecimal> figures(String orgUnit, int years) {
        return CrossLineFigures.compute(events, orgUnit, FROM, TO, years);
    }

    static void assertFigure(Map<String, BigDecimal> figures, String name, int expected) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(figures.get(name)), name + " = " + figures.get(name));
    }

    @Test
    void aReleasedPersonWhoIsReceivedIntoCorrectionAgainWithinTheYearsCountsAsReoffendedOnce() {
        // released on the eve of 国庆 2021, received again right after the holiday
        event("A", "CORRECTION_ENDED", "2021-09-30", TOWN);
        event("A", "CORRECTION_STARTED", "2021-10-08", TOWN);
        // a second reappearance of the same person is still one person
        event("A", "CORRECTION_ENDED", "2021-10-20", TOWN);
        event("A", "CORRECTION_STARTED", "2021-11-02", TOWN);
        // released from prison before 国庆 2019, received into correction after 国庆 2021: within 5 years
        event("B", "PRISON_RELEASED", "2019-09-30", TOWN);
        event("B", "CORRECTION_STARTED", "2021-10-08", TOWN);
        // released and not seen again
        event("C", "CORRECTION_ENDED", "2021-02-18", TOWN);
        // the correction that ended was the one that had started before: no reappearance
        event("D", "CORRECTION_STARTED", "2020-01-10", TOWN);
        event("D", "CORRECTION_ENDED", "2021-02-10", TOWN);
        // received again only after the period: not yet seen at its end
        event("E", "PRISON_RELEASED", "2019-01-15", TOWN);
        event("E", "CORRECTION_STARTED", "2022-02-01", TOWN);

        Map<String, BigDecimal> figures = figures(TOWN, 5);
        assertFigure(figures, RELEASED, 5);
        assertFigure(figures, REOFFENDED, 2);
    }

    @Test
    void onlyReleasesWithinTheConfiguredYearsBeforeThePeriodsEndAreCounted() {
        event("A", "PRISON_RELEASED", "2020-01-02", TOWN);
        event("A", "CORRECTION_STARTED", "2021-10-08", TOWN);
        // released just after 国庆 2019: more than two years before the period's end
        event("B", "PRISON_RELEASED", "2019-10-08", TOWN);
        event("B", "CORRECTION_STARTED", "2021-10-08", TOWN);
        // released exactly two years before the period's end: outside a two-year look-back, received after 春节 2021
        event("C", "PRISON_RELEASED", "2019-12-31", TOWN);
        event("C", "CORRECTION_STARTED", "2021-02-18", TOWN);

        Map<String, BigDecimal> twoYears = figures(TOWN, 2);
        assertFigure(twoYears, RELEASED, 1);
        assertFigure(twoYears, REOFFENDED, 1);
        Map<String, BigDecimal> fiveYears = figures(TOWN, 5);
        assertFigure(fiveYears, RELEASED, 3);
        assertFigure(fiveYears, REOFFENDED, 3);
    }

    @Test
    void releasesElsewhereAreNotTheTownshipsButAReappearanceAnywhereCounts() {
        event("A", "CORRECTION_ENDED", "2020-06-01", OTHER_TOWN);
        event("A", "CORRECTION_STARTED", "2021-10-08", TOWN);
        event("B", "CORRECTION_ENDED", "2020-06-01", TOWN);
        event("B", "CORRECTION_STARTED", "2021-10-08", OTHER_TOWN);

        Map<String, BigDecimal> town = figures(TOWN, 5);
        assertFigure(town, RELEASED, 1);
        assertFigure(town, REOFFENDED, 1);
        assertFigure(figures("430503000000", 5), REOFFENDED, 2);
    }

    @Test
    void legalAidCountsThePersonsGrantedItInThePeriodWhileInCorrection() {
        // in correction since 2020, granted legal aid right after 春节 2021
        event("F", "CORRECTION_STARTED", "2020-05-01", TOWN);
        event("F", "LEGAL_AID_GRANTED", "2021-02-18", "430503000000");
        event("F", "LEGAL_AID_GRANTED", "2021-06-18", "430503000000");
        // released before the period began
        event("G", "CORRECTION_STARTED", "2019-05-01", TOWN);
        event("G", "CORRECTION_ENDED", "2020-12-31", TOWN);
        event("G", "LEGAL_AID_GRANTED", "2021-03-01", "430503000000");
        // granted before the period
        event("H", "CORRECTION_STARTED", "2020-05-01", TOWN);
        event("H", "LEGAL_AID_GRANTED", "2020-12-30", "430503000000");
        // released during the period, granted before the release: in correction during the period
        event("K", "CORRECTION_STARTED", "2020-05-01", TOWN);
        event("K", "CORRECTION_ENDED", "2021-02-10", TOWN);
        event("K", "LEGAL_AID_GRANTED", "2021-01-20", "430503000000");
        // granted legal aid, never in correction
        event("L", "LEGAL_AID_GRANTED", "2021-01-20", "430503000000");

        assertFigure(figures(TOWN, 5), CORRECTION_LEGAL_AID, 2);
        assertFigure(figures(OTHER_TOWN, 5), CORRECTION_LEGAL_AID, 0);
    }

    @Test
    void aResettlementPersonCountsWhenReceivedIntoCorrectionLaterInThePeriod() {
        event("I", "RESETTLEMENT_RECEIVED", "2020-06-01", TOWN);
        event("I", "CORRECTION_STARTED", "2021-10-08", TOWN);
        // received into correction before 帮教 began
        event("J", "CORRECTION_STARTED", "2021-05-01", TOWN);
        event("J", "RESETTLEMENT_RECEIVED", "2021-06-01", TOWN);
        // received into correction before the period
        event("M", "RESETTLEMENT_RECEIVED", "2019-06-01", TOWN);
        event("M", "CORRECTION_STARTED", "2020-09-30", TOWN);

        assertFigure(figures(TOWN, 5), RESETTLEMENT_LATER_CORRECTION, 1);
    }

    @Test
    void noEventsGiveZeroPersonsEverywhere() {
        Map<String, BigDecimal> figures = figures(TOWN, 5);
        assertEquals(4, figures.size());
        figures.values().forEach(v -> assertEquals(0, v.signum()));
    }
}
