package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.EducationKind;
import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "EducationSessionInput", description = "教育矫正活动 / education session")
public record EducationSessionInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "组织活动的机构代码", example = "430503101000") String orgUnit,
        @NotNull @PastOrPresent @Schema(description = "活动日期", example = "2021-06-15") LocalDate heldOn,
        @NotBlank @Size(max = 200) @Schema(description = "主题", example = "法治教育：民法典") String topic,
        @NotNull @Schema(description = "形式：COLLECTIVE 集中教育, INDIVIDUAL 个别教育（仅一名对象）") EducationKind kind,
        @NotEmpty @Size(max = 500) @Schema(description = "参加的矫正对象（人次 = 条数）") List<@NotNull UUID> subjectIds,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
