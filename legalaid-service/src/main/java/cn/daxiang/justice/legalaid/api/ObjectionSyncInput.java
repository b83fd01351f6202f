package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.sync.SyncInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An objection as township sync carries it: the API's {@link ObjectionInput} plus the application it is
 * against (in the API that is the URL) and the version. The org unit is the application's; the decision is
 * not synced (the bureau decides through the API).
 */
@Schema(name = "ObjectionSyncInput", description = "异议（同步）/ an objection with its application")
public record ObjectionSyncInput(
        @Schema(description = "Client-supplied id") UUID id,
        @NotNull @Schema(description = "被异议的不予援助申请 id") UUID applicationId,
        @NotNull @PastOrPresent
        @Schema(description = "司法行政部门收到异议的日期，不早于不予援助决定日期", example = "2021-09-30") LocalDate receivedOn,
        @NotBlank @Size(max = 2000) @Schema(description = "异议理由", example = "申请人认为其家庭经济状况符合法律援助条件，不予援助决定有误") String grounds,
        @Schema(description = "The version this record is based on (absent when new)") Long version) implements SyncInput {

    public ObjectionInput toApiInput() {
        return new ObjectionInput(id, receivedOn, grounds);
    }
}
