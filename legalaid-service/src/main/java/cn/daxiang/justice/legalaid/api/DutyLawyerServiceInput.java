package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.legalaid.domain.DutyServiceKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** One duty-lawyer service (值班律师法律帮助). */
@Schema(name = "DutyLawyerServiceInput", description = "值班律师法律帮助 / a duty lawyer's service")
public record DutyLawyerServiceInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "登记机构（12位区划代码）", example = "430503101000") String orgUnit,
        @NotNull @Schema(description = "值班律师（法律援助人员，须在本机构范围内）") UUID providerId,
        @NotNull @Schema(description = "法律援助工作站（公共法律服务网点，设在法院、检察院、看守所或公安机关；须在本机构范围内）") UUID servicePointId,
        @NotNull @PastOrPresent @Schema(description = "服务日期", example = "2021-10-08") LocalDate servedOn,
        @NotNull @Schema(description = "法律帮助类型：LEGAL_CONSULTATION 法律咨询, PROCEDURE_ADVICE 程序选择建议, COERCIVE_MEASURE_CHANGE 申请变更强制措施, "
                + "CASE_OPINION 对案件处理提出意见, AID_APPLICATION_HELP 帮助申请法律援助, PLEA_WITNESS 认罪认罚见证（签署具结书在场）, MEETING 会见, FILE_REVIEW 阅卷")
        DutyServiceKind kind,
        @NotBlank @Size(max = 100) @Schema(description = "犯罪嫌疑人、被告人姓名（列表中脱敏）", example = "王五") String suspectName,
        @Size(max = 2000) @Schema(description = "备注", example = "告知认罪认罚的性质和法律后果", nullable = true) String notes,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
