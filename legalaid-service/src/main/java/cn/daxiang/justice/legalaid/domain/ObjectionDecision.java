package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bureau's decision on an objection (法律援助法第四十九条). */
@Schema(name = "ObjectionDecision", description = "审查决定：UPHELD 维持原决定, CORRECTED 责令改正")
public enum ObjectionDecision {
    UPHELD, CORRECTED
}
