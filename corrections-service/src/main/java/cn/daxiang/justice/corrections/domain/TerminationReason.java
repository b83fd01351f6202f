package cn.daxiang.justice.corrections.domain;

/** 终止原因：REVOKED 撤销缓刑/假释, IMPRISONED 收监执行, DEATH 死亡. */
public enum TerminationReason {
    REVOKED, IMPRISONED, DEATH
}
