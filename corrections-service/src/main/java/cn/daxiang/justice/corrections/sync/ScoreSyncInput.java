package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.ScoreInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.YearMonth;
import java.util.UUID;

/**
 * A monthly score as uploaded through sync: the API's {@link ScoreInput} plus the subject it belongs
 * to (in the API that is the path). The org unit is the subject's, as in the API.
 */
@Schema(name = "ScoreSyncInput", description = "日常考核（同步） / monthly score, as uploaded through sync")
public record ScoreSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @Schema(description = "考核月份 YYYY-MM", type = SchemaType.STRING, example = "2021-05") YearMonth month,
        @NotNull @Min(0) @Max(100) @Schema(description = "考核得分 0-100", example = "92") Integer score,
        @Size(max = 500) @Schema(description = "备注") String note,
        @Schema(description = "The version the record is based on; absent for a new record") Long version) implements SubjectPartSyncInput<ScoreInput> {

    public ScoreInput toApiInput() {
        return new ScoreInput(id, month, score, note, version);
    }
}
