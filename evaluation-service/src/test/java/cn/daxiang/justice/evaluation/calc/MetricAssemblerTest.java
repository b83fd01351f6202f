package cn.daxiang.justice.evaluation.calc;

import cn.daxiang.justice.evaluation.client.Line;
import cn.daxiang.justice.evaluation.client.LineStats;
import cn.daxiang.justice.evaluation.client.StatsAnswer;
import cn.daxiang.justice.evaluation.expression.Resolution;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricAssemblerTest {

    static final String ORG = "430503000000";
    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 12, 31);
    static final Instant AS_OF = Instant.parse("2022-01-05T08:00:00Z");

    static LineStats answered(Line line, LocalDate completeFrom, Map<String, BigDecimal> metrics) {
        return LineStats.checked(line, new StatsAnswer(ORG, FROM, TO, AS_OF, completeFrom, metrics), ORG, FROM, TO);
    }

    static Map<Line, LineStats> lines(LineStats... stats) {
        Map<Line, LineStats> m = new EnumMap<>(Line.class);
        for (LineStats s : stats) {
            m.put(s.line(), s);
        }
        return m;
    }

    static MetricAssembler.Entered manual(String metric, String value) {
        return new MetricAssembler.Entered(metric, new BigDecimal(value), AS_OF, "m-" + metric, "evaluator@district");
    }

    static MetricValue value(MetricAssembler a, String name) {
        return a.values().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void theServiceWinsAndADisagreementIsAWarning() {
        MetricAssembler a = MetricAssembler.assemble(lines(
                        answered(Line.MEDIATION, LocalDate.of(2020, 1, 1), Map.of("mediation.disputes.mediated", new BigDecimal("236")))),
                List.of(manual("mediation.disputes.mediated", "240"), manual("reconsideration.received", "15.0000")),
                List.of(), FROM, 2021);
        MetricValue mediated = value(a, "mediation.disputes.mediated");
        assertEquals("MEDIATION_SERVICE", mediated.source());
        assertEquals(0, new BigDecimal("236").compareTo(mediated.value()));
        assertEquals(AS_OF, mediated.asOf());
        assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("MANUAL_FIGURE_DISAGREES")
                && w.metric().equals("mediation.disputes.mediated")));
        MetricValue received = value(a, "reconsideration.received");
        assertEquals("MANUAL", received.source());
        assertEquals("15", received.value().toPlainString());
        assertEquals("evaluator@district", received.enteredBy());
    }

    @Test
    void beforeRecordsAreCompleteTheManualFigureStands() {
        MetricAssembler a = MetricAssembler.assemble(lines(answered(Line.CORRECTIONS, LocalDate.of(2021, 6, 1), Map.of(
                        "corrections.subjects.active", BigDecimal.ZERO, "corrections.subjects.active.control", BigDecimal.ZERO))),
                List.of(manual("corrections.subjects.active", "148")), List.of(), FROM, 2021);
        MetricValue active = value(a, "corrections.subjects.active");
        assertEquals("MANUAL", active.source());
        assertEquals(0, new BigDecimal("148").compareTo(active.value()));
        MetricValue control = value(a, "corrections.subjects.active.control");
        assertEquals("CORRECTIONS_SERVICE", control.source());
        assertTrue(control.partial(), "a service figure for a period before its records are complete is marked partial");
        assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("MANUAL_FIGURE_PREVAILS")));
        assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("RECORDS_INCOMPLETE") && w.line().equals("CORRECTIONS")));
    }

    @Test
    void anUnreachableLineResolvesUnavailableEvenWithAManualFigure() {
        MetricAssembler a = MetricAssembler.assemble(lines(LineStats.unavailable(Line.LEGAL_AID, "法律援助服务不可用：HTTP 500")),
                List.of(manual("legalaid.cases.accepted", "593")),
                List.of(new MetricAssembler.Entered("legalaid.cases.accepted", new BigDecimal("380.00"), AS_OF, "t1", "admin")),
                FROM, 2021);
        assertInstanceOf(Resolution.Unavailable.class, a.lookup().apply("legalaid.cases.accepted"));
        assertEquals("法律援助服务不可用：HTTP 500", a.lookup().apply("legalaid.cases.accepted").reason());
        assertFalse(a.values().stream().anyMatch(v -> v.name().equals("legalaid.cases.accepted")));
        assertTrue(a.warnings().stream().anyMatch(w -> w.code().equals("MANUAL_FIGURE_NOT_USED")));
        Resolution target = a.lookup().apply("target:legalaid.cases.accepted");
        assertEquals(0, new BigDecimal("380").compareTo(((Resolution.Value) target).value()));
        assertEquals("TARGET", value(a, "target:legalaid.cases.accepted").source());
    }

    @Test
    void unreportedNamesAreMissing() {
        MetricAssembler a = MetricAssembler.assemble(lines(answered(Line.LEGAL_AID, null, Map.of())), List.of(), List.of(), FROM, null);
        assertInstanceOf(Resolution.Missing.class, a.lookup().apply("legalaid.cases.accepted"));
        assertInstanceOf(Resolution.Missing.class, a.lookup().apply("training.sessions"));
        assertTrue(a.lookup().apply("target:legalaid.cases.accepted").reason().contains("跨年度"));
    }

    @Test
    void theCorrectionsServiceAnswersForResettlementsDeadlinesAndNoOtherLineDoes() {
        Map<String, BigDecimal> contact = Map.of("resettlement.persons.contact.onTime", new BigDecimal("4"),
                "corrections.subjects.reportIn.late", BigDecimal.ONE);
        MetricAssembler a = MetricAssembler.assemble(lines(answered(Line.CORRECTIONS, null, contact)), List.of(), List.of(), FROM, 2021);
        assertEquals("CORRECTIONS_SERVICE", value(a, "resettlement.persons.contact.onTime").source());
        assertEquals(Line.CORRECTIONS, Line.of("resettlement.persons.contact.overdue"));
        org.junit.jupiter.api.Assertions.assertThrows(LineStats.InvalidStatsAnswer.class, () -> answered(Line.MEDIATION, null, contact));
    }

    @Test
    void answersThatAreNotStatsAreRefused() {
        Map<String, BigDecimal> wrongLine = Map.of("mediation.disputes.mediated", BigDecimal.ONE);
        org.junit.jupiter.api.Assertions.assertThrows(LineStats.InvalidStatsAnswer.class,
                () -> answered(Line.CORRECTIONS, null, wrongLine));
        org.junit.jupiter.api.Assertions.assertThrows(LineStats.InvalidStatsAnswer.class,
                () -> LineStats.checked(Line.CORRECTIONS, new StatsAnswer(ORG, FROM, TO, AS_OF, null, null), ORG, FROM, TO));
        org.junit.jupiter.api.Assertions.assertThrows(LineStats.InvalidStatsAnswer.class,
                () -> LineStats.checked(Line.CORRECTIONS, new StatsAnswer("430503101000", FROM, TO, AS_OF, null, Map.of()), ORG, FROM, TO));
    }
}
