package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.EntrustingAuthority;
import cn.daxiang.justice.corrections.domain.InvestigationOpinion;
import cn.daxiang.justice.corrections.domain.InvestigationStatus;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An investigation as clients read it; the ID number is masked unless the reader needs it. */
@PersonalData
@Schema(name = "Investigation", description = "调查评估 / pre-sentence investigation and evaluation")
public record InvestigationView(
        UUID id,
        String orgUnit,
        long version,
        EntrustingAuthority entrustingAuthority,
        String entrustingOrgan,
        String personName,
        @Schema(description = "身份证号码；列表与无需查看全号的角色看到脱敏值，如 430503********123X")
        String personIdNumber,
        LocalDate entrustedOn,
        @Schema(description = "是否适用速裁程序")
        boolean expedited,
        @Schema(nullable = true)
        LocalDate completedOn,
        @Schema(nullable = true)
        InvestigationOpinion opinion,
        @Schema(description = "PENDING 评估中, COMPLETED 已完成")
        InvestigationStatus status,
        @Schema(description = "法定期限及其状态 / the record's statutory due dates and their state")
        List<Deadline> deadlines,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
