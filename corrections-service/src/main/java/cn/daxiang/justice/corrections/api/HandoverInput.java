package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.HandoverMethod;
import cn.daxiang.justice.corrections.domain.SupportTeamMember;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "HandoverInput", description = "解除矫正人员移交安置帮教 / hand-over of a released subject to resettlement")
public record HandoverInput(
        @Schema(description = "Client-supplied id of the new resettlement record; generated when absent") UUID id,
        @KnownOrgUnit @Schema(description = "负责帮教的机构代码；缺省为矫正对象的机构", example = "430503101000") String orgUnit,
        @NotNull @PastOrPresent @Schema(description = "接收日期，不早于解除矫正日期", example = "2021-09-02") LocalDate receivedOn,
        @Schema(description = ResettlementInput.HANDOVER_DONE) Boolean handoverDone,
        @NotNull @Schema(description = "是否重点帮教对象") Boolean keyTarget,
        @Size(max = 5) @Schema(description = "帮教小组（五包一），至多五人") List<@Valid @NotNull SupportTeamMember> supportTeam,
        @PastOrPresent @Schema(description = ResettlementInput.HANDOVER_ON, example = "2021-09-01") LocalDate handoverOn,
        @Schema(description = ResettlementInput.HANDOVER_METHODS, example = "HANDED_OVER_BY_CORRECTION") HandoverMethod handoverMethod,
        @Size(max = 50) @Schema(description = "衔接人（工作人员姓名）", example = "王所长") String handoverBy) {
}
