package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.legalaid.domain.TerminationReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** 终止法律援助, with a typed reason. */
@Schema(name = "CaseTerminateInput", description = "终止法律援助 / terminate legal aid")
public record TerminateInput(
        @NotNull @PastOrPresent @Schema(description = "终止日期", example = "2021-04-01") LocalDate terminatedOn,
        @NotNull @Schema(description = "终止原因：NO_LONGER_ELIGIBLE 不再符合援助条件, PROCEEDINGS_ENDED 案件终止审理或被撤销, SELF_RETAINED 受援人另行委托, APPLICANT_WITHDREW 受援人要求终止, MISUSE 利用法律援助从事违法活动, FALSE_INFORMATION 隐瞒真相或提供虚假材料, OTHER 其他法定情形") TerminationReason reason,
        @Size(max = 1000) @Schema(description = "说明（可选）") String note,
        @Schema(description = "The case version this is based on; or send If-Match") Long version) {
}
