package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.CaseComplexity;
import cn.daxiang.justice.legalaid.domain.ReviewResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a closed case's provider is owed: the rate of its closing year, adjusted by its last quality review. */
@Schema(name = "CaseSubsidy", description = "结案案件的办案补贴 / the subsidy a closed case is owed")
public record SubsidyView(
        @Schema(description = "案件 id") UUID caseId,
        @Schema(description = "案件所属机构") String orgUnit,
        @Schema(description = "承办人员") UUID providerId,
        CaseCategory category,
        @Schema(nullable = true) CaseComplexity complexity,
        @Schema(description = "结案日期") LocalDate closedOn,
        @Schema(description = "适用的补贴标准", nullable = true) UUID rateId,
        @Schema(description = "补贴标准金额（元）", nullable = true) BigDecimal rate,
        @Schema(description = "最后一次质量评查结果；未评查为空", nullable = true) ReviewResult lastReview,
        @Schema(description = "按评查结果发放的比例（合格或未评查为1）") BigDecimal share,
        @Schema(description = "应发金额（元）；无适用标准时为空；已申请发放的为冻结金额", nullable = true) BigDecimal amount,
        SubsidyState state,
        @Schema(description = "发放记录 id（已申请发放时）", nullable = true) UUID paymentId) {
}
