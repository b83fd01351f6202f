package cn.daxiang.justice.corrections.sync;

import cn.daxiang.justice.corrections.api.AbscondingCaseInput;
import cn.daxiang.justice.corrections.domain.AbscondingDiscovery;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An absconding case as uploaded through sync: the API's {@link AbscondingCaseInput} plus its subject. The org unit is
 * the subject's. Steps and the end are the API's actions: what they set (steps, status, endedOn, endNote, escalation,
 * escalatedTo) is never taken from an upload.
 */
@Schema(name = "AbscondingCaseSyncInput", description = "脱管（失去联系）立案（同步） / absconding case, as uploaded through sync")
public record AbscondingCaseSyncInput(
        @NotNull @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "所属矫正对象；上传后不能更改") UUID subjectId,
        @NotNull @PastOrPresent @Schema(description = "发现日期，不早于接收日期", example = "2021-09-30") LocalDate discoveredOn,
        @NotNull @Schema(description = AbscondingDiscovery.LABELS) AbscondingDiscovery discoveredHow,
        @NotBlank @Size(max = 2000) @Schema(description = "发现经过", example = "对象未按时报告，电话关机") String circumstances,
        @Schema(description = "The version the record is based on; absent for a new record") Long version)
        implements SubjectPartSyncInput<AbscondingCaseInput> {

    public static AbscondingCaseSyncInput of(UUID subjectId, AbscondingCaseInput in) {
        return new AbscondingCaseSyncInput(in.id(), subjectId, in.discoveredOn(), in.discoveredHow(), in.circumstances(), in.version());
    }

    @Override
    public AbscondingCaseInput toApiInput() {
        return new AbscondingCaseInput(id, discoveredOn, discoveredHow, circumstances, version);
    }
}
