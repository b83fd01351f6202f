package cn.daxiang.justice.corrections.domain;

/**
 * OPEN 查找中, FOUND 已查找到, ESCALATED 已移交公安机关追逃或已提请撤销、收监, CORRECTION_ENDED 矫正已结束、查找终结 (the
 * correction ended while the case was open: closed by the end itself, not found).
 */
public enum AbscondingStatus {
    OPEN, FOUND, CORRECTION_ENDED, ESCALATED
}
