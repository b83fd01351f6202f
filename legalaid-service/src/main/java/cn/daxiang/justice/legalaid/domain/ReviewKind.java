package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who reviewed a case. */
@Schema(name = "ReviewKind", description = "评查方式：SELF 自查, PEER 互查, CENTER 总查")
public enum ReviewKind {
    SELF, PEER, CENTER
}
