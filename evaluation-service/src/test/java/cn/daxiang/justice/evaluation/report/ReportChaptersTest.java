package cn.daxiang.justice.evaluation.report;

import cn.daxiang.justice.evaluation.domain.RunStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** 三、绩效评价结论 opens with the score: the total and grade of the run's scorecard, or that there is none. */
class ReportChaptersTest {

    @Test
    void aScoredRunsConclusionOpensWithTheTotalTheGradeAndTheSystemAndCarriesItsScorecard() {
        ReportDocument.Scorecard card = new ReportDocument.Scorecard("DISTRICT_BUREAU", "区司法局部门整体支出绩效评价指标体系", 2,
                new BigDecimal("100.00"), new BigDecimal("86.50"), "86.5", "良", "综合评分86.5分（满分100分），评价等级为“良”。", List.of());
        ReportDocument.Conclusion conclusion = ReportChapters.conclusion(RunStatus.COMPLETE, List.of(), List.of(), card);
        assertEquals("86.5分（满分100分），评价等级为“良”（区司法局部门整体支出绩效评价指标体系，第2版）。", conclusion.scoreText());
        assertSame(card, conclusion.scorecard());
    }

    @Test
    void aRunScoredAgainstNoScorecardSaysSoAndHasNoTable() {
        ReportDocument.Conclusion conclusion = ReportChapters.conclusion(RunStatus.PARTIAL, List.of(), List.of(), null);
        assertEquals("本次评价运行未计算综合评分。", conclusion.scoreText());
        assertNull(conclusion.scorecard());
    }
}
