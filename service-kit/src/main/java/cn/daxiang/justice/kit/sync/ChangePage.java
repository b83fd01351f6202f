package cn.daxiang.justice.kit.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the change feed; pull with {@code nextCursor} until {@code changes} is empty. */
@Schema(description = "One page of the change feed / 增量变更一页", requiredProperties = {"changes"})
public record ChangePage(List<Change> changes, String nextCursor) {
}
