package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.rest.Versioned;
import cn.daxiang.justice.legalaid.domain.ProviderKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A provider as clients read it. */
@Schema(name = "Provider", description = "法律援助人员 / legal aid provider")
public record ProviderView(
        UUID id,
        @Schema(description = "登记机构") String orgUnit,
        long version,
        @Schema(description = "类别：LAWYER 律师, LAW_FIRM 律师事务所, GRASSROOTS_LEGAL_WORKER 基层法律服务工作者") ProviderKind kind,
        @Schema(description = "姓名或名称") String name,
        @Schema(description = "所在机构", nullable = true) String firm,
        @Schema(description = "执业证号", nullable = true) String licenceNumber,
        @Schema(description = "擅长领域") List<String> specialties,
        @Schema(description = "资深人员") boolean senior,
        Instant createdAt,
        Instant updatedAt) implements Versioned {
}
