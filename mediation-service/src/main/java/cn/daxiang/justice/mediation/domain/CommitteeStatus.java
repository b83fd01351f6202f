package cn.daxiang.justice.mediation.domain;

/** Whether a mediation committee is 在任 active or 撤销 dissolved. */
public enum CommitteeStatus {
    ACTIVE, DISSOLVED
}
