package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.SupervisionLevel;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "SupervisionLevelEntry", description = "管理等级变更记录 / one entry of the level history")
public record LevelView(UUID id, UUID subjectId,
                        @Schema(description = "STRICT 严管, NORMAL 普管, LENIENT 宽管") SupervisionLevel level,
                        LocalDate effectiveOn, String reason, String createdBy, Instant createdAt) {
}
