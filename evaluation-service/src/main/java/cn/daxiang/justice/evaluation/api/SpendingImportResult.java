package cn.daxiang.justice.evaluation.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What one spending import did: the rows it created, changed and found as they were, and every row's record id in sheet order. */
@Schema(name = "SpendingImportResult", description = "预算支出导入结果 / what an import stored")
public record SpendingImportResult(@Schema(description = "新增行数") int created, @Schema(description = "更新行数") int updated,
                                   @Schema(description = "未变化行数") int unchanged, List<UUID> ids) {
}
