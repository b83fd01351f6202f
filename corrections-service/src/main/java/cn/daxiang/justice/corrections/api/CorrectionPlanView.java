package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.RiskLevel;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "CorrectionPlan", description = "矫正方案（社区矫正法第二十四条） / correction plan")
public record CorrectionPlanView(UUID id, UUID subjectId, String orgUnit, long version,
                                 @Schema(description = "方案版本号：每个对象从 1 起连续编号") int planVersion,
                                 @Schema(description = "是否为当前方案（最新版本）；被新版本取代的方案不能再修改") boolean current,
                                 LocalDate drawnUpOn, @Schema(description = RISK_LEVELS) RiskLevel riskLevel, String riskAssessment,
                                 String supervisionMeasures, String educationMeasures,
                                 @Schema(nullable = true) String psychologicalMeasures,
                                 @Schema(nullable = true) String assistanceMeasures,
                                 @Schema(description = "调整理由；首版为空", nullable = true) String adjustmentReason,
                                 String adoptedBy, Instant createdAt, Instant updatedAt) implements Versioned {

    static final String RISK_LEVELS = "风险等级：LOW 低, MEDIUM 中, HIGH 高";
    static final String DRAWN_UP_ON = "制定日期，不晚于今天，在矫正期间内，不早于上一版方案的制定日期";
}
