package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.mediation.domain.CommitteeLevel;
import cn.daxiang.justice.mediation.domain.CommitteeStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** What a client sends to create or replace a mediation committee. */
@Schema(name = "CommitteeInput", description = "人民调解委员会 / people's mediation committee")
public record CommitteeInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent")
        UUID id,
        @NotNull @KnownOrgUnit
        @Schema(description = "所属司法所或区局的12位区划代码", example = "430503101000")
        String orgUnit,
        @NotBlank @Size(max = 100)
        @Schema(description = "委员会名称", example = "罗市镇人民调解委员会", maxLength = 100)
        String name,
        @NotNull
        @Schema(description = "委员会类别：TOWNSHIP 乡镇, VILLAGE 村/社区, INDUSTRY 行业性, PROFESSIONAL 专业性")
        CommitteeLevel level,
        @NotNull
        @Schema(description = "本届任期开始日期", example = "2021-01-01")
        LocalDate termStart,
        @Schema(description = "本届任期结束日期；可空，不能早于开始日期", example = "2025-12-31")
        LocalDate termEnd,
        @NotNull
        @Schema(description = "状态：ACTIVE 在任, DISSOLVED 撤销")
        CommitteeStatus status,
        @Min(0) @Max(365)
        @Schema(description = "本委员会回访制度：调解成功的纠纷自调结之日起若干日内回访（1–365）；0：取消回访期限；"
                + "不填：保持原设置（早于此字段的客户端不会清除它）", example = "15")
        Integer followUpWithinDays,
        @Schema(description = "The version this change is based on (updates only); or send If-Match")
        Long version) implements SyncInput {
}
