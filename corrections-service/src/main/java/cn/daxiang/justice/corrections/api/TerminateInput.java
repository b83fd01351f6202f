package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.TerminationReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "TerminateInput", description = "终止矫正 / termination of correction")
public record TerminateInput(
        @NotNull @PastOrPresent @Schema(description = "终止日期，不早于接收日期", example = "2021-09-01")
        LocalDate date,
        @NotNull @Schema(description = "终止原因：REVOKED 撤销缓刑/假释, IMPRISONED 收监执行, DEATH 死亡")
        TerminationReason reason,
        @Size(max = 500) @Schema(description = "备注")
        String note,
        @Schema(description = "The subject's version this action is based on; or send If-Match")
        Long version) implements EndInput {
}
