package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.kit.accesslog.PersonalData;
import cn.daxiang.justice.kit.rest.Versioned;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

@PersonalData(linkedRecords = "subjectId")
@Schema(name = "Score", description = "日常考核（月度） / monthly assessment score")
public record ScoreView(UUID id, UUID subjectId, String orgUnit, long version,
                        @Schema(type = SchemaType.STRING, example = "2021-05") YearMonth month,
                        int score, @Schema(nullable = true) String note, Instant createdAt, Instant updatedAt) implements Versioned {
}
