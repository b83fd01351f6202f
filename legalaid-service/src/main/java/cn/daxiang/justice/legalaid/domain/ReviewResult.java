package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Outcome of a review. */
@Schema(name = "ReviewResult", description = "评查结果：PASSED 合格, FAILED 不合格（须整改）")
public enum ReviewResult {
    PASSED, FAILED
}
