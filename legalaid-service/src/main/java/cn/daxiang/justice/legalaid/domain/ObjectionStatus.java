package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an objection stands. */
@Schema(name = "ObjectionStatus", description = "异议状态：PENDING 待审查, DECIDED 已作出决定")
public enum ObjectionStatus {
    PENDING, DECIDED
}
