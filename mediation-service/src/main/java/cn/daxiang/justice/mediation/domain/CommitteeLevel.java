package cn.daxiang.justice.mediation.domain;

/** The level of a mediation committee: 乡镇 township, 村/社区 village or community, 行业性 industry, 专业性 professional. */
public enum CommitteeLevel {
    TOWNSHIP, VILLAGE, INDUSTRY, PROFESSIONAL
}
