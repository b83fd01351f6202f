package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.CorrectionPlanInput;
import cn.daxiang.justice.corrections.domain.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A correction plan as uploaded through sync: the API's {@link CorrectionPlanInput} plus its subject; the org unit is the
 * subject's and the plan's number is the server's (the next one when created).
 */
@Schema(name = "CorrectionPlanSyncInput", description = "矫正方案（同步） / correction plan, as uploaded through sync")
public record CorrectionPlanSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @PastOrPresent @Schema(description = "制定日期，在矫正期间内", example = "2021-02-10") LocalDate drawnUpOn,
        @NotNull @Schema(description = "风险等级：LOW 低, MEDIUM 中, HIGH 高", example = "MEDIUM") RiskLevel riskLevel,
        @NotBlank @Size(max = 2000) @Schema(description = "方案所依据的评估", example = "初犯，认罪悔罪，家庭支持，无业") String riskAssessment,
        @NotBlank @Size(max = 2000) @Schema(description = "监督管理措施", example = "每周电话报告，每月到司法所报到一次") String supervisionMeasures,
        @NotBlank @Size(max = 2000) @Schema(description = "教育矫正措施", example = "每月参加集中教育学习，开展法治教育") String educationMeasures,
        @Size(max = 2000) @Schema(description = "心理矫正措施（可空）", example = "入矫心理测评") String psychologicalMeasures,
        @Size(max = 2000) @Schema(description = "帮扶措施（可空）", example = "协调社区推荐就业") String assistanceMeasures,
        @Size(max = 2000) @Schema(description = "调整理由：第二版起必填", example = "表现良好，管理等级调整为宽管") String adjustmentReason,
        @NotBlank @Size(max = 100) @Schema(description = "制定（批准）单位或人员", example = "大祥区蔡锷乡司法所") String adoptedBy,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<CorrectionPlanInput> {


    @Override
    public CorrectionPlanInput toApiInput() {
        return new CorrectionPlanInput(id, drawnUpOn, riskLevel, riskAssessment, supervisionMeasures, educationMeasures,
                psychologicalMeasures, assistanceMeasures, adjustmentReason, adoptedBy, version);
    }
}
