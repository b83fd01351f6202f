package cn.daxiang.justice.corrections.domain;

/** ACTIVE 使用中 (also once renewed: the renewal is a record of its own), ENDED 已解除. */
public enum ElectronicLocationStatus {
    ACTIVE, ENDED
}
