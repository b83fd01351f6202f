package cn.daxiang.justice.legalaid.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kind of legal aid provider. */
@Schema(name = "ProviderKind", description = "援助人员类别：LAWYER 律师, LAW_FIRM 律师事务所, GRASSROOTS_LEGAL_WORKER 基层法律服务工作者")
public enum ProviderKind {
    LAWYER, LAW_FIRM, GRASSROOTS_LEGAL_WORKER
}
