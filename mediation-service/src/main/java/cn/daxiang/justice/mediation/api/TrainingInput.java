package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.mediation.domain.TrainingKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "TrainingInput", description = "调解员培训 / a training session for mediators")
public record TrainingInput(
        @Schema(description = "Client-supplied id (offline offices); generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "举办机构的12位区划代码", example = "430503000000") String orgUnit,
        @NotNull @Schema(description = "INITIAL 初任培训, ANNUAL 年度培训") TrainingKind kind,
        @NotBlank @Size(max = 200) @Schema(description = "培训名称", maxLength = 200, example = "2026年第一季度人民调解员业务培训") String title,
        @NotNull @Schema(description = "培训日期", example = "2021-06-18") LocalDate heldOn,
        @NotNull @DecimalMin(value = "0.5", message = "学时至少0.5") @DecimalMax(value = "200", message = "学时不能超过200")
        @Digits(integer = 3, fraction = 1, message = "学时最多一位小数")
        @Schema(description = "学时", example = "4") BigDecimal hours,
        @NotNull @Size(max = 1000) @Schema(description = "参训调解员 id（每人一人次）") List<@NotNull UUID> attendeeIds,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
