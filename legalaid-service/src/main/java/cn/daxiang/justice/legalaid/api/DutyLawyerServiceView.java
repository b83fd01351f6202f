package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.legalaid.domain.DutyServiceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A duty-lawyer service as clients read it; the suspect's name and the notes follow the masking policy. */
@PersonalData
@Schema(name = "DutyLawyerService", description = "值班律师法律帮助 / a duty lawyer's service")
public record DutyLawyerServiceView(
        UUID id,
        @Schema(description = "登记机构") String orgUnit,
        @Schema(description = "版本号，从1开始，每次修改加1") long version,
        @Schema(description = "值班律师") UUID providerId,
        @Schema(description = "法律援助工作站") UUID servicePointId,
        @Schema(description = "服务日期") LocalDate servedOn,
        @Schema(description = "法律帮助类型") DutyServiceKind kind,
        @Schema(description = "犯罪嫌疑人、被告人姓名（对无需完整信息的读者脱敏）") String suspectName,
        @Schema(description = "备注（可能涉及案情和他人姓名：对无需完整信息的读者和列表整段隐去，显示为 ***）", nullable = true) String notes,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
