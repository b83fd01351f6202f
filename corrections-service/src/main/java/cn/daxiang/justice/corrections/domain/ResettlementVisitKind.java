package cn.daxiang.justice.corrections.domain;

/** 帮教走访的方式：HOME_VISIT 走访（上门）, TALK 谈话教育, PHONE 电话联系, ASSISTANCE 帮扶救助. */
public enum ResettlementVisitKind {
    HOME_VISIT, TALK, PHONE, ASSISTANCE
}
