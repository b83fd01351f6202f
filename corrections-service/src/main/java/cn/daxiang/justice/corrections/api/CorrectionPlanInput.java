package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One version of a subject's correction plan as the API takes it; its number is the server's. */
@Schema(name = "CorrectionPlanInput", description = "矫正方案（社区矫正法第二十四条） / correction plan")
public record CorrectionPlanInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @PastOrPresent @Schema(description = CorrectionPlanView.DRAWN_UP_ON, example = "2021-02-10") LocalDate drawnUpOn,
        @NotNull @Schema(description = CorrectionPlanView.RISK_LEVELS, example = "MEDIUM") RiskLevel riskLevel,
        @NotBlank @Size(max = 2000) @Schema(description = "方案所依据的评估：裁判内容、性别、年龄、心理特点、健康状况、犯罪原因和类型、犯罪情节、悔罪表现等",
                example = "初犯，认罪悔罪，家庭支持，无业") String riskAssessment,
        @NotBlank @Size(max = 2000) @Schema(description = "监督管理措施", example = "每周电话报告，每月到司法所报到一次") String supervisionMeasures,
        @NotBlank @Size(max = 2000) @Schema(description = "教育矫正措施", example = "每月参加集中教育学习，开展法治教育") String educationMeasures,
        @Size(max = 2000) @Schema(description = "心理矫正措施（可空）", example = "入矫心理测评，必要时个别心理辅导") String psychologicalMeasures,
        @Size(max = 2000) @Schema(description = "帮扶措施（可空）", example = "协调社区推荐就业") String assistanceMeasures,
        @Size(max = 2000) @Schema(description = "调整理由：第二版起必填，首版不填", example = "表现良好，管理等级调整为宽管") String adjustmentReason,
        @NotBlank @Size(max = 100) @Schema(description = "制定（批准）单位或人员", example = "大祥区蔡锷乡司法所") String adoptedBy,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) {
}
