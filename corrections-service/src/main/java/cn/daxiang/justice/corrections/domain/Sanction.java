package cn.daxiang.justice.corrections.domain;

/** 违规处理：ADMONITION 训诫, WARNING 警告, REVOCATION_PROPOSAL 提请撤销. */
public enum Sanction {
    ADMONITION, WARNING, REVOCATION_PROPOSAL
}
