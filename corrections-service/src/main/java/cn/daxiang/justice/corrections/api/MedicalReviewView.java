package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.clock.Deadline;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "MedicalReview", description = "病情复查 / medical re-check of a subject on medical parole (保外就医)")
public record MedicalReviewView(UUID id, UUID subjectId, String orgUnit, long version, LocalDate reviewedOn, String hospital,
                                String result,
                                @Schema(description = "本次复查所属三个月期间的起算日：上次复查日期，首次为接收日期") LocalDate periodStartOn,
                                @Schema(description = "法定期限及其状态 / the record's statutory due dates and their state") List<Deadline> deadlines,
                                Instant createdAt, Instant updatedAt) implements Versioned {
}
