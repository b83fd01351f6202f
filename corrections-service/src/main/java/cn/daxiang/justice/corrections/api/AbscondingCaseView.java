package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.AbscondingDiscovery;
import cn.daxiang.justice.corrections.domain.AbscondingEscalation;
import cn.daxiang.justice.corrections.domain.AbscondingStatus;
import cn.daxiang.justice.corrections.domain.AbscondingStep;
import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "AbscondingCase", description = "脱管（失去联系）及查找 / absconding case and its search")
public record AbscondingCaseView(UUID id, UUID subjectId, String orgUnit, long version, LocalDate discoveredOn,
                                 @Schema(description = AbscondingDiscovery.LABELS) AbscondingDiscovery discoveredHow,
                                 String circumstances,
                                 @Schema(description = "查找措施，按登记顺序") List<AbscondingStep> steps,
                                 @Schema(description = "OPEN 查找中, FOUND 已查找到, ESCALATED 已移交追逃或提请撤销、收监, CORRECTION_ENDED 矫正已结束、查找终结") AbscondingStatus status,
                                 @Schema(description = "查找到或移交、提请的日期", nullable = true) LocalDate endedOn,
                                 @Schema(description = "查找到的经过，或移交、提请的说明", nullable = true) String endNote,
                                 @Schema(description = AbscondingEscalation.LABELS, nullable = true) AbscondingEscalation escalation,
                                 @Schema(description = "移交或提请的机关", nullable = true) String escalatedTo,
                                 @Schema(description = "法定期限：ABSCONDING_ONE_MONTH 脱离监管满一个月前查找到或提请撤销、收监") List<Deadline> deadlines,
                                 Instant createdAt, Instant updatedAt) implements Versioned {
}
