package cn.daxiang.justice.evaluation.calc;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How stored manual figures become a run's figures (issue 23): exact period, sums within it, overlaps, gaps, openings. */
class ManualFiguresTest {

    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 12, 31);
    static final Map<String, CatalogEntry> CATALOG = Map.of("team.people.forums",
            new CatalogEntry("team.people.forums", "MANUAL", "民情恳谈会次数", "次", "OTHER", "“我为群众办实事”：", 410, "召开民情恳谈会%s次",
                    "SUM", false, null, false));

    static ManualFigures.Figure figure(String metric, String from, String to, String value) {
        return new ManualFigures.Figure(metric, LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(value),
                Instant.parse("2022-01-05T08:00:00Z"), from + "/" + to, "evaluator@430503000000");
    }

    @Test
    void aFigureForExactlyThePeriodIsUsedAloneEvenWithSubPeriodFiguresBesideIt() {
        ManualFigures.Result r = ManualFigures.of(List.of(figure("team.people.forums", "2021-01-01", "2021-12-31", "7"),
                figure("team.people.forums", "2021-03-01", "2021-03-31", "2")), CATALOG, FROM, TO);
        assertEquals(1, r.figures().size());
        assertEquals(0, new BigDecimal("7").compareTo(r.figures().get(0).value()));
        assertNull(r.figures().get(0).periodLabel());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void overlappingSubPeriodsAreNotCountedTwiceAndTheRunIsWarned() {
        ManualFigures.Result r = ManualFigures.of(List.of(figure("team.people.forums", "2021-01-01", "2021-03-31", "3"),
                figure("team.people.forums", "2021-03-01", "2021-03-31", "2"),
                figure("team.people.forums", "2021-04-01", "2021-12-31", "4")), CATALOG, FROM, TO);
        assertEquals(0, new BigDecimal("7").compareTo(r.figures().get(0).value()));
        assertEquals(2, r.figures().get(0).parts());
        assertEquals(List.of("MANUAL_FIGURE_OVERLAPS"), r.warnings().stream().map(RunWarning::code).toList());
    }

    @Test
    void aSumWithAGapOrShortOfTheEndIsLabelledWithWhatItCovers() {
        ManualFigures.Result gap = ManualFigures.of(List.of(figure("team.people.forums", "2021-01-01", "2021-01-31", "1"),
                figure("team.people.forums", "2021-03-01", "2021-03-31", "1")), CATALOG, FROM, TO);
        assertEquals("2021年1月1日至2021年3月31日，部分期间未填报", gap.figures().get(0).periodLabel());
        ManualFigures.Result early = ManualFigures.of(List.of(figure("team.people.forums", "2021-01-01", "2021-09-30", "5")),
                CATALOG, FROM, TO);
        assertEquals("截至2021年9月30日", early.figures().get(0).periodLabel());
    }

    @Test
    void theLatestOpeningBalanceUpToTheRunsEndIsKeptAndALaterOneIsNot() {
        ManualFigures.Result r = ManualFigures.of(List.of(
                figure("opening:corrections.subjects.received", "2003-01-01", "2018-12-31", "300"),
                figure("opening:corrections.subjects.received", "2003-01-01", "2019-12-31", "327"),
                figure("opening:corrections.subjects.released", "2003-01-01", "2022-12-31", "9")), CATALOG, FROM, TO);
        assertEquals(0, new BigDecimal("327").compareTo(r.openings().get("corrections.subjects.received").value()));
        assertEquals("截至2019年12月31日", r.openings().get("corrections.subjects.received").periodLabel());
        assertNull(r.openings().get("corrections.subjects.released"));
        assertTrue(r.figures().isEmpty());
    }
}
