package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The review of a case given in advance, once the materials are in: aid confirmed, or refused (the aid ends). */
@Schema(name = "AdvanceReviewResult", description = "先行援助后的审查结论：CONFIRMED 符合条件，继续援助, REFUSED 不符合条件，终止援助")
public enum AdvanceReviewResult {
    CONFIRMED, REFUSED
}
