package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.Gender;
import cn.daxiang.justice.corrections.domain.HandoverMethod;
import cn.daxiang.justice.corrections.domain.ResettlementSource;
import cn.daxiang.justice.corrections.domain.ResettlementStatus;
import cn.daxiang.justice.corrections.domain.SupportTeamMember;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "ResettlementPerson", description = "安置帮教对象 / person in resettlement and support")
public record ResettlementView(UUID id, String orgUnit, long version, String name,
                               @Schema(description = "MALE 男, FEMALE 女") Gender gender,
                               @Schema(description = "身份证号码；列表与无需查看全号的角色看到脱敏值") String idNumber,
                               @Schema(description = "PRISON_RELEASE 刑满释放, CORRECTION_RELEASE 解除矫正") ResettlementSource source,
                               LocalDate releasedOn, LocalDate receivedOn,
                               @Schema(description = "首次联系（衔接、帮教走访）日期", nullable = true) LocalDate contactedOn,
                               @Schema(description = "收到监狱《刑满释放人员通知书》的日期", nullable = true) LocalDate noticeReceivedOn,
                               @Schema(description = "是否已完成衔接：登记了衔接时由衔接方式得出，否则为客户端所填") boolean handoverDone,
                               boolean keyTarget,
                               List<SupportTeamMember> supportTeam,
                               @Schema(description = "IN_SUPPORT 帮教中, ENDED 帮教结束") ResettlementStatus status,
                               @Schema(nullable = true) LocalDate endedOn,
                               @Schema(description = "移交来源的矫正对象编号（解除矫正移交时）", nullable = true) UUID subjectId,
                               @Schema(description = "释放通知书的发出单位（监狱名称）", nullable = true) String prisonName,
                               @Schema(description = "释放通知书所载预计释放日期", nullable = true) LocalDate expectedReleaseOn,
                               @Schema(description = "衔接日期", nullable = true) LocalDate handoverOn,
                               @Schema(description = ResettlementInput.HANDOVER_METHODS, nullable = true) HandoverMethod handoverMethod,
                               @Schema(description = "衔接人（工作人员姓名，不遮蔽）", nullable = true) String handoverBy,
                               @Schema(description = "法定期限及其状态 / the record's statutory due dates and their state")
                               List<Deadline> deadlines,
                               Instant createdAt, Instant updatedAt) implements Versioned {
}
