package cn.daxiang.justice.corrections.domain;

/** OPEN 查找中, FOUND 已查找到, ESCALATED 已移交公安机关追逃或已提请撤销、收监. */
public enum AbscondingStatus {
    OPEN, FOUND, ESCALATED
}
