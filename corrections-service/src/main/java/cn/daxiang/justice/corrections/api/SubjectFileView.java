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
        @Schema(description = "移交安置帮教后的记录编号", nullable = true) UUID resettlementPersonId) {

    @Schema(name = "EducationAttendance", description = "参加的教育矫正活动")
    public record Attendance(UUID sessionId, LocalDate heldOn, String topic,
                             @Schema(description = "COLLECTIVE 集中教育, INDIVIDUAL 个别教育") EducationKind kind) {
    }
}
