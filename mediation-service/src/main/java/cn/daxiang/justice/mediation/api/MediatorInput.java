package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.idnumber.ResidentId;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.mediation.domain.Employment;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What a client sends to register or replace a mediator; the org unit is the committee's. */
@Schema(name = "MediatorInput", description = "人民调解员 / people's mediator")
public record MediatorInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent") UUID id,
        @NotNull @Schema(description = "所属人民调解委员会 id") UUID committeeId,
        @NotBlank @Size(max = 50) @Schema(description = "姓名", example = "李四", maxLength = 50) String name,
        @ResidentId @Schema(description = "居民身份证号码（18位）；可空", example = "430503196804150615") String idNumber,
        @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "电话号码格式不正确")
        @Schema(description = "联系电话；可空", example = "13807390000") String phone,
        @NotNull @Schema(description = "FULL_TIME 专职, PART_TIME 兼职") Employment employment,
        @NotNull @Schema(description = "本届任期开始日期（选任/换届）", example = "2021-01-01") LocalDate termStart,
        @Schema(description = "本届任期结束日期；可空，不能早于开始日期") LocalDate termEnd,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
