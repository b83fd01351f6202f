package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.EducationKind;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One file per person (一人一档). */
@PersonalData
@Schema(name = "SubjectFile", description = "一人一档 / the subject's complete file")
public record SubjectFileView(
        SubjectView subject,
        List<LevelView> levels,
        List<ViolationView> violations,
        List<ScoreView> scores,
        List<Attendance> education,
        List<RemoteVisitView> visits,
        @Schema(description = "移交安置帮教后的记录编号", nullable = true) UUID resettlementPersonId,
        @Schema(description = "档案中的其他记录目录（监督管理、电子定位、病情复查、请假外出、变更执行地、脱管、表扬、提请撤销），按日期排列；"
                + "每条记录由其地址读取") List<Entry> records) {

    @Schema(name = "SubjectFileEntry", description = "档案记录目录项")
    public record Entry(@Schema(description = "记录类别", example = "请假外出") String kind, UUID id,
                        @Schema(description = "记录日期（发生、决定、申请或发现日期）") LocalDate on,
                        @Schema(description = "记录地址", example = "/api/v1/corrections/leave-requests/…") String record) {
    }

    @Schema(name = "EducationAttendance", description = "参加的教育矫正活动")
    public record Attendance(UUID sessionId, LocalDate heldOn, String topic,
                             @Schema(description = "COLLECTIVE 集中教育, INDIVIDUAL 个别教育") EducationKind kind) {
    }
}
