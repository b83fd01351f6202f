package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "Reward", description = "表扬（社区矫正法第二十八条） / reward")
public record RewardView(UUID id, UUID subjectId, String orgUnit, long version, LocalDate decidedOn,
                         @Schema(description = "决定机关") String decidedBy, String reason,
                         Instant createdAt, Instant updatedAt) implements Versioned {

    static final String DECIDED_ON = "决定日期，不晚于今天，在矫正期间内（接收日期至解除或终止日期）";
}
