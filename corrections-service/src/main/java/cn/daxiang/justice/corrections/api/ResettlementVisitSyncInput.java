package cn.daxiang.justice.corrections.api;

import cn.daxiang.justice.corrections.domain.ResettlementVisitKind;
import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A 帮教 visit as township sync carries it: the API's {@link ResettlementVisitInput} plus the person it belongs to
 * (in the API that is the path). The org unit is the person's, as in the API.
 */
@Schema(name = "ResettlementVisitSyncInput", description = "帮教走访记录（同步） / resettlement support visit, as uploaded through sync")
public record ResettlementVisitSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属安置帮教对象；上传后不能更改") UUID personId,
        @NotNull @PastOrPresent @Schema(description = ResettlementVisitView.VISITED_ON, example = "2021-05-10") LocalDate visitedOn,
        @NotBlank @Size(max = 50) @Schema(description = "走访人（工作人员或帮教小组成员姓名）", example = "王所长") String visitedBy,
        @NotNull @Schema(description = ResettlementVisitView.KINDS, example = "HOME_VISIT") ResettlementVisitKind kind,
        @NotBlank @Size(max = 2000) @Schema(description = "情况及结果", example = "已落实就业，生活稳定") String result,
        @Schema(description = "The version the record is based on; absent for a new record") Long version) implements SyncInput {

    /** The API's input under a person's path, as the one create and update path takes it. */
    public static ResettlementVisitSyncInput of(UUID personId, ResettlementVisitInput input) {
        return new ResettlementVisitSyncInput(input.id(), personId, input.visitedOn(), input.visitedBy(), input.kind(),
                input.result(), input.version());
    }
}
