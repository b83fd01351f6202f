package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.mediation.domain.RewardPaymentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData
@Schema(name = "RewardPayment", description = "以奖代补发放批次 / a reward payment batch")
public record RewardPaymentView(
        UUID id,
        String orgUnit,
        long version,
        @Schema(description = "卷宗年度（归档年度）") int year,
        @Schema(description = "依据文件文号") String documentNumber,
        @Schema(description = "依据文件标题") String documentTitle,
        @Schema(description = "奖励卷宗数") int dossiers,
        @Schema(description = "发放调解员人数") int mediators,
        @Schema(description = "发放总额（元）") BigDecimal total,
        @Schema(description = "SUBMITTED 审批中, APPROVED 已批准, REJECTED 未批准, PAID 已发放") RewardPaymentStatus status,
        @Schema(description = "审批申请（最近一次）", nullable = true) UUID approvalId,
        @Schema(description = "发放日期", nullable = true) LocalDate paidOn,
        @Schema(description = "发放人", nullable = true) String paidBy,
        @Schema(description = "按调解员：每卷奖励由承办调解员均分（分位余数归主办），按机构、编号") List<Line> lines,
        @Schema(description = "奖励的卷宗（纠纷编号）及其金额") List<Dossier> dossierLines,
        Instant createdAt,
        Instant updatedAt) implements Versioned {

    @Schema(name = "RewardPaymentLine", description = "发放明细（调解员）")
    public record Line(UUID mediatorId, String name, String orgUnit, int dossiers, BigDecimal amount) {
    }

    @Schema(name = "RewardPaymentDossier", description = "奖励卷宗")
    public record Dossier(UUID disputeId, String orgUnit, String complexityGrade, BigDecimal amount) {
    }
}
