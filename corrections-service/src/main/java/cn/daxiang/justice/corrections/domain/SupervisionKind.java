package cn.daxiang.justice.corrections.domain;

/**
 * 监督管理的方式：REPORT_IN 报到, ANNOUNCEMENT 入矫宣告, DAILY_REPORT 日常报告, CONTACT 电话/通讯联系,
 * HOME_VISIT 实地查访（家庭）, WORKPLACE_VISIT 走访（工作单位）, INFORMATION_CHECK 信息化核查.
 */
public enum SupervisionKind {
    REPORT_IN, ANNOUNCEMENT, DAILY_REPORT, CONTACT, HOME_VISIT, WORKPLACE_VISIT, INFORMATION_CHECK
}
