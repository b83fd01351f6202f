package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.ElectronicLocationEndReason;
import cn.daxiang.justice.corrections.domain.ElectronicLocationReason;
import cn.daxiang.justice.corrections.domain.ElectronicLocationStatus;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "ElectronicLocation", description = "电子定位 / electronic location (社区矫正法 第二十九条)")
public record ElectronicLocationView(UUID id, UUID subjectId, String orgUnit, long version, LocalDate decidedOn, String approvedBy,
                                     @Schema(description = REASONS) ElectronicLocationReason reason,
                                     LocalDate startsOn, LocalDate endsOn,
                                     @Schema(description = "所延长的电子定位记录") UUID renewsId,
                                     @Schema(description = "本记录被延长的决定日期") LocalDate renewedOn,
                                     @Schema(description = "ACTIVE 使用中, ENDED 已解除") ElectronicLocationStatus status,
                                     LocalDate endedOn,
                                     @Schema(description = END_REASONS) ElectronicLocationEndReason endReason,
                                     @Schema(description = "法定期限：ELECTRONIC_LOCATION_REVIEW 期限届满前解除或经批准延长") List<Deadline> deadlines,
                                     Instant createdAt, Instant updatedAt) implements Versioned {

    public static final String REASONS = "使用理由（第二十九条第一款）：VIOLATED_PROHIBITION_ORDER 违反人民法院禁止令, "
            + "LEFT_WITHOUT_PERMISSION 无正当理由未经批准离开所居住的市、县, FAILED_TO_REPORT_WARNED 拒不按照规定报告活动情况被给予警告, "
            + "PUBLIC_SECURITY_PUNISHED 违反监督管理规定被给予治安管理处罚, REVOCATION_PROPOSED 拟提请撤销缓刑、假释或者暂予监外执行收监执行";

    public static final String END_REASONS = "解除原因：NO_LONGER_NEEDED 不需要继续使用, TERM_ENDED 期限届满未延长, "
            + "CORRECTION_ENDED 社区矫正解除或终止";
}
