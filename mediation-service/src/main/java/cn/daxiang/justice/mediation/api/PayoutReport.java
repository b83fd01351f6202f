package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.mediation.domain.ComplexityGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What each committee and mediator is owed for the dossiers archived in one year; each dossier counted once. */
@Schema(name = "PayoutReport", description = "以奖代补核算 / reward payouts for dossiers archived in a year")
public record PayoutReport(
        @Schema(description = "年度（卷宗归档日期所在年度）") int year,
        @Schema(description = "核算范围的机构代码（含下级）") String orgUnit,
        @Schema(description = "当年归档卷宗数") long dossiers,
        @Schema(description = "其中无对应奖励标准、未计奖励的卷宗数") long unratedDossiers,
        @Schema(description = "奖励总额（元），每卷只计一次") BigDecimal total,
        List<GradeLine> grades,
        @Schema(description = "按委员会，至多前200条（按机构、名称）；全部见 GET rewards/payouts/committees（分页） / "
                + "the first 200 committee lines; every line, paged: rewards/payouts/committees") List<CommitteeLine> committees,
        @Schema(description = "按调解员，至多前200条（按机构、编号）；全部见 GET rewards/payouts/mediators（分页） / "
                + "the first 200 mediator lines; every line, paged: rewards/payouts/mediators") List<MediatorLine> mediators,
        @Schema(description = "委员会行总数；大于 committees 的条数时请分页读取 / committee lines in all") long committeesTotal,
        @Schema(description = "调解员行总数；大于 mediators 的条数时请分页读取 / mediator lines in all") long mediatorsTotal) {

    @Schema(name = "PayoutGradeLine", description = "按等级：标准 × 卷数")
    public record GradeLine(
            @Schema(description = "SIMPLE 简易, GENERAL 一般, COMPLEX 疑难复杂, MAJOR 重大") ComplexityGrade complexityGrade,
            @Schema(description = "每卷标准；未设置时为空", nullable = true) BigDecimal rate,
            long dossiers,
            BigDecimal amount) {
    }

    @Schema(name = "PayoutCommitteeLine", description = "按委员会：其卷宗奖励之和")
    public record CommitteeLine(UUID committeeId, String name, String orgUnit, long dossiers, BigDecimal amount) {
    }

    @Schema(name = "PayoutMediatorLine", description = "按调解员：每卷奖励由承办调解员均分（分位余数归主办）")
    public record MediatorLine(UUID mediatorId, String name, String orgUnit, long dossiers, BigDecimal amount) {
    }
}
