package cn.daxiang.justice.mediation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "FeedbackInput", description = "向移送机关反馈调处结果 / the outcome fed back to the referring organ")
public record FeedbackInput(
        @NotNull
        @Schema(description = "反馈日期，不早于终结日期，不晚于今天", example = "2021-04-25")
        LocalDate fedBackOn,
        @NotBlank @Size(max = 2000)
        @Schema(description = "反馈内容", maxLength = 2000, example = "经调解双方达成书面协议，已当场履行完毕")
        String content,
        @Schema(description = "The version this action is based on; or send If-Match") Long version) {
}
