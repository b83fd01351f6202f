package cn.daxiang.justice.corrections.domain;

/**
 * The five grounds of 《中华人民共和国社区矫正法》第二十九条第一款 for electronic location (电子定位):
 * VIOLATED_PROHIBITION_ORDER 违反人民法院禁止令的; LEFT_WITHOUT_PERMISSION 无正当理由，未经批准离开所居住的市、县的;
 * FAILED_TO_REPORT_WARNED 拒不按照规定报告自己的活动情况，被给予警告的; PUBLIC_SECURITY_PUNISHED 违反监督管理规定，被给予治安管理处罚的;
 * REVOCATION_PROPOSED 拟提请撤销缓刑、假释或者暂予监外执行收监执行的.
 */
public enum ElectronicLocationReason {
    VIOLATED_PROHIBITION_ORDER, LEFT_WITHOUT_PERMISSION, FAILED_TO_REPORT_WARNED, PUBLIC_SECURITY_PUNISHED, REVOCATION_PROPOSED
}
