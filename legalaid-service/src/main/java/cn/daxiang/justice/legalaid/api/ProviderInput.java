package cn.daxiang.justice.legalaid.api;

import cn.daxiang.justice.kit.orgunit.KnownOrgUnit;
import cn.daxiang.justice.kit.sync.SyncInput;
import cn.daxiang.justice.legalaid.domain.ProviderKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What a client sends to register or replace a provider. */
@Schema(name = "ProviderInput", description = "法律援助人员 / legal aid provider")
public record ProviderInput(
        @Schema(description = "Client-supplied id; generated when absent") UUID id,
        @NotNull @KnownOrgUnit @Schema(description = "登记机构（12位区划代码）", example = "430503000000") String orgUnit,
        @NotNull @Schema(description = "类别：LAWYER 律师, LAW_FIRM 律师事务所, GRASSROOTS_LEGAL_WORKER 基层法律服务工作者") ProviderKind kind,
        @NotBlank @Size(max = 100) @Schema(description = "姓名或名称", example = "李四") String name,
        @Size(max = 200) @Schema(description = "所在律师事务所或法律服务所", example = "湖南某律师事务所") String firm,
        @Size(max = 50) @Schema(description = "执业证号", example = "14305201010123456") String licenceNumber,
        @Size(max = 20) @Schema(description = "擅长领域") List<@NotBlank @Size(max = 50) String> specialties,
        @Schema(description = "资深人员（可承办死刑、无期徒刑、群体性诉讼等重大复杂案件）") boolean senior,
        @Schema(description = "The version this change is based on (updates only); or send If-Match") Long version) implements SyncInput {
}
