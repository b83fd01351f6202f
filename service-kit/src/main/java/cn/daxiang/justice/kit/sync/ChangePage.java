package cn.daxiang.justice.kit.sync;

import java.util.List;

/** A page of the change feed; pull with {@code nextCursor} until {@code changes} is empty. */
public record ChangePage(List<Change> changes, String nextCursor) {
}
