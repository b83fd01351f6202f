package cn.daxiang.justice.corrections.domain;

/** 解除原因：TERM_SERVED 期满解除, PARDON 特赦. */
public enum ReleaseReason {
    TERM_SERVED, PARDON
}
