package cn.daxiang.justice.mediation.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.mediation.domain.Employment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData
@Schema(name = "Mediator", description = "人民调解员 / people's mediator")
public record MediatorView(
        UUID id,
        @Schema(description = "所属委员会的机构代码") String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        UUID committeeId,
        @Schema(description = "姓名（只读角色看到脱敏姓名）") String name,
        @Schema(description = "身份证号码，列表中及无权查看者看到脱敏值", nullable = true) String idNumber,
        @Schema(description = "联系电话（脱敏规则同上）", nullable = true) String phone,
        @Schema(description = "FULL_TIME 专职, PART_TIME 兼职") Employment employment,
        LocalDate termStart,
        @Schema(nullable = true) LocalDate termEnd,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
