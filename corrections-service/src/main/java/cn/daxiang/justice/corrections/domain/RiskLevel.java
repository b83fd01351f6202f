package cn.daxiang.justice.corrections.domain;

/** The risk the assessment behind a correction plan found (风险等级): LOW 低, MEDIUM 中, HIGH 高. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
