package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a consultation came in. */
@Schema(name = "ConsultationChannel", description = "咨询方式：VISIT 来访, HOTLINE_12348 12348热线, ONLINE 网上")
public enum ConsultationChannel {
    VISIT, HOTLINE_12348, ONLINE
}
